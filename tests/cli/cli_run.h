#pragma once
// Runs the real vungtrong-cli (VT_CLI) or a shell command for the CLI tests,
// capturing stdout, stderr and the exit status.
#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <atomic>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>

namespace vt_test {

struct CliRun {
    int status = -1;
    std::string out;
    std::string err;
};

inline CliRun runShell(const std::string& shellCommand) {
    static std::atomic<int> counter{0};
    std::string errFile = (std::filesystem::temp_directory_path() /
                           ("vt-cli-err-" + std::to_string(::getpid()) + "-" + std::to_string(counter++)))
                              .string();
    std::string command = shellCommand + " 2>'" + errFile + "'";
    CliRun r;
    FILE* p = ::popen(command.c_str(), "r");
    if (!p) return r;
    std::array<char, 4096> buf{};
    std::size_t n;
    while ((n = std::fread(buf.data(), 1, buf.size(), p)) > 0) r.out.append(buf.data(), n);
    int status = ::pclose(p);
    r.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    std::ifstream e(errFile);
    r.err.assign(std::istreambuf_iterator<char>(e), std::istreambuf_iterator<char>());
    std::error_code ec;
    std::filesystem::remove(errFile, ec);
    return r;
}

inline CliRun runCli(const std::string& args) { return runShell(std::string("'") + VT_CLI + "' " + args); }

}  // namespace vt_test
