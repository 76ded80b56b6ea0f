#pragma once
// An edit session on one layer (planting areas or cooperative points), as in
// QGIS's "Toggle editing". The edited features live in the document itself
// (its workspace layer, WGS 84 lon/lat as normalised): every edit builds a new
// immutable Document with the changed layer, relinked and with statistics and
// data quality recomputed by geo/, and is pushed on the window's undo stack as
// a DocumentChange. The session keeps the layer's features as they were when
// editing started, so the net edits by source FID (what geo::saveLayerEdits
// writes) are the difference between those and the current document: undo,
// redo and discard need no bookkeeping of their own.
#include <QString>
#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "document.h"
#include "geo/layer.h"
#include "geo/layer_save.h"

namespace vt::gui {

class EditSession {
public:
    // Starts editing layer layerId of doc. REQUIRES: doc has that layer.
    EditSession(const Document& doc, std::string layerId);

    const std::string& layerId() const { return layerId_; }
    // The layer's index in doc, -1 when doc no longer has it (an undone add).
    int layerIndex(const Document& doc) const { return doc.layerIndex(layerId_); }
    geo::GeometryKind kind() const { return kind_; }

    // The features as they were when editing started (normalised, lon/lat).
    const std::vector<geo::Feature>& original() const { return original_; }
    // Net edits of current against original, one per source FID: Update when
    // attributes or geometry differ, Delete when the FID is gone, Insert for
    // features made in this session (negative FIDs, see newFid).
    std::vector<geo::FeatureEdit> netEdits(const Document& current) const;
    bool hasEdits(const Document& current) const { return !netEdits(current).empty(); }
    // What geo::saveLayerEdits needs: source, fields, CRS (WGS 84) and the edits.
    geo::LayerEdits layerEdits(const Document& current) const;

    // An id for a feature drawn in this session: -1, -2, … (sources never
    // give negative FIDs, so the two cannot clash until the source assigns one).
    std::int64_t newFid();

    // The source's stamp when editing started (empty when it could not be taken).
    void setStamp(geo::SourceStamp stamp) { stamp_ = std::move(stamp); }
    const std::optional<geo::SourceStamp>& stamp() const { return stamp_; }

private:
    std::string layerId_;
    geo::GeometryKind kind_ = geo::GeometryKind::None;
    std::vector<geo::Feature> original_;
    std::map<std::int64_t, std::size_t> originalByFid_;
    std::int64_t lastNewFid_ = 0;
    std::optional<geo::SourceStamp> stamp_;
};

// doc with layer `layer`'s normalised features replaced by features, its
// as-read features kept parallel (unchanged ones exactly as read, edited ones
// transformed back to the source CRS) and links, statistics and quality
// recomputed by the same zones layer. Throws geo::Error.
std::shared_ptr<Document> withLayerFeatures(const Document& doc, int layer, std::vector<geo::Feature> features);

// The index of the feature with source FID fid in layer, or -1.
int featureIndexOfFid(const Document& doc, int layer, std::int64_t fid);

}  // namespace vt::gui
