#pragma once
// The edit journal: every edit a user makes to a layer, appended to a file
// beside the project the moment it is made, one JSON object per line,
// flushed to disk (fsync) before the call returns. A "saved" line follows
// when a layer's edits reach its source (geo/layer_save.h), a "discarded"
// line when the user drops them. The journal is
//  - crash recovery: edits after their session's last saved/discarded line
//    for that layer never reached the source, so the next open offers them
//    back (recoverableEdits);
//  - the audit log: who changed what, when (exportJournalCsv, and
//    `vungtrong-cli journal PROJECT --csv OUT`).
// Append-only: nothing in it is rewritten. Each app instance edits under its
// own session id, so that one instance's save never closes another's edits
// (two VungTrong on one project: the second's save is refused as a conflict,
// and its edits stay recoverable).
//
// Lines (fields in this order; geometry as ISO WKT with 17 significant digits):
//   {"type":"edit","time":"2026-01-30T10:15:00Z","user":"lan","session":"…",
//    "layer":"plots","source":"/data/plots.shp","action":"update","fid":3,
//    "fields":[{"name":"code","type":"string"},…],"old":[…],"new":[…],
//    "old_geometry":"POLYGON ((…))","new_geometry":"POLYGON ((…))","crs":"EPSG:4326",
//    "source_stamp":"plots.shp 9f86…;plots.dbf 2c26…"}   (source_stamp only when known)
//   {"type":"saved","time":…,"user":…,"session":…,"layer":"plots","source":…,
//    "inserted_fids":[12],"backup":"/data/.vungtrong-backup/plots-20260130-101500.shp"}
//   {"type":"discarded","time":…,"user":…,"session":…,"layer":"plots","source":…}
#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include "geo/layer.h"
#include "geo/layer_save.h"

namespace geo {

// One edit of one feature, as it was made.
struct JournalEdit {
    std::string layer;                  // the project's name for the layer
    std::filesystem::path source;       // the layer's source file
    FeatureEdit::Kind kind = FeatureEdit::Kind::Update;
    std::int64_t fid = -1;              // source FID; -1 for an insert
    std::vector<Field> fields;          // what the attributes below are
    std::vector<Value> oldAttributes;   // before (empty for an insert), parallel to fields
    std::vector<Value> newAttributes;   // after (empty for a delete)
    Geometry oldGeometry;               // before, in `crs`
    Geometry newGeometry;               // after, in `crs`
    std::string crs;                    // definition of the geometries' CRS, e.g. "EPSG:4326"
    // What the source's files were when the session read them (e.g. "plots.shp <sha256>;…"),
    // so that recovery can tell that the file changed since; "" = not known.
    std::string sourceStamp;
    // Filled by appendEdit when empty:
    std::string time;                   // ISO 8601 UTC, "2026-01-30T10:15:00Z"
    std::string user;                   // the OS user (getpwuid, else $USER)
    std::string session;                // the editing instance (newEditSession)
};

// A line of the journal: an edit, or a mark closing a session's edits of a layer.
struct JournalRecord {
    enum class Type { Edit, Saved, Discarded };
    Type type = Type::Edit;
    JournalEdit edit;                   // for marks: layer, source, time, user, session only
    std::vector<std::int64_t> insertedFids;  // Saved: the FIDs the source gave the inserts
    std::string backup;                 // Saved: the previous file set's backup, if any
};

struct JournalContents {
    std::vector<JournalRecord> records;  // in the order they were written
    // Lines that could not be read (a line cut short by a crash), each naming
    // the file and line: reported, never fatal.
    std::vector<std::string> warnings;
};

// The journal of a project: "soc-trang.vtproj" → "soc-trang.vtproj.edits.jsonl" beside it.
std::filesystem::path editJournalPath(const std::filesystem::path& projectFile);

// A new session id, unique to this process and moment ("host-pid-time-n").
std::string newEditSession();

// Appends one record and flushes it to disk. Throws IoError naming the journal.
void appendEdit(const std::filesystem::path& journal, JournalEdit edit);
void appendSaved(const std::filesystem::path& journal, const std::string& layer, const std::filesystem::path& source,
                 const std::string& session, const SaveResult& result);
void appendDiscarded(const std::filesystem::path& journal, const std::string& layer,
                     const std::filesystem::path& source, const std::string& session);

// Every record. A journal that does not exist is empty. Throws IoError when
// it cannot be read.
JournalContents readEditJournal(const std::filesystem::path& journal);

// The edits no saved or discarded mark closes: for each session and layer,
// those after its last mark, in journal order. What a crash (or a refused
// save) left unsaved; the app offers to apply them again.
std::vector<JournalEdit> recoverableEdits(const std::filesystem::path& journal);

// The audit log as CSV (UTF-8, RFC 4180, CRLF), one row per record: time,
// user, session, layer, source, action (insert/update/delete/saved/discarded),
// fid, changed (the fields whose value changed, and "geometry"),
// old_attributes and new_attributes (JSON objects), old_geometry and
// new_geometry (WKT), crs. Written atomically. Returns the number of rows.
std::size_t exportJournalCsv(const std::filesystem::path& journal, const std::filesystem::path& out);

}  // namespace geo
