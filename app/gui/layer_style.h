#pragma once
// A layer's style as the user sets it in the style panel and the project file
// keeps it (geo/layer_style_spec.h), and the same style resolved against a
// document: every feature's class and every class's colour, computed once so
// the renderer and the legend draw from the same numbers.
#include <QColor>
#include <QLocale>
#include <QString>
#include <memory>
#include <string>
#include <vector>

#include "document.h"
#include "geo/classify.h"

namespace vt::gui {

enum class StyleMode {
    Auto,         // the role's own drawing: coverage choropleth, crops, cooperatives by members
    Single,       // one fill and stroke
    Categorised,  // a colour per value of a text field
    Graduated,    // classes of a numeric field
};

struct LayerStyle {
    StyleMode mode = StyleMode::Auto;
    QColor fill;                 // alpha = fill opacity; classes take it too
    QColor stroke;
    double strokeWidth = 0.8;    // px at 96 dpi
    double opacity = 1.0;        // the whole layer (the layers panel's slider)
    QString labelField;          // "" = no labels (roles keep their own)
    QString field;               // categorised / graduated by
    geo::ClassMethod method = geo::ClassMethod::Quantile;
    int classes = 5;
    QString ramp = QStringLiteral("greens");

    bool operator==(const LayerStyle& other) const;
    // Canonical JSON text for the project file (checked by geo/ as it would be on reading).
    std::string toJson() const;
    // From text geo/ has checked; throws geo::ProjectError when it was not.
    static LayerStyle fromJson(const std::string& text);
};

// Whether a role has a drawing of its own (Auto means something for it).
bool hasRoleDrawing(geo::LayerRole role);
// A layer's style before the user touches it: its role's drawing, or for
// any other layer one semi-transparent fill (alpha < 255) so what lies
// beneath shows through.
LayerStyle defaultLayerStyle(const DisplayLayer& layer);

// n colours along a named sequential ramp (geo::styleRampNames()), light to dark.
std::vector<QColor> rampColours(const QString& ramp, int n);
// Colour of category i: a qualitative palette, cycled.
QColor categoryColour(int index);
QColor noValueColour();

struct StyleClass {
    QString label;           // "12,5 – 30" or the category
    QColor fill;             // exactly what is drawn
    std::size_t count = 0;   // features in the class
};

struct StyledLayer {
    LayerStyle style;
    std::vector<StyleClass> classes;   // categorised: last may be "other"
    std::vector<double> breaks;        // graduated
    std::vector<int> featureClass;     // per feature; -1 = no value
    int labelField = -1;               // field index in the layer, -1 = none
    bool hasNoValue = false;           // some feature has no value (drawn in noValueColour())
    QString problem;                   // why the style could not apply as asked ("" = none)

    // The fill feature i is drawn with (Single and no-value included).
    QColor fillOf(std::size_t feature) const;
};
using StyledLayerPtr = std::shared_ptr<const StyledLayer>;

// Resolves style against layer li of doc. A field the layer lacks, or a
// graduated field without numbers, falls back to the single fill and says
// why in problem (naming the layer and the field).
StyledLayerPtr styleLayer(const Document& doc, int li, const LayerStyle& style, const QLocale& locale = QLocale());

}  // namespace vt::gui
