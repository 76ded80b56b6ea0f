#pragma once
// Layers a project names that could not be read, and a workspace with one
// of them read again from another file (the app's Relink…).
#include <QString>
#include <string>
#include <vector>

#include "geo/workspace.h"

namespace vt::gui {

struct MissingLayerInfo {
    std::string layerId;
    std::string path;    // as written in the project
    std::string reason;  // the load error, naming the file
};

// Layers of ws.project that did not load (a load Error), in project order.
std::vector<MissingLayerInfo> missingLayers(const geo::Workspace& ws);

// ws with layer layerId read from path (written into its project as given:
// relative to the project file, or absolute), its old issues replaced by the
// new read's, in project order. Throws geo::Error when the file cannot be
// read either, geo::Cancelled when progress says so.
geo::Workspace relinkedWorkspace(geo::Workspace ws, const std::string& layerId, const std::string& path,
                                 const geo::ProgressFn& progress = {});

// ws without layer layerId: its spec, draw order place, issues and data.
geo::Workspace workspaceWithout(geo::Workspace ws, const std::string& layerId);

// file as a project at project.filePath writes it: relative to the project
// file when it can be ("../data/x.shp" included), else absolute.
std::string projectRelativePath(const geo::Project& project, const QString& file);

}  // namespace vt::gui
