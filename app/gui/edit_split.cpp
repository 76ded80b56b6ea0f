// EditController's Split (split_tool.h draws the line, split_dialog.h shows
// what it makes): the parts come from geo::splitPolygon, the new codes from
// geo::nextFreeCodes, and the whole split is one undoable step.
#include <QMainWindow>
#include <QStatusBar>
#include <algorithm>
#include <numeric>

#include "edit_controller.h"
#include "geo/area.h"
#include "geo/error.h"
#include "geo/next_code.h"
#include "geo/split.h"
#include "main_window.h"
#include "map_canvas.h"
#include "split_dialog.h"

namespace vt::gui {

void EditController::onSplitLineDrawn(const std::vector<geo::XY>& mapLine) {
    if (!session_) return;
    std::vector<geo::XY> lonLat;
    for (const auto& p : mapLine) lonLat.push_back(window_->canvas()->toLonLat(p));
    splitFeatures(lonLat);
}

bool EditController::splitFeatures(const std::vector<geo::XY>& lonLatLine) {
    lastError_.clear();
    DocumentPtr doc = window_->document();
    const int li = layer();
    if (li < 0 || session_->kind() != geo::GeometryKind::Polygon) return false;
    const geo::Layer& l = doc->loaded(li).normalised;
    const int codeField = li == doc->plantings ? doc->plantingCodeField : -1;
    const int declaredField = li == doc->plantings ? doc->plantingDeclaredField : -1;
    auto label = [&](int i) {
        const geo::Feature& f = l.features[static_cast<std::size_t>(i)];
        QString code = codeField >= 0 ? toQString(geo::toText(f.attributes[static_cast<std::size_t>(codeField)])) : QString();
        return code.isEmpty() ? tr("FID %1").arg(f.fid) : code;
    };

    // The selected planting areas, or every one whose extent the line meets.
    std::vector<int> candidates;
    auto selected = window_->selection()->features(session_->layerId());
    const bool fromSelection = !selected.empty();
    geo::Envelope lineBox;
    for (const auto& p : lonLatLine) lineBox.expand(p);
    if (fromSelection)
        candidates.assign(selected.begin(), selected.end());
    else
        for (std::size_t i = 0; i < l.features.size(); ++i)
            if (l.features[i].geometry.envelope().intersects(lineBox)) candidates.push_back(static_cast<int>(i));

    struct Cut {
        int feature;
        std::vector<geo::Geometry> parts;
    };
    std::vector<Cut> cuts;
    for (int i : candidates) {
        if (i < 0 || i >= static_cast<int>(l.features.size())) continue;
        const geo::Feature& f = l.features[static_cast<std::size_t>(i)];
        geo::PolygonSplit s;
        try {
            s = geo::splitPolygon(f.geometry, lonLatLine,
                                  "layer '" + session_->layerId() + "', feature FID " + std::to_string(f.fid),
                                  geo::SplitEdges::Geodesic);
        } catch (const geo::Error& e) {
            fail(tr("Cannot split"), toQString(e.what()));
            return false;
        }
        if (s.outcome == geo::PolygonSplit::Outcome::NotCrossed) {
            fail(tr("Cannot split"), tr("The line does not cut %1 right through: draw it from outside the planting "
                                        "area, across it, to outside again (or from border to border).")
                                         .arg(label(i)));
            return false;
        }
        if (s.outcome == geo::PolygonSplit::Outcome::Split) cuts.push_back({i, std::move(s.parts)});
    }
    if (cuts.empty()) {
        fail(tr("Cannot split"), fromSelection ? tr("The line does not cross the selected planting areas.")
                                               : tr("The line does not cross any planting area."));
        return false;
    }

    // The parts, largest first within each planting area: it keeps the code.
    std::vector<std::string> used;
    if (codeField >= 0)
        for (const auto& f : l.features) used.push_back(geo::toText(f.attributes[static_cast<std::size_t>(codeField)]));
    std::vector<SplitPart> parts;
    for (auto& cut : cuts) {
        const geo::Feature& original = l.features[static_cast<std::size_t>(cut.feature)];
        std::vector<std::pair<double, geo::Geometry>> sized;
        for (auto& g : cut.parts) {
            auto checked = checkedGeometry(g);
            if (!checked) return false;
            sized.emplace_back(geo::geodesicAreaHa(*checked), std::move(*checked));
        }
        std::stable_sort(sized.begin(), sized.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
        std::vector<std::string> codes;
        if (codeField >= 0) {
            try {
                codes = geo::nextFreeCodes(geo::toText(original.attributes[static_cast<std::size_t>(codeField)]), used,
                                           sized.size() - 1, doc->workspace.project.codePattern);
            } catch (const geo::Error& e) {
                fail(tr("Cannot split"), toQString(e.what()));
                return false;
            }
            used.insert(used.end(), codes.begin(), codes.end());
        }
        const double total = std::accumulate(sized.begin(), sized.end(), 0.0,
                                             [](double s, const auto& p) { return s + p.first; });
        std::optional<double> declared;
        if (declaredField >= 0) declared = geo::toNumber(original.attributes[static_cast<std::size_t>(declaredField)]);
        double sharedOut = 0;
        const std::size_t first = parts.size();
        for (std::size_t k = 0; k < sized.size(); ++k) {
            SplitPart p;
            p.source = cut.feature;
            p.sourceLabel = label(cut.feature);
            p.keepsCode = k == 0;
            p.areaHa = sized[k].first;
            p.feature.fid = k == 0 ? original.fid : session_->newFid();
            p.feature.attributes = original.attributes;
            p.feature.geometry = std::move(sized[k].second);
            if (k > 0 && codeField >= 0) p.feature.attributes[static_cast<std::size_t>(codeField)] = geo::Value{codes[k - 1]};
            if (k > 0 && declared && total > 0) {
                double share = *declared * p.areaHa / total;
                p.feature.attributes[static_cast<std::size_t>(declaredField)] = geo::Value{share};
                sharedOut += share;
            }
            parts.push_back(std::move(p));
        }
        // The kept part takes what is left, so the shares add up to the declared area.
        if (declared && total > 0)
            parts[first].feature.attributes[static_cast<std::size_t>(declaredField)] = geo::Value{*declared - sharedOut};
    }

    if (window_->isInteractive()) {
        SplitDialog dialog(doc, li, parts, window_);
        if (dialog.exec() != QDialog::Accepted) return false;
        parts = dialog.parts();
    } else if (QStringList problems = SplitDialog::codeProblems(*doc, li, parts); !problems.isEmpty()) {
        fail(tr("Cannot split"), problems.front());
        return false;
    }

    // Each kept part where its planting area was, the new ones after the last feature.
    std::vector<geo::Feature> features = l.features;
    std::vector<int> partIndexes;
    QStringList newCodes;
    for (auto& p : parts) {
        if (p.keepsCode) {
            features[static_cast<std::size_t>(p.source)] = p.feature;
            partIndexes.push_back(p.source);
        } else {
            partIndexes.push_back(static_cast<int>(features.size()));
            if (codeField >= 0) newCodes << toQString(geo::toText(p.feature.attributes[static_cast<std::size_t>(codeField)]));
            features.push_back(p.feature);
        }
    }
    const std::int64_t firstFid = parts.front().feature.fid;
    if (!push(std::move(features), tr("split %n feature(s)", nullptr, static_cast<int>(cuts.size())))) return false;
    window_->selection()->select(session_->layerId(), partIndexes);
    lastNotice_ = tr("Split %n planting area(s) into %1 parts; the largest part keeps the code.", nullptr,
                     static_cast<int>(cuts.size()))
                      .arg(parts.size());
    if (!newCodes.isEmpty()) lastNotice_ += QStringLiteral(" ") + tr("New codes: %1.").arg(newCodes.join(QStringLiteral(", ")));
    reportChecks(firstFid);
    return true;
}

}  // namespace vt::gui
