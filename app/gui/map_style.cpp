#include "map_style.h"

#include <algorithm>
#include <cmath>

namespace vt::gui::style {

const std::vector<QColor>& coveragePalette() {
    static const std::vector<QColor> p = {QColor(0xff, 0xff, 0xcc), QColor(0xc2, 0xe6, 0x99), QColor(0x78, 0xc6, 0x79),
                                          QColor(0x31, 0xa3, 0x54), QColor(0x00, 0x68, 0x37)};
    return p;
}

const std::vector<QColor>& cropPalette() {
    // Okabe & Ito (2008): orange, sky blue, bluish green, yellow, blue,
    // vermillion, reddish purple.
    static const std::vector<QColor> p = {QColor(0xE6, 0x9F, 0x00), QColor(0x56, 0xB4, 0xE9), QColor(0x00, 0x9E, 0x73),
                                          QColor(0xF0, 0xE4, 0x42), QColor(0x00, 0x72, 0xB2), QColor(0xD5, 0x5E, 0x00),
                                          QColor(0xCC, 0x79, 0xA7)};
    return p;
}

QColor otherCropColour() { return QColor(0x99, 0x99, 0x99); }

QColor genericLayerColour(int index) {
    // ColorBrewer Dark2: reads on the light choropleth.
    static const QColor p[] = {QColor(0x1b, 0x9e, 0x77), QColor(0xd9, 0x5f, 0x02), QColor(0x75, 0x70, 0xb3),
                               QColor(0xe7, 0x29, 0x8a), QColor(0x66, 0xa6, 0x1e), QColor(0xe6, 0xab, 0x02),
                               QColor(0xa6, 0x76, 0x1d)};
    return p[static_cast<std::size_t>(std::abs(index)) % 7];
}

QColor zoneOutline() { return QColor(0x55, 0x55, 0x55); }
QColor plantingOutline() { return QColor(0x30, 0x30, 0x30); }
// Opaque, so the circle is the legend's colour on every zone; small (see
// cooperativeRadius) so the zones stay readable around it.
QColor cooperativeFill() { return QColor(0xa0, 0x6c, 0xc0); }
QColor cooperativeOutline() { return QColor(0x3f, 0x1d, 0x50); }
QColor investmentMarker() { return QColor(0xb2, 0x18, 0x2b); }
QColor boundaryOutline() { return QColor(0x22, 0x22, 0x22); }
QColor selectionColour() { return QColor(0x00, 0xe5, 0xff); }
QColor mapBackground() { return QColor(0xee, 0xf3, 0xf7); }

static double roundSignificant(double v, int digits) {
    if (v == 0 || !std::isfinite(v)) return v;
    double magnitude = std::pow(10.0, digits - 1 - static_cast<int>(std::floor(std::log10(std::fabs(v)))));
    return std::round(v * magnitude) / magnitude;
}

std::vector<double> quantileBreaks(std::vector<double> values, int classes) {
    values.erase(std::remove_if(values.begin(), values.end(), [](double v) { return !std::isfinite(v); }),
                 values.end());
    if (values.empty() || classes < 1) return {};
    std::sort(values.begin(), values.end());
    std::vector<double> breaks;
    breaks.push_back(values.front());
    for (int k = 1; k < classes; ++k) {
        double pos = static_cast<double>(k) * static_cast<double>(values.size() - 1) / classes;
        std::size_t lo = static_cast<std::size_t>(std::floor(pos));
        std::size_t hi = std::min(values.size() - 1, lo + 1);
        double q = values[lo] + (values[hi] - values[lo]) * (pos - static_cast<double>(lo));
        breaks.push_back(roundSignificant(q, 2));
    }
    breaks.push_back(values.back());
    // Outer breaks stay exact so every value falls in a class.
    std::vector<double> unique;
    for (double b : breaks)
        if (unique.empty() || b > unique.back()) unique.push_back(b);
    if (unique.size() == 1) unique.push_back(unique.front());
    return unique;
}

int classOf(double value, const std::vector<double>& breaks) {
    if (breaks.size() < 2) return 0;
    int classes = static_cast<int>(breaks.size()) - 1;
    for (int k = 0; k < classes; ++k)
        if (value <= breaks[static_cast<std::size_t>(k) + 1]) return k;
    return classes - 1;
}

double cooperativeRadius(double members, double maxMembers, double maxRadius, double minRadius) {
    if (maxMembers <= 0 || members <= 0) return minRadius;
    return std::max(minRadius, maxRadius * std::sqrt(members / maxMembers));
}

}  // namespace vt::gui::style
