#pragma once
// Writing a user's edits of one layer back to its source file, safely:
// GeoPackage (and other transactional sources) in one transaction; Shapefile,
// GeoJSON and FlatGeobuf by writing a new file (set) beside the old one and
// swapping, keeping the previous files as a backup. A source that changed on
// disk since it was read is never overwritten silently: saving refuses with a
// conflict naming the file. Features that were not edited are not rewritten
// from memory (their bytes come from the source), so what normalising
// repaired or reprojected is never written back by accident.
//
// Using it (the app's editor builds a LayerEdits from its undo history):
//  1. when the layer is read: loaded = stampSource(path);
//  2. each edit as it is made: geo::appendEdit to the project's edit journal
//     (geo/edit_journal.h), so a crash loses nothing;
//  3. on Save: saveLayerEdits; then geo::appendSaved, and the next save
//     starts from SaveResult::saved (read the layer again when
//     fidsRenumbered); on SaveConflict keep the edits (they stay
//     recoverable in the journal), reload the layer and offer them again.
// Implemented in geo/src/layer_save.cpp (stamp, transactions, EditWriter)
// and geo/src/layer_save_fileset.cpp (new file set and swap).
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "geo/crs.h"
#include "geo/error.h"
#include "geo/layer.h"
#include "geo/workspace.h"

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
    // How the layer was read, so that edits are written back the same way.
    // All optional: the defaults fit a source read without overrides.
    std::string encoding;               // Layer::encoding of a DBF ("CP1258", "TCVN3"...): edited text is written
                                        // back in it; "" = the .cpg's, else UTF-8. Ignored for UTF-8 formats.
    CrsInfo sourceCrs;                  // Layer::crs as read (an override or a guess for a shapefile without .prj);
                                        // unknown = the CRS the source declares
    bool axesSwapped = false;           // Layer::axesSwapped: the source stores latitude first
};

struct SaveResult {
    std::vector<std::int64_t> insertedFids;     // FIDs the source gave the inserted features, in order
                                                // (empty for an indexed FlatGeobuf: fidsRenumbered)
    std::optional<std::filesystem::path> backup;  // previous file set kept (file-set formats): the main file's backup
    SourceStamp saved;                          // the new stamp: the base of the next save
    // Shapefile, FlatGeobuf and GeoJSON without "id" members number features
    // by their position: after a delete, the features behind it have new
    // FIDs; a FlatGeobuf with a spatial index orders its features along the
    // index, so any save renumbers it. Read the layer again.
    bool fidsRenumbered = false;
};

// Thrown when the source changed on disk since `loaded`; nothing was written.
class SaveConflict : public Error {
public:
    using Error::Error;
};

// Applies edits to the source. Throws SaveConflict, or geo::Error naming the
// file and the feature; on any failure the source is left exactly as it was.
//
// How: the stamp is checked first, under an exclusive lock (flock) on the
// source's main file that two VungTrong instances share, so the second of two
// saves from the same stamp gets SaveConflict. Then
//  - GeoPackage / SQLite (GDAL drivers with transactions): the inserts,
//    updates and deletes by FID in one transaction, rolled back on any error;
//  - Shapefile, GeoJSON, FlatGeobuf (file sets): a complete new file set is
//    written beside the source under temporary names (unedited features
//    copied through OGR as they are, DBF text as raw bytes, .prj and .cpg
//    copied byte for byte), then swapped in: each old file is kept under
//    ".vungtrong-backup/<name>-YYYYmmdd-HHMMSS<ext>" beside the source and
//    each new file renamed into place, through the replacement journal of
//    geo/atomic_file.h (so a crash half-way is finished by the next writer
//    and refused by readers). A failure during the swap puts the old files
//    back. Spatial indexes (.qix, .sbn, .sbx) go to the backup, since they
//    describe the old geometry.
//  - CSV tables: attributes only (a geometry edit is refused); the file is
//    copied with the records of unedited features byte for byte and the
//    edited cells rewritten (geo/src/layer_save_csv.cpp), after checking
//    that every record is the feature GDAL numbers the same; swapped in as
//    above with the old file in the backup; the .csvt is not touched.
//    describe the old geometry. A GeoJSON whose features carry their own
//    "id" keeps them (new features get the next ones), one without gets
//    none; a FlatGeobuf keeps its spatial index if it had one.
// Geometry is transformed from edits.crs to the source's CRS; text is written
// in the source's encoding (a character it cannot hold is an error naming the
// feature and field), and must fit the DBF field's width.
// Saving writes the project's own source files on the user's request: it is
// the one writer that does not ask geo/source_guard.h.
// A crash during the swap leaves the replacement journal: geo::readLayer then
// refuses the half-replaced set, and geo::finishInterruptedReplace(source)
// (which the next save also calls) completes it; the backup holds the old set.
// progress: called with the fraction done ("saving"); returning false before
// the swap or commit cancels (geo::Cancelled, nothing written); from the
// commit point on the save finishes whatever it returns.
SaveResult saveLayerEdits(const LayerEdits& edits, const ProgressFn& progress = {});

}  // namespace geo
