// Headers precompiled for the test suites (VT_PRECOMPILED_HEADERS): every
// test file includes GoogleTest; most include these standard headers and the
// JSON reader. Listing a header here changes no meaning, only build time.
#pragma once

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <sstream>
#include <string>
#include <vector>
