// The shared main (test_main.cpp) is what every test executable runs: without
// it PROJ may reach the network and GUI tests need a display.
#include <gtest/gtest.h>

#include <cstdlib>
#include <string>

namespace {

std::string env(const char* name) {
    const char* value = std::getenv(name);
    return value ? value : "<unset>";
}

TEST(TestEnvironment, IsSetByTheSharedMain) {
    EXPECT_EQ(env("PROJ_NETWORK"), "OFF");
    EXPECT_EQ(env("LC_ALL"), "C.UTF-8");
    EXPECT_EQ(env("QT_QPA_PLATFORM"), "offscreen");
}

}  // namespace
