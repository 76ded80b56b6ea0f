// Fuzzes the project file parser: any bytes must give a Project or a
// geo::ProjectError, never a crash, hang or other exception; a parsed
// project must survive projectToJson → parseProject unchanged in substance.
#include <cstddef>
#include <cstdint>
#include <string>

#include "fuzz_util.h"
#include "geo/error.h"
#include "geo/project.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string text(reinterpret_cast<const char*>(data), size);
    const std::string file = "/tmp/vt-fuzz-project/p.vtproj";  // need not exist: paths are only checked
    geo::Project p;
    try {
        p = geo::parseProject(text, file);
    } catch (const geo::Error&) {
        return 0;
    }
    std::string json = geo::projectToJson(p);
    geo::Project q;
    try {
        q = geo::parseProject(json, file);
    } catch (const geo::Error& e) {
        std::fprintf(stderr, "%s\n---\n%s\n", e.what(), json.c_str());
        vt_fuzz::fail("projectToJson wrote a project that parseProject rejects");
    }
    if (q.layers.size() != p.layers.size() || q.codePattern != p.codePattern || q.name != p.name)
        vt_fuzz::fail("projectToJson → parseProject changed the project");
    for (std::size_t i = 0; i < p.layers.size(); ++i)
        if (q.layers[i].id != p.layers[i].id || q.layers[i].path != p.layers[i].path ||
            q.layers[i].fields != p.layers[i].fields || q.layers[i].role != p.layers[i].role)
            vt_fuzz::fail("projectToJson → parseProject changed a layer");
    return 0;
}
