#include "layer_style.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>
#include <cmath>

#include "geo/error.h"
#include "geo/layer_style_spec.h"
#include "map_style.h"

namespace vt::gui {

namespace {

const char* modeName(StyleMode m) {
    switch (m) {
        case StyleMode::Auto: return "auto";
        case StyleMode::Single: return "single";
        case StyleMode::Categorised: return "categorised";
        case StyleMode::Graduated: return "graduated";
    }
    return "auto";
}

// "#rrggbbaa" (alpha last, as in CSS), "#rrggbb" when opaque.
QString colourText(const QColor& c) {
    QString rgb = c.name(QColor::HexRgb);
    if (c.alpha() == 255) return rgb;
    return rgb + QStringLiteral("%1").arg(c.alpha(), 2, 16, QLatin1Char('0'));
}

QColor colourFrom(const QString& text) {
    QColor c(text.left(7));
    if (text.size() == 9) c.setAlpha(text.mid(7, 2).toInt(nullptr, 16));
    return c;
}

}  // namespace

bool LayerStyle::operator==(const LayerStyle& o) const {
    return mode == o.mode && fill == o.fill && stroke == o.stroke && strokeWidth == o.strokeWidth &&
           opacity == o.opacity && labelField == o.labelField && field == o.field && method == o.method &&
           classes == o.classes && ramp == o.ramp;
}

std::string LayerStyle::toJson() const {
    QJsonObject o;
    o[QStringLiteral("mode")] = QString::fromLatin1(modeName(mode));
    if (fill.isValid()) o[QStringLiteral("fill")] = colourText(fill);
    if (stroke.isValid()) o[QStringLiteral("stroke")] = colourText(stroke);
    o[QStringLiteral("stroke_width")] = strokeWidth;
    o[QStringLiteral("opacity")] = opacity;
    if (!labelField.isEmpty()) o[QStringLiteral("label_field")] = labelField;
    if (mode == StyleMode::Categorised || mode == StyleMode::Graduated) o[QStringLiteral("field")] = field;
    if (mode == StyleMode::Graduated) {
        o[QStringLiteral("method")] = QString::fromLatin1(geo::toString(method));
        o[QStringLiteral("classes")] = classes;
        o[QStringLiteral("ramp")] = ramp;
    }
    const QByteArray text = QJsonDocument(o).toJson(QJsonDocument::Compact);
    return geo::canonicalLayerStyle(text.toStdString(), "style", "style");
}

LayerStyle LayerStyle::fromJson(const std::string& text) {
    geo::canonicalLayerStyle(text, "style", "style");  // throws on what geo/ would refuse
    const QJsonObject o = QJsonDocument::fromJson(QByteArray::fromStdString(text)).object();
    LayerStyle s;
    const QString mode = o.value(QStringLiteral("mode")).toString(QStringLiteral("auto"));
    for (StyleMode m : {StyleMode::Auto, StyleMode::Single, StyleMode::Categorised, StyleMode::Graduated})
        if (mode == QLatin1String(modeName(m))) s.mode = m;
    if (o.contains(QStringLiteral("fill"))) s.fill = colourFrom(o.value(QStringLiteral("fill")).toString());
    if (o.contains(QStringLiteral("stroke"))) s.stroke = colourFrom(o.value(QStringLiteral("stroke")).toString());
    s.strokeWidth = o.value(QStringLiteral("stroke_width")).toDouble(s.strokeWidth);
    s.opacity = o.value(QStringLiteral("opacity")).toDouble(s.opacity);
    s.labelField = o.value(QStringLiteral("label_field")).toString();
    s.field = o.value(QStringLiteral("field")).toString();
    geo::parseClassMethod(o.value(QStringLiteral("method")).toString(QStringLiteral("quantile")).toStdString(), s.method);
    s.classes = o.value(QStringLiteral("classes")).toInt(s.classes);
    s.ramp = o.value(QStringLiteral("ramp")).toString(s.ramp);
    return s;
}

bool hasRoleDrawing(geo::LayerRole role) {
    return role == geo::LayerRole::Zones || role == geo::LayerRole::PlantingAreas ||
           role == geo::LayerRole::Cooperatives || role == geo::LayerRole::Boundary;
}

LayerStyle defaultLayerStyle(const DisplayLayer& layer) {
    LayerStyle s;
    QColor c = layer.colour.isValid() ? layer.colour : style::genericLayerColour(0);
    s.stroke = c;
    s.fill = c;
    s.fill.setAlpha(90);  // about a third: zones and plots beneath stay readable
    s.strokeWidth = 1.0;
    s.mode = hasRoleDrawing(layer.role) ? StyleMode::Auto : StyleMode::Single;
    return s;
}

std::vector<QColor> rampColours(const QString& ramp, int n) {
    // ColorBrewer sequential schemes (5-class) and viridis, light to dark.
    static const std::vector<std::pair<QString, std::vector<QRgb>>> ramps = {
        {QStringLiteral("greens"), {0xffffcc, 0xc2e699, 0x78c679, 0x31a354, 0x006837}},
        {QStringLiteral("blues"), {0xeff3ff, 0xbdd7e7, 0x6baed6, 0x3182bd, 0x08519c}},
        {QStringLiteral("oranges"), {0xfeedde, 0xfdbe85, 0xfd8d3c, 0xe6550d, 0xa63603}},
        {QStringLiteral("reds"), {0xfee5d9, 0xfcae91, 0xfb6a4a, 0xde2d26, 0xa50f15}},
        {QStringLiteral("purples"), {0xf2f0f7, 0xcbc9e2, 0x9e9ac8, 0x756bb1, 0x54278f}},
        {QStringLiteral("viridis"), {0xfde725, 0x5dc963, 0x21908c, 0x3b528b, 0x440154}},
    };
    const std::vector<QRgb>* anchors = &ramps.front().second;
    for (const auto& [name, colours] : ramps)
        if (name == ramp) anchors = &colours;
    std::vector<QColor> out;
    for (int j = 0; j < n; ++j) {
        double t = n == 1 ? 0.5 : static_cast<double>(j) / (n - 1);
        double pos = t * static_cast<double>(anchors->size() - 1);
        std::size_t a = std::min(anchors->size() - 2, static_cast<std::size_t>(pos));
        double f = pos - static_cast<double>(a);
        QColor c0((*anchors)[a]), c1((*anchors)[a + 1]);
        out.push_back(QColor::fromRgbF(static_cast<float>(c0.redF() + (c1.redF() - c0.redF()) * f),
                                       static_cast<float>(c0.greenF() + (c1.greenF() - c0.greenF()) * f),
                                       static_cast<float>(c0.blueF() + (c1.blueF() - c0.blueF()) * f))
                          .toRgb());
        out.back() = QColor(out.back().rgb());  // 8-bit channels: the colour drawn and the colour saved are one
    }
    return out;
}

QColor categoryColour(int index) {
    const auto& okabeIto = style::cropPalette();
    if (index >= 0 && index < static_cast<int>(okabeIto.size())) return okabeIto[static_cast<std::size_t>(index)];
    return style::genericLayerColour(index - static_cast<int>(okabeIto.size()));
}

QColor noValueColour() { return QColor(0xcc, 0xcc, 0xcc); }

QColor StyledLayer::fillOf(std::size_t feature) const {
    if (style.mode == StyleMode::Single || classes.empty()) return style.fill;
    int c = feature < featureClass.size() ? featureClass[feature] : -1;
    if (c < 0 || c >= static_cast<int>(classes.size())) {
        QColor none = noValueColour();
        none.setAlpha(style.fill.isValid() ? style.fill.alpha() : 255);
        return none;
    }
    return classes[static_cast<std::size_t>(c)].fill;
}

namespace {
constexpr std::size_t kMaxCategories = 12;

QString rangeLabel(double a, double b, int decimals, const QLocale& locale) {
    return locale.toString(a, 'f', decimals) + QStringLiteral(" – ") + locale.toString(b, 'f', decimals);
}
}  // namespace

StyledLayerPtr styleLayer(const Document& doc, int li, const LayerStyle& style, const QLocale& locale) {
    auto out = std::make_shared<StyledLayer>();
    out->style = style;
    if (li < 0 || li >= static_cast<int>(doc.layers.size())) return out;
    const geo::Layer& data = doc.loaded(li).normalised;
    const QString layerName = doc.layers[static_cast<std::size_t>(li)].title;
    if (!style.labelField.isEmpty()) {
        out->labelField = data.fieldIndex(toStd(style.labelField));
        if (out->labelField < 0)
            out->problem = QCoreApplication::translate("StyleText", "Layer “%1”: no field “%2” to label by")
                               .arg(layerName, style.labelField);
    }
    if (style.mode != StyleMode::Categorised && style.mode != StyleMode::Graduated) return out;
    // Classes take the fill's opacity: a translucent fill stays translucent when classified.
    const int alpha = style.fill.isValid() ? style.fill.alpha() : 255;
    const int field = data.fieldIndex(toStd(style.field));
    auto fallBack = [&](const QString& why) {
        out->style.mode = StyleMode::Single;
        if (!out->style.fill.isValid()) out->style.fill = noValueColour();
        out->problem = why;
        return out;
    };
    if (field < 0)
        return fallBack(QCoreApplication::translate("StyleText", "Layer “%1”: no field “%2” to classify by")
                            .arg(layerName, style.field));
    const auto& features = data.features;
    if (style.mode == StyleMode::Categorised) {
        std::vector<std::string> values;
        values.reserve(features.size());
        for (const auto& f : features)
            values.push_back(static_cast<std::size_t>(field) < f.attributes.size()
                                 ? geo::toText(f.attributes[static_cast<std::size_t>(field)])
                                 : std::string());
        geo::Categories cats = geo::categorise(values, kMaxCategories);
        for (std::size_t i = 0; i < cats.values.size(); ++i) {
            QColor c = categoryColour(static_cast<int>(i));
            c.setAlpha(alpha);
            out->classes.push_back({toQString(cats.values[i]), c, cats.counts[i]});
        }
        if (cats.otherCount > 0) {
            QColor c = style::otherCropColour();
            c.setAlpha(alpha);
            out->classes.push_back({QCoreApplication::translate("StyleText", "Other values"), c, cats.otherCount});
        }
        out->featureClass = std::move(cats.featureClass);
    } else {
        std::vector<double> values;
        values.reserve(features.size());
        std::size_t numbers = 0;
        for (const auto& f : features) {
            std::optional<double> v;
            if (static_cast<std::size_t>(field) < f.attributes.size())
                v = geo::toNumber(f.attributes[static_cast<std::size_t>(field)]);
            values.push_back(v ? *v : std::nan(""));
            if (v && std::isfinite(*v)) ++numbers;
        }
        if (numbers == 0)
            return fallBack(QCoreApplication::translate("StyleText", "Layer “%1”: field “%2” holds no numbers to grade by")
                                .arg(layerName, style.field));
        out->breaks = geo::classBreaks(values, std::clamp(style.classes, geo::kMinStyleClasses, geo::kMaxStyleClasses),
                                       style.method);
        const int n = static_cast<int>(out->breaks.size()) - 1;
        std::vector<QColor> colours = rampColours(style.ramp, n);
        const double span = out->breaks.back() - out->breaks.front();
        const int decimals = span >= 100 ? 0 : span >= 1 ? 2 : 4;
        for (int c = 0; c < n; ++c) {
            QColor colour = colours[static_cast<std::size_t>(c)];
            colour.setAlpha(alpha);
            out->classes.push_back(
                {rangeLabel(out->breaks[static_cast<std::size_t>(c)], out->breaks[static_cast<std::size_t>(c) + 1],
                            decimals, locale),
                 colour, 0});
        }
        out->featureClass.reserve(values.size());
        for (double v : values) {
            int c = geo::classIndex(v, out->breaks);
            out->featureClass.push_back(c);
            if (c >= 0) ++out->classes[static_cast<std::size_t>(c)].count;
        }
    }
    out->hasNoValue = std::any_of(out->featureClass.begin(), out->featureClass.end(), [](int c) { return c < 0; });
    return out;
}

}  // namespace vt::gui
