#pragma once
// Which layers of a project the editor edits and what their keys are: the
// planting areas and the cooperatives (geometry and attributes), and tables
// without geometry, the investments and other registers (attributes only: a
// row's key to its cooperative is what issue 13's demo gets wrong).
#include "document.h"

namespace vt::gui {

// A layer no feature of which has geometry (a CSV register, a table of a GeoPackage).
bool isAttributeTable(const Document& doc, int layer);

// Whether "Edit layer" can edit layer: the planting areas, the cooperatives or an attribute table.
bool isEditableLayer(const Document& doc, int layer);

// The field of layer holding a cooperative's key, chosen in the form from the
// existing cooperatives: the planting areas' and investments' "cooperative"
// field, a table's when its project entry names one; -1 for none.
int cooperativeKeyFieldOf(const Document& doc, int layer);

}  // namespace vt::gui
