// vungtrong-demo-gen's command line: --help prints the usage (it once wrote
// a demo into a folder named "--help"), and an unknown option is refused
// without writing anything.
#include <gtest/gtest.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <string>

namespace {

namespace fs = std::filesystem;

struct GenRun {
    int status = -1;
    std::string out;
};

// Runs the generator in dir with args; stdout captured, stderr to stdout too when asked.
GenRun run(const fs::path& dir, const std::string& args, bool withStderr) {
    std::string command = "cd '" + dir.string() + "' && '" + std::string(VT_BINARY_DIR) + "/data/vungtrong-demo-gen" + "' " + args +
                          (withStderr ? " 2>&1" : " 2>/dev/null");
    GenRun r;
    FILE* p = ::popen(command.c_str(), "r");
    if (!p) return r;
    std::array<char, 4096> buf{};
    std::size_t n;
    while ((n = std::fread(buf.data(), 1, buf.size(), p)) > 0) r.out.append(buf.data(), n);
    const int status = ::pclose(p);
    r.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return r;
}

class DemoGenUsage : public ::testing::Test {
protected:
    void SetUp() override {
        std::string t = (fs::temp_directory_path() / "vt-demo-gen-XXXXXX").string();
        ASSERT_NE(::mkdtemp(t.data()), nullptr);
        dir_ = t;
    }
    void TearDown() override {
        std::error_code ec;
        fs::remove_all(dir_, ec);
    }
    bool empty() const { return fs::is_empty(dir_); }
    fs::path dir_;
};

TEST_F(DemoGenUsage, HelpPrintsUsageAndWritesNothing) {
    for (const char* flag : {"--help", "-h"}) {
        const GenRun r = run(dir_, flag, false);
        EXPECT_EQ(r.status, 0) << flag;
        EXPECT_EQ(r.out.rfind("usage: vungtrong-demo-gen OUTDIR\n", 0), 0u) << r.out;
        EXPECT_TRUE(empty()) << flag;
    }
}

TEST_F(DemoGenUsage, UnknownOptionsAndMissingFolderAreUsageErrors) {
    const GenRun unknown = run(dir_, "--out", true);
    EXPECT_EQ(unknown.status, 2);
    EXPECT_NE(unknown.out.find("unknown option --out"), std::string::npos) << unknown.out;
    EXPECT_EQ(run(dir_, "", false).status, 2);
    EXPECT_EQ(run(dir_, "a b", false).status, 2);
    EXPECT_TRUE(empty());
}

}  // namespace
