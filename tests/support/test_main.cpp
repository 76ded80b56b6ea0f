// The main() of every test executable. The environment the tests are written
// for is set here, not by ctest: ctest's ENVIRONMENT property reached the
// discovered tests only up to its first ';', and a test binary run by hand
// must behave as under ctest.
#include <gtest/gtest.h>

#include <cstdio>
#include <cstdlib>

namespace {

void setOrDie(const char* name, const char* value) {
    if (setenv(name, value, 1) != 0) {
        std::perror(name);
        std::exit(2);
    }
}

}  // namespace

int main(int argc, char** argv) {
    setOrDie("PROJ_NETWORK", "OFF");          // grids come from the machine, never the network
    setOrDie("LC_ALL", "C.UTF-8");            // messages and numbers as the tests expect, whatever the user's locale
    setOrDie("QT_QPA_PLATFORM", "offscreen");  // GUI tests draw offscreen, display or not
    testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
