#pragma once
// Cartographic choices in one place: palettes, class breaks, symbol sizes.
#include <QColor>
#include <vector>

namespace vt::gui::style {

// ColorBrewer YlGn, 5 classes (sequential, colour-blind safe).
const std::vector<QColor>& coveragePalette();
// Okabe–Ito qualitative palette without black (colour-blind safe), 7 colours;
// crops beyond it share otherCropColour().
const std::vector<QColor>& cropPalette();
QColor otherCropColour();
// Colours for layers without a role style (user-added layers).
QColor genericLayerColour(int index);

QColor zoneOutline();
QColor plantingOutline();
QColor cooperativeFill();
QColor cooperativeOutline();
QColor investmentMarker();
QColor boundaryOutline();
QColor selectionColour();
QColor mapBackground();

// Class breaks for a choropleth: quantiles of the values rounded to two
// significant digits, deduplicated, so the legend reads cleanly. Returns
// classes+1 ascending breaks (fewer when the values have fewer distinct
// levels); empty for no values.
std::vector<double> quantileBreaks(std::vector<double> values, int classes);
// Index of the class of value for breaks from quantileBreaks (clamped).
int classOf(double value, const std::vector<double>& breaks);

// Radius in px (at 96 dpi) of a cooperative's circle: area proportional to
// members (sqrt scaling), maxRadius for the largest.
double cooperativeRadius(double members, double maxMembers, double maxRadius = 6.0, double minRadius = 1.8);

}  // namespace vt::gui::style
