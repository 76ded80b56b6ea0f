#include "geo/source_path.h"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <system_error>

#include "geo/error.h"
#include "geo/postgis.h"

namespace geo {
namespace fs = std::filesystem;

const char* toString(SourceLocation where) {
    switch (where) {
        case SourceLocation::InsideProject: return "inside";
        case SourceLocation::OutsideProject: return "outside";
        case SourceLocation::Network: return "network";
    }
    return "inside";
}

std::string describeLocation(SourceLocation where) {
    switch (where) {
        case SourceLocation::InsideProject: return "inside the project folder";
        case SourceLocation::OutsideProject: return "outside the project folder";
        case SourceLocation::Network: return "a network source";
    }
    return {};
}

bool isNetworkOrVirtualPath(std::string_view path) {
    auto lower = [](std::string_view s) {
        std::string out(s);
        std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
        return out;
    };
    std::string p = lower(path.substr(0, std::min<std::size_t>(path.size(), 64)));
    if (p.rfind("/vsi", 0) == 0) return true;  // every GDAL virtual file system, /vsistdin/ included
    if (p.find("://") != std::string::npos) return true;
    // A GDAL connection string or driver prefix: letters, digits or '_' then ':'.
    // One letter and ':' is a Windows drive ("C:\data").
    std::size_t colon = p.find(':');
    if (colon == std::string::npos || colon < 2) return false;
    return std::all_of(p.begin(), p.begin() + static_cast<std::ptrdiff_t>(colon),
                       [](unsigned char c) { return std::isalnum(c) || c == '_'; });
}

namespace {

fs::path projectFolder(const std::string& projectFile) {
    std::error_code ec;
    fs::path folder = fs::path(projectFile).parent_path();
    fs::path abs = fs::absolute(folder.empty() ? fs::path(".") : folder, ec);
    return (ec ? folder : abs).lexically_normal();
}

// The local path written in the project, made absolute against the project folder.
fs::path localPath(const std::string& projectFile, const std::string& writtenPath) {
    fs::path p(writtenPath);
    if (p.is_absolute()) return p.lexically_normal();
    return (projectFolder(projectFile) / p).lexically_normal();
}

// Symbolic links followed where they exist; the rest kept as written.
fs::path canonicalOrLexical(const fs::path& p) {
    std::error_code ec;
    fs::path c = fs::weakly_canonical(p, ec);
    return ec ? p.lexically_normal() : c;
}

bool isFileGdbFolder(const fs::path& p) {
    std::string ext = p.extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return ext == ".gdb";
}

// Why the file system object at p is not a data source, or "" when it may be one.
std::string notADataSource(const fs::path& p) {
    std::error_code ec;
    fs::file_status st = fs::status(p, ec);  // follows symbolic links
    if (ec) {
        // Not there (the reader reports it with its own words); any other
        // failure (a folder on the way without permission) is reported here.
        if (ec == std::errc::no_such_file_or_directory || ec == std::errc::not_a_directory) return {};
        return "cannot be examined (" + ec.message() + ")";
    }
    switch (st.type()) {
        case fs::file_type::regular: return {};
        case fs::file_type::directory:
            if (isFileGdbFolder(p)) return {};
            return "is a folder, not a data file (name the file inside it; of folders, only a FileGDB *.gdb is read)";
        case fs::file_type::block:
        case fs::file_type::character: return "is a device file, not a data file";
        case fs::file_type::fifo: return "is a FIFO (named pipe), not a data file";
        case fs::file_type::socket: return "is a socket, not a data file";
        case fs::file_type::not_found: return {};
        default: return "is not a regular file";
    }
}

}  // namespace

SourceLocation sourceLocation(const std::string& projectFile, const std::string& writtenPath) {
    if (isNetworkOrVirtualPath(writtenPath)) return SourceLocation::Network;
    fs::path base = canonicalOrLexical(projectFolder(projectFile));
    fs::path full = canonicalOrLexical(localPath(projectFile, writtenPath));
    fs::path rel = full.lexically_relative(base);
    if (rel.empty() || *rel.begin() == "..") return SourceLocation::OutsideProject;
    return SourceLocation::InsideProject;
}

std::string resolveSourcePath(const std::string& projectFile, const std::string& writtenPath, bool allowNetwork) {
    auto refuse = [&](const std::string& why) -> std::string {
        throw ProjectError(projectFile + ": path '" + writtenPath + "' " + why);
    };
    std::string trimmed = writtenPath;
    trimmed.erase(0, trimmed.find_first_not_of(" \t\r\n"));
    trimmed.erase(trimmed.find_last_not_of(" \t\r\n") + 1);
    if (trimmed.empty() || fs::path(trimmed).lexically_normal() == ".")
        return refuse("names no file: give the path of the layer's file (relative to the project file, or absolute)");
    // A PostgreSQL layer is a deliberate database source, read without
    // "allow_network"; its connection may not carry a password.
    if (isPgName(trimmed)) {
        try {
            parsePgConnection(trimmed, projectFile);
        } catch (const ProjectError&) {
            throw;
        } catch (const Error& e) {
            throw ProjectError(e.what());
        }
        return trimmed;
    }
    if (isNetworkOrVirtualPath(writtenPath)) {
        if (!allowNetwork)
            return refuse("is a network or virtual source: refused unless the project says \"allow_network\": true "
                          "(or the command line passes --allow-network); or copy the data into a local file");
        return writtenPath;
    }
    fs::path full = localPath(projectFile, writtenPath);
    if (std::string why = notADataSource(full); !why.empty()) return refuse("(" + full.string() + ") " + why);
    return full.string();
}

}  // namespace geo
