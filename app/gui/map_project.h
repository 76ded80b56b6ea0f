#pragma once
// The map as the project file keeps it: each layer's style and visibility
// and the drawing order (geo::LayerSpec::style/visible, geo::Project::drawOrder),
// read into RenderSettings when a project opens and written back on save.
#include <QStringList>

#include "document.h"
#include "map_renderer.h"

namespace vt::gui {

// The project's order, visibility and styles over defaults (defaultRenderSettings).
// Layers the project's draw_order leaves out keep their default place, above
// those it names. A style that cannot apply (a missing field) falls back as
// styleLayer does and its reason is added to problems.
RenderSettings mapFromProject(const Document& doc, RenderSettings defaults, QStringList* problems = nullptr);

// Writes settings' order, visibility and styles (opacity included) into
// project. A layer left as it is by default writes no style.
void mapToProject(const Document& doc, const RenderSettings& settings, geo::Project& project);

// The same settings for a rebuilt document (a layer added, statistics by
// another layer): styles are resolved again against it; a layer whose role
// changed (the new zones layer, the old one) takes its new default; the layer
// the statistics are now by goes to the bottom, so its choropleth hides nothing.
RenderSettings carryMapOver(const Document& previous, const Document& next, const RenderSettings& settings,
                            const RenderSettings& nextDefaults);

}  // namespace vt::gui
