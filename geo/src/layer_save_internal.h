#pragma once
// Internal to layer_save*.cpp: what the two ways of saving (a transaction, a
// new file set) share, and the hooks tests use to fail a save half-way.
#include <cstddef>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "gdal_util.h"
#include "geo/crs.h"
#include "geo/encoding.h"
#include "geo/layer_save.h"
#include "geo/text_encode.h"

namespace geo::detail {

struct SaveHooks {
    // Called before each step of a file-set swap (a rename into place or a
    // removal; `target` is the file the step replaces). Throwing here is a
    // failure half-way through the swap: the old files must come back.
    std::function<void(std::size_t step, const std::filesystem::path& target)> beforeSwapStep;
    // Called before a transaction commits. Throwing rolls it back.
    std::function<void()> beforeCommit;
};

SaveResult saveLayerEdits(const LayerEdits& edits, const SaveHooks& hooks, const ProgressFn& progress = {});

// Reports progress every few hundred features; throws Cancelled when told to stop.
class SaveProgress {
public:
    SaveProgress(const ProgressFn& progress, std::size_t total) : progress_(progress), total_(total) {}
    void tick(std::size_t done) const {
        if (!progress_ || (done % 256 != 0 && done != total_)) return;
        const double fraction = total_ ? 0.9 * static_cast<double>(done) / static_cast<double>(total_) : 0.9;
        if (!progress_(fraction, "saving")) throw Cancelled();
    }
    void done() const {
        if (progress_) (void)progress_(1.0, "saving");  // past the commit point: no cancelling
    }

private:
    const ProgressFn& progress_;
    std::size_t total_;
};

// Writes the attributes and geometry of one edit into an OGR feature of
// `target` (a layer of the source, or of its new copy).
class EditWriter {
public:
    // textEncoding: the encoding of the layer's raw DBF text; nullopt for a
    // format whose text GDAL takes as UTF-8.
    // crsLayer: the layer that declares the source's CRS when edits.sourceCrs
    // does not say it (the source's own; default target, which for a new
    // GeoJSON layer reports none).
    EditWriter(const LayerEdits& edits, OGRLayerH target, std::optional<TextEncoding> textEncoding,
               std::optional<TextEncoding> fieldNameEncoding, OGRLayerH crsLayer = nullptr);
    ~EditWriter();
    // Sets f from e (attributes by field name, geometry transformed to the
    // source's CRS). Throws geo::Error naming `which` ("feature FID 3").
    void fill(OGRFeatureH f, const FeatureEdit& e, const std::string& which) const;

private:
    void setValue(OGRFeatureH f, int index, const Value& v, const std::string& which) const;
    void setGeometry(OGRFeatureH f, const Geometry& g, const std::string& which) const;

    const LayerEdits& edits_;
    OGRLayerH target_;
    std::optional<TextEncoding> textEncoding_;
    std::vector<int> ogrIndex_;  // edits_.fields[k] is field ogrIndex_[k] of target_
    std::optional<Transformer> transform_;
    bool sourceHasNoCrs_ = false;
};

// The source's label in messages: "plots.shp" or "plots.gpkg:plots".
std::string sourceLabel(const LayerEdits& edits);

// text (UTF-8) in the encoding the source is written in. A character that
// encoding has no code for throws fail(message); whose names the holder of
// the encoding in that message ("file's", "source's").
template <class Fail>
std::string encodeForSource(const std::string& text, TextEncoding encoding, const char* whose, Fail&& fail) {
    std::string bad;
    std::optional<std::string> bytes = encodeFromUtf8(text, encoding, &bad);
    if (!bytes)
        throw fail("'" + text + "' holds " + (bad.empty() ? std::string("text") : "'" + bad + "'") + ", which the " +
                   whose + " encoding " + toString(encoding) + " cannot hold");
    return std::move(*bytes);
}

// The layer of ds that edits name (its first when edits.layerName is "").
OGRLayerH editedLayer(GDALDatasetH ds, const LayerEdits& edits);

// The encoding of a DBF's raw text: edits.encoding, else the .cpg's; nullopt
// when neither says (then only ASCII text can be written).
std::optional<TextEncoding> dbfEncoding(const LayerEdits& edits);

// File-set formats: write a new set and swap it in (layer_save_fileset.cpp).
SaveResult saveAsNewFileSet(const LayerEdits& edits, GDALDatasetH source, const SaveHooks& hooks,
                            const ProgressFn& progress);

// One file replaced by new bytes the same way (a temporary file beside it,
// the journal, the old file kept in .vungtrong-backup/). Returns the backup.
std::filesystem::path replaceFileWithBackup(const std::filesystem::path& target, const std::string& bytes,
                                            const SaveHooks& hooks);

// CSV tables: the edited records rewritten in a copy, swapped in (layer_save_csv.cpp).
SaveResult saveCsvEdits(const LayerEdits& edits, GDALDatasetH source, const SaveHooks& hooks,
                        const ProgressFn& progress);

}  // namespace geo::detail
