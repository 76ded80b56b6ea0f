#pragma once
// Checks of a feature's attributes before an edit is accepted, with messages
// in the interface language (tr): the project's code pattern (geo/code_pattern.h),
// a code or cooperative key used by another feature, a cooperative key that
// no cooperative has, a declared area that is not a positive number, numbers
// and dates that do not read as such. A form shows them beside the field and
// refuses the edit while any remains.
#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <cstdint>
#include <optional>
#include <vector>

#include "document.h"
#include "geo/layer.h"

namespace vt::gui {

struct AttributeProblem {
    int field = -1;   // index in the layer's fields
    QString message;  // one sentence naming the field and the value
};

class AttributeValidation {
    Q_DECLARE_TR_FUNCTIONS(AttributeValidation)
public:
    // The value typed for field (text as in a form) as the field's type:
    // integers and reals accept '.' or ',' as the decimal mark, dates
    // YYYY-MM-DD or YYYY/MM/DD; empty text is null. nullopt with *problem set
    // when the text does not read as the type.
    static std::optional<geo::Value> parse(const geo::Field& field, const QString& text, QString* problem);

    // Everything wrong with values (parallel to the layer's fields) as the
    // attributes of feature fid of layer (fid of a feature not in the layer
    // for a new one). Empty when the edit may go ahead.
    static std::vector<AttributeProblem> check(const Document& doc, int layer, std::int64_t fid,
                                               const std::vector<geo::Value>& values);
};

}  // namespace vt::gui
