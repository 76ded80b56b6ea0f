#pragma once
// Source files are never modified. Every project read registers its files
// (the project file, each layer's file with its sidecars, the crosswalk) and
// every writer of geo/ asks here before it replaces a file: a target that is
// one of them — however it is reached: a symlink, a hard link, "./", another
// spelling of the same folder — is refused with an error naming the source.
#include <filesystem>
#include <string>
#include <vector>

namespace geo {

struct Project;

// Registers project.filePath and every file the project refers to. Files
// that do not exist yet are protected by their path.
void protectProjectSources(const Project& project);

// Registers one more source and its sidecars, e.g. a layer added to an open
// project by hand; what describes it in the refusal ("the source of layer 'x'").
void protectSourceFile(const std::string& path, const std::string& what);

// Forgets every registered source (tests; a process that closes all projects).
void clearProtectedSources();

// Throws IoError when writing target, or target with one of
// sidecarExtensions (".dbf", ".shx", ...), would replace a registered source.
// allowProjectFiles: saving a project over its own file is what "Save" does.
void refuseToOverwriteSources(const std::filesystem::path& target,
                              const std::vector<std::string>& sidecarExtensions = {},
                              bool allowProjectFiles = false);

}  // namespace geo
