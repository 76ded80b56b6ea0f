#include "attribute_validation.h"

#include <QDate>
#include <QRegularExpression>
#include <cmath>

#include "geo/code_pattern.h"
#include "geo/error.h"
#include "geo/link.h"
#include "editable_layers.h"

namespace vt::gui {

namespace {

QString numberText(QString text) {
    text = text.trimmed();
    text.remove(QChar(0x00A0));
    text.remove(QLatin1Char(' '));
    // "1,5" is how Vietnamese writes 1.5; a comma beside a point is a thousands mark.
    if (text.contains(QLatin1Char(',')) && text.contains(QLatin1Char('.')))
        text.remove(QLatin1Char(','));
    else
        text.replace(QLatin1Char(','), QLatin1Char('.'));
    return text;
}

QString fieldName(const geo::Field& f) { return toQString(f.name); }

}  // namespace

std::optional<geo::Value> AttributeValidation::parse(const geo::Field& field, const QString& rawText, QString* problem) {
    const QString text = rawText.trimmed();
    if (text.isEmpty()) return geo::Value{};
    switch (field.type) {
        case geo::FieldType::Integer: {
            bool ok = false;
            qlonglong v = numberText(text).toLongLong(&ok);
            if (ok) return geo::Value{static_cast<std::int64_t>(v)};
            if (problem) *problem = tr("%1: \"%2\" is not a whole number.").arg(fieldName(field), text);
            return std::nullopt;
        }
        case geo::FieldType::Real: {
            bool ok = false;
            double v = numberText(text).toDouble(&ok);
            if (ok && std::isfinite(v)) return geo::Value{v};
            if (problem) *problem = tr("%1: \"%2\" is not a number.").arg(fieldName(field), text);
            return std::nullopt;
        }
        case geo::FieldType::Date: {
            static const QRegularExpression shape(QStringLiteral("^(\\d{4})[-/](\\d{2})[-/](\\d{2})$"));
            auto m = shape.match(text);
            if (m.hasMatch() && QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt()).isValid())
                return geo::Value{toStd(text)};
            if (problem) *problem = tr("%1: \"%2\" is not a date (YYYY-MM-DD).").arg(fieldName(field), text);
            return std::nullopt;
        }
        case geo::FieldType::String: break;
    }
    return geo::Value{toStd(text)};
}

std::vector<AttributeProblem> AttributeValidation::check(const Document& doc, int layer, std::int64_t fid,
                                                         const std::vector<geo::Value>& values) {
    std::vector<AttributeProblem> out;
    if (layer < 0) return out;
    const geo::Layer& l = doc.loaded(layer).normalised;
    auto value = [&](int field) -> const geo::Value* {
        return field >= 0 && field < static_cast<int>(values.size()) ? &values[static_cast<std::size_t>(field)] : nullptr;
    };
    auto name = [&](int field) { return toQString(l.fields[static_cast<std::size_t>(field)].name); };
    // Another feature of layer whose field reads the same key.
    auto usedElsewhere = [&](int field, const std::string& key) {
        for (const auto& f : l.features)
            if (f.fid != fid && static_cast<std::size_t>(field) < f.attributes.size() &&
                geo::normaliseKey(geo::toText(f.attributes[static_cast<std::size_t>(field)])) == key)
                return true;
        return false;
    };
    auto requireUniqueKey = [&](int field, const QString& what) {
        const geo::Value* v = value(field);
        if (!v) return std::string();
        std::string text = geo::toText(*v);
        if (geo::normaliseKey(text).empty()) {
            out.push_back({field, tr("%1: a %2 is required.").arg(name(field), what)});
            return std::string();
        }
        if (usedElsewhere(field, geo::normaliseKey(text)))
            out.push_back({field, tr("%1: %2 \"%3\" is already used by another feature.")
                                      .arg(name(field), what, toQString(text))});
        return text;
    };

    // A cooperative's key must be one a cooperative has (empty: not linked).
    auto requireExistingCooperative = [&](int field) {
        const geo::Value* v = value(field);
        if (!v) return;
        std::string key = geo::normaliseKey(geo::toText(*v));
        bool found = key.empty();
        if (!found && doc.cooperatives >= 0 && doc.coopKeyField >= 0)
            for (const auto& c : doc.loaded(doc.cooperatives).normalised.features)
                if (static_cast<std::size_t>(doc.coopKeyField) < c.attributes.size() &&
                    geo::normaliseKey(geo::toText(c.attributes[static_cast<std::size_t>(doc.coopKeyField)])) == key) {
                    found = true;
                    break;
                }
        if (!found)
            out.push_back({field, tr("%1: no cooperative has the key \"%2\"; pick one from the list.")
                                      .arg(name(field), toQString(geo::toText(*v)))});
    };

    if (layer == doc.plantings) {
        std::string code = requireUniqueKey(doc.plantingCodeField, tr("code"));
        if (!code.empty()) {
            const std::string& pattern = doc.workspace.project.codePattern;
            try {
                if (!pattern.empty() && !geo::CodePatternMatcher(pattern).matches(code))
                    out.push_back({doc.plantingCodeField,
                                   tr("%1: \"%2\" does not follow the project's code pattern %3.")
                                       .arg(name(doc.plantingCodeField), toQString(code), toQString(pattern))});
            } catch (const geo::Error& e) {
                out.push_back({doc.plantingCodeField,
                               tr("The project's code pattern cannot be used: %1").arg(toQString(e.what()))});
            }
        }
        if (const geo::Value* v = value(doc.plantingDeclaredField); v && !std::holds_alternative<std::monostate>(*v)) {
            std::optional<double> ha = geo::toNumber(*v);
            if (!ha || !(*ha > 0) || !std::isfinite(*ha))
                out.push_back({doc.plantingDeclaredField, tr("%1: the declared area must be a positive number of hectares.")
                                                              .arg(name(doc.plantingDeclaredField))});
        }
        requireExistingCooperative(doc.plantingCoopField);
    } else if (layer == doc.cooperatives) {
        requireUniqueKey(doc.coopKeyField, tr("key"));
        if (const geo::Value* v = value(doc.coopMembersField); v && !std::holds_alternative<std::monostate>(*v)) {
            std::optional<std::int64_t> n = geo::toInteger(*v);
            if (!n || *n < 0)
                out.push_back({doc.coopMembersField,
                               tr("%1: members must be a whole number, 0 or more.").arg(name(doc.coopMembersField))});
        }
        if (const geo::Value* v = value(doc.coopOcopField); v && !std::holds_alternative<std::monostate>(*v)) {
            std::optional<std::int64_t> n = geo::toInteger(*v);
            if (!n || *n < 0 || *n > 5)
                out.push_back({doc.coopOcopField, tr("%1: OCOP stars are 0 to 5.").arg(name(doc.coopOcopField))});
        }
    } else {  // investments and other tables: the key to a cooperative, an amount in whole đồng
        requireExistingCooperative(cooperativeKeyFieldOf(doc, layer));
        const std::string amountField = doc.loaded(layer).spec.field("amount_vnd");
        const int amount = layer == doc.investments ? doc.investAmountField
                           : amountField.empty()   ? -1
                                                   : l.fieldIndex(amountField);
        if (const geo::Value* v = value(amount); v && !std::holds_alternative<std::monostate>(*v)) {
            std::optional<std::int64_t> n = geo::toInteger(*v);
            if (!n || *n < 0)
                out.push_back({amount, tr("%1: the amount must be a whole number of đồng, 0 or more.").arg(name(amount))});
        }
    }
    return out;
}

}  // namespace vt::gui
