#pragma once
// Where a project's layer path points, and whether it is a data source at all.
//
// Office data sits on shared drives, so a project may name a file anywhere
// the user chose: relative to the project file (with "..") or absolute.
// What is refused is what is not a regular data source:
// - an empty path, or "." (the project folder itself);
// - device files, FIFOs, sockets (reading one can block or never end);
// - folders, except a FileGDB folder ("*.gdb", GDAL's OpenFileGDB reads it);
// - GDAL virtual and network paths ("/vsicurl/", "/vsis3/", any "/vsi…/",
//   "http://", "https://", "ftp://", and GDAL connection strings such as
//   "WFS:…"), unless the project says "allow_network": true or the
//   command line passes --allow-network. A zipped shapefile ("/vsizip/…")
//   counts as virtual too: unzip it beside the project, or allow it so.
// A PostgreSQL layer ("PG:service=…", the project's "postgis" key) is a
// deliberate database source: read without "allow_network", refused only
// when its connection carries a password (geo/postgis.h).
// A path that does not exist is not refused here: reading it fails later
// with the reader's own message naming the file. What GDAL opens beside or
// through the layer's file (sidecars, a VRT's sources) is checked when the
// layer is read: geo/source_reach.h.
#include <string>
#include <string_view>

namespace geo {

struct Project;

enum class SourceLocation {
    InsideProject,   // in the project folder or below it (symbolic links followed)
    OutsideProject,  // a local path the user chose elsewhere (shared drive, "..")
    Network,         // a GDAL virtual or network path, or a connection string
};
const char* toString(SourceLocation where);  // "inside", "outside", "network"

// True for GDAL virtual file systems ("/vsi…/"), URLs (scheme "://") and
// GDAL connection strings ("PG:dbname=…", "WFS:http…": a prefix of two or
// more letters and a colon; "C:\…" is a Windows drive, not a prefix).
bool isNetworkOrVirtualPath(std::string_view path);

// Where `writtenPath` (as in the project file) points for a project file at
// `projectFile`; does not check the file itself.
SourceLocation sourceLocation(const std::string& projectFile, const std::string& writtenPath);

// The path to read for `writtenPath`: absolute and lexically normal for a
// local path, unchanged for an allowed network path. Throws ProjectError
// naming the project file, the path and how to fix it when the path is
// refused (see above). Filesystem calls use std::error_code: an unreadable
// folder on the way is reported, never thrown through.
std::string resolveSourcePath(const std::string& projectFile, const std::string& writtenPath, bool allowNetwork);

// For people: "inside the project folder", "outside the project folder",
// "a network source".
std::string describeLocation(SourceLocation where);

}  // namespace geo
