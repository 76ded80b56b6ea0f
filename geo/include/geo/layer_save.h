#pragma once
// Writing a user's edits of one layer back to its source file, safely:
// GeoPackage (and other transactional sources) in one transaction; Shapefile
// and other file sets by writing a new file set beside the old one and
// swapping, keeping the previous files as a backup. A source that changed on
// disk since it was read is never overwritten silently: saving refuses with a
// conflict naming the file. Features that were not edited are not rewritten
// from memory (their bytes come from the source), so what normalising
// repaired or reprojected is never written back by accident.
//
// The implementation is in geo/src/layer_save.cpp (field-save). The app's
// editor (field-edit) builds a LayerEdits from its undo history.
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "geo/crs.h"
#include "geo/error.h"
#include "geo/layer.h"

namespace geo {

// What a source looked like when it was read: enough to tell that another
// program (or another VungTrong) changed it since. Every file of the source
// (a shapefile's .shp/.dbf/.shx/.prj/.cpg) counts.
struct SourceStamp {
    struct File {
        std::filesystem::path path;
        std::uintmax_t size = 0;
        std::int64_t modifiedNs = 0;   // last write time, ns since the epoch
        std::string sha256;            // content hash, hex
    };
    std::vector<File> files;
};

// Stamps the files of the source at path (the path a LayerSpec names).
// Throws geo::Error naming the file when it cannot be read.
SourceStamp stampSource(const std::filesystem::path& sourcePath);

// One edit, by the feature's source FID (Feature::fid as read).
struct FeatureEdit {
    enum class Kind { Insert, Update, Delete };
    Kind kind = Kind::Update;
    std::int64_t fid = -1;       // source FID; ignored for Insert
    // For Insert and Update: the feature's attributes (parallel to
    // LayerEdits::fields) and geometry, in LayerEdits::crs. Update replaces
    // both; the saver transforms geometry to the source's CRS.
    std::vector<Value> attributes;
    Geometry geometry;
};

struct LayerEdits {
    std::filesystem::path sourcePath;   // as in the LayerSpec (after resolving against the project folder)
    std::string layerName;              // layer inside the source ("" = the only one)
    std::vector<Field> fields;          // the layer's fields, as read
    CrsInfo crs;                        // the CRS of FeatureEdit::geometry (WGS 84 lon/lat in the app)
    SourceStamp loaded;                 // stamp taken when the layer was read
    std::vector<FeatureEdit> edits;     // net edits, at most one per FID
};

struct SaveResult {
    std::vector<std::int64_t> insertedFids;     // FIDs the source gave the inserted features, in order
    std::optional<std::filesystem::path> backup;  // previous file set kept (file-set formats)
    SourceStamp saved;                          // the new stamp: the base of the next save
};

// Thrown when the source changed on disk since `loaded`; nothing was written.
class SaveConflict : public Error {
public:
    using Error::Error;
};

// Applies edits to the source. Throws SaveConflict, or geo::Error naming the
// file and the feature; on any failure the source is left exactly as it was.
SaveResult saveLayerEdits(const LayerEdits& edits);

}  // namespace geo
