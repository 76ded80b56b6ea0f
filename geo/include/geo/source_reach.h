#pragma once
// Which files reading one layer may make GDAL open, and how much a
// compressed one may inflate to.
//
// A layer is one file the user chose, but GDAL opens more: a shapefile's
// sidecars, the sources a VRT names (anywhere on the machine, even
// "CSV:/etc/passwd"), the members of an archive. Every one of them must lie
// in an allowed place, judged with symbolic links followed:
// - the project folder or below it (a sidecar that is a link out of the
//   folder is refused, whatever its name);
// - a file the project names (a layer's path, the crosswalk's), a file
//   inside a folder it names (a FileGDB *.gdb), and that file's sidecars:
//   files in the same folder whose name is the file's name up to its
//   extension, then a dot (parcels.dbf, parcels.prj, parcels.shp.xml beside
//   a named /share/parcels.shp). Whoever names a shapefile on a shared drive
//   expects its parts to come with it; other files beside it are not
//   allowed, so a VRT on a shared drive reads only what the project folder
//   holds or the project names.
// A VRT is read as XML before GDAL opens it, its sources (relativeToVRT
// honoured, "CSV:"/"GPKG:" prefixes, /vsizip/, /vsigzip/, /vsitar/ and
// /vsisubfile/ around a local file, VRTs inside VRTs, data sources its
// SrcSQL names ("path".layer); inline VRT XML and SQLite's ATTACH are
// refused) checked first, so that nothing outside is read at all. Pipes,
// sockets and devices among them are refused too. Network and other
// virtual sources inside a VRT (/vsicurl/, http://, PG:, /vsistdin/,
// /vsimem/, GPSBABEL:) are refused unless the project allows the network.
// Without a project (one file picked on the command line or in the app),
// the file's own folder stands for the project folder.
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace geo {

struct Project;

struct SourceReach {
    std::string projectFolder;            // "" = the folder of the layer's own file
    std::vector<std::string> namedFiles;  // what the project names, absolute (the layer's own file counts always)
    bool allowNetwork = false;            // "allow_network" / --allow-network
};

// Budgets of one layer's read, so that a small hostile file cannot exhaust
// the machine. maxInflatedBytes bounds what the compressed files GDAL opens
// for the layer (every member of a zip, KMZ or .shz; a .gz or .tar.gz
// stream; reached directly or through a VRT) inflate to, summed, measured
// through GDAL before the layer is opened: 2 GiB, above what a province's
// layers hold uncompressed, and reached in about 2.5 s of inflating (a
// 10 MB zip of a 3 GiB CSV is refused so). maxHeldBytes bounds what the
// features read hold (16 bytes a vertex, attribute text as bytes, a few
// dozen bytes a feature and value): 4 GiB, at most 268 million vertices.
struct ReadLimits {
    std::uint64_t maxInflatedBytes = std::uint64_t{2} << 30;
    std::uint64_t maxHeldBytes = std::uint64_t{4} << 30;
};

// A budget for messages: "2048 MiB", or "65536 bytes" under a MiB (tests set small ones).
std::string budgetText(std::uint64_t bytes);

// The allowed places of a project: its folder, and every layer and
// crosswalk path it names (resolved as Project::resolve does; paths it
// refuses are left out, their reading fails on its own).
SourceReach projectReach(const Project& project);

// A file GDAL will open for a layer, and what leads to it.
struct ReachedFile {
    std::string gdalPath;  // as GDAL will open it ("/vsizip//p/a.zip/b.csv", "CSV:/p/a.txt")
    std::string local;     // the local file behind it, absolute; "" for a network source
    std::string via;       // for messages: "the VRT /p/a.vrt", "beside /p/a.shp"
};

// Every file GDAL will open for the layer at layerPath that can be known
// before opening it: the file, its sidecars, and a VRT's sources, nested.
// Throws IoError naming the layer, the file reached and why, when one lies
// outside the allowed places, is a network or virtual source that is not
// allowed, or when the compressed ones inflate beyond limits.maxInflatedBytes.
// Measuring a large archive takes seconds: keepReading (when set) is asked
// between its chunks, and a false answer throws geo::Cancelled.
std::vector<ReachedFile> checkReachBeforeOpen(const std::string& layerPath, const SourceReach& reach,
                                              const ReadLimits& limits, const std::function<bool()>& keepReading = {});

// The same check on the files GDAL says it opened for the dataset
// (GDALGetFileList): what the formats find on their own.
void checkFilesOpened(const std::string& layerPath, const std::vector<std::string>& files,
                      const SourceReach& reach);

}  // namespace geo
