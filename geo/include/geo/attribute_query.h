#pragma once
// Select features by their attributes: conditions "field operator value"
// joined with AND / OR, evaluated on a layer's typed values. A small closed
// evaluator: the operators below and nothing else (no expression language,
// nothing executed), so a typed value can never do more than compare.
//
// Rules (for the user: the app's "Select by expression" dialog):
// - a numeric field (Integer, Real) compares as numbers; the value must be a
//   number ("12.5", or "12,5" with a decimal comma) for =, ≠, <, >;
// - a text or date field compares as text, except < and > between two
//   numbers written as text, which compare as numbers; dates written
//   YYYY-MM-DD compare in time order as text;
// - contains / starts with compare text whatever the field type, ignoring
//   case (Unicode case folding: "lúa" finds "LÚA");
// - an empty (null) attribute equals "" and nothing else (= "" on any field
//   finds the empty ones, ≠ "" the filled ones), and is neither
//   less nor greater than anything;
// - AND binds tighter than OR, as in SQL: a AND b OR c = (a AND b) OR c.
#include <string>
#include <vector>

#include "geo/layer.h"

namespace geo {

enum class CompareOp { Equal, NotEqual, Less, Greater, Contains, StartsWith };
enum class JoinOp { And, Or };

struct Condition {
    JoinOp join = JoinOp::And;  // with the condition before it; ignored on the first
    std::string field;          // a field name of the layer
    CompareOp op = CompareOp::Equal;
    std::string value;          // as typed (UTF-8)
};

// The conditions checked once against a layer's fields.
class AttributeQuery {
public:
    // Throws geo::Error naming an unknown field, or a value that is not a
    // number where a numeric field needs one. layerName is for the message.
    AttributeQuery(const std::vector<Field>& fields, const std::vector<Condition>& conditions,
                   const std::string& layerName = {});
    // attributes: a feature's values, parallel to the fields given above.
    bool matches(const std::vector<Value>& attributes) const;

private:
    struct Compiled {
        JoinOp join;
        std::size_t field;
        bool numericField;
        CompareOp op;
        std::string text;    // as typed
        std::string folded;  // case-folded, for contains / starts with
        double number;       // when the value is a number
        bool isNumber;
    };
    bool test(const Compiled& c, const Value& v) const;
    std::vector<Compiled> conditions_;
};

// Indexes of the features of layer that match, ascending.
std::vector<int> selectByAttributes(const Layer& layer, const std::vector<Condition>& conditions);

// Case-insensitive (Unicode case folding) text matching, the one place the
// app and the query match text, so an accent-insensitive rule can replace it.
std::string foldCase(const std::string& utf8);
bool textContains(const std::string& haystack, const std::string& needle);
bool textStartsWith(const std::string& text, const std::string& prefix);

// "12.5" or "12,5" (a decimal comma when there is no point) as a number;
// false for anything else.
bool parseNumber(const std::string& text, double& out);

}  // namespace geo
