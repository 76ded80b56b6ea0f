#pragma once
// The message of the geo::Error a call throws, for tests that check what an
// error names (a test failure when it throws none).
#include <gtest/gtest.h>

#include <string>

#include "geo/error.h"
#include "geo/project.h"

namespace vt_test {

template <typename F>
std::string errorOf(F&& f) {
    try {
        f();
    } catch (const geo::Error& e) {
        return e.what();
    }
    ADD_FAILURE() << "expected a geo::Error";
    return {};
}

// The message of the ProjectError parsing a project's JSON text throws.
inline std::string projectError(const std::string& json) {
    try {
        geo::parseProject(json, "/data/p.vtproj");
    } catch (const geo::ProjectError& e) {
        return e.what();
    }
    ADD_FAILURE() << "expected a ProjectError for " << json;
    return {};
}

}  // namespace vt_test
