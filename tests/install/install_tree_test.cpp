// The install tree (issue 17). The fixture install_tree_setup has run
// `cmake --install BUILD --prefix VT_PREFIX`; these tests run what it
// installed, from there, as a user of the package would.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <regex>
#include <set>
#include <sstream>
#include <string>
#include <unistd.h>

#include "cli_run.h"

namespace fs = std::filesystem;
using vt_test::runShell;

namespace {

const fs::path kPrefix = VT_PREFIX;
const std::string kAppId = VT_APP_ID;
const fs::path kDemo = kPrefix / "share/vungtrong/demo/soc-trang.vtproj";

std::string quoted(const fs::path& p) { return "'" + p.string() + "'"; }

std::string readFile(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// A private folder for one test's outputs and its HOME (no settings from a
// previous run choose the language).
fs::path scratch(const std::string& name) {
    fs::path dir = fs::temp_directory_path() / ("vt-install-" + name + "-" + std::to_string(::getpid()));
    fs::remove_all(dir);
    fs::create_directories(dir / "home");
    return dir;
}

// The environment of a user whose locale is LANG, with no display and no
// language chosen before; LC_ALL (ctest sets C.UTF-8) would override LANG.
std::string userEnv(const fs::path& home, const std::string& lang) {
    return "env -u LC_ALL -u LC_MESSAGES -u LANGUAGE -u DISPLAY -u WAYLAND_DISPLAY HOME=" + quoted(home) +
           " XDG_CONFIG_HOME=" + quoted(home / ".config") + " LANG=" + lang + " QT_QPA_PLATFORM=offscreen ";
}

}  // namespace

TEST(InstallTree, EverythingIsInItsXdgPlace) {
    const std::vector<std::string> expected = {
        "bin/vungtrong",
        "bin/vungtrong-cli",
        "libexec/vungtrong-report",  // what `vungtrong-cli report` runs (keeps Qt out of the CLI)
        "share/vungtrong/demo/soc-trang.vtproj",
        "share/vungtrong/demo/vung_trong.gpkg",
        "share/vungtrong/translations/vungtrong_vi.qm",
        "share/vungtrong/translations/vungtrong_en.qm",
        "share/applications/" + kAppId + ".desktop",
        "share/metainfo/" + kAppId + ".metainfo.xml",
        "share/mime/packages/" + kAppId + ".xml",
        "share/icons/hicolor/scalable/apps/" + kAppId + ".svg",
        "share/icons/hicolor/16x16/apps/" + kAppId + ".png",
        "share/icons/hicolor/48x48/apps/" + kAppId + ".png",
        "share/icons/hicolor/256x256/apps/" + kAppId + ".png",
        "share/man/man1/vungtrong-cli.1.gz",
        "share/man/man1/vungtrong.1.gz",
        "share/bash-completion/completions/vungtrong-cli",
        "share/doc/vungtrong/copyright",
        "share/doc/vungtrong/changelog.gz",
    };
    for (const auto& rel : expected) EXPECT_TRUE(fs::is_regular_file(kPrefix / rel)) << rel;
    // The installed demo is the source demo, file for file.
    std::size_t files = 0;
    for (const auto& entry : fs::directory_iterator(fs::path(VT_SOURCE_DIR) / "data/demo")) {
        ++files;
        EXPECT_EQ(readFile(entry.path()), readFile(kPrefix / "share/vungtrong/demo" / entry.path().filename()))
            << entry.path();
    }
    EXPECT_GT(files, 20u);
}

TEST(InstallTree, NoInstalledFileNamesTheBuildOrSourceTree) {
    // The installed programs find their data relative to themselves: a build-
    // or source-tree path in any installed file would break the package.
    // Debug information names the sources by design: a program is scanned
    // without it, as the package strips it. AddressSanitizer also names each
    // module's source for its reports, so its build checks only data files.
    const std::vector<std::string> treePaths = {VT_BINARY_DIR, VT_SOURCE_DIR};
    fs::path dir = scratch("paths");
    for (const auto& entry : fs::recursive_directory_iterator(kPrefix)) {
        if (!entry.is_regular_file()) continue;
        std::string bytes = readFile(entry.path());
        if (bytes.rfind("\x7f" "ELF", 0) == 0) {
            if (VT_SANITIZED) continue;
            auto strip = runShell("objcopy --strip-debug " + quoted(entry.path()) + " " + quoted(dir / "stripped"));
            ASSERT_EQ(strip.status, 0) << strip.err;
            bytes = readFile(dir / "stripped");
        }
        for (const auto& tree : treePaths)
            EXPECT_EQ(bytes.find(tree), std::string::npos) << entry.path() << " contains " << tree;
    }
    fs::remove_all(dir);
}

TEST(InstallTree, InstalledCliStatsOfTheInstalledDemoEqualTheBuildTrees) {
    auto installed = runShell(quoted(kPrefix / "bin/vungtrong-cli") + " stats " + quoted(kDemo) + " --format csv");
    ASSERT_EQ(installed.status, 0) << installed.err;
    auto build = runShell(std::string("'") + VT_CLI + "' stats '" + VT_SOURCE_DIR +
                          "/data/demo/soc-trang.vtproj' --format csv");
    ASSERT_EQ(build.status, 0) << build.err;
    EXPECT_EQ(installed.out, build.out);
    // 11 zone rows and the total: the whole table, not an empty agreement.
    EXPECT_EQ(std::count(installed.out.begin(), installed.out.end(), '\n'), 13) << installed.out;

    auto version = runShell(quoted(kPrefix / "bin/vungtrong-cli") + " --version");
    EXPECT_EQ(version.status, 0);
    EXPECT_EQ(version.out, std::string("vungtrong-cli ") + VT_VERSION + "\n");
}

TEST(InstallTree, InstalledAppRendersTheInstalledDemoInVietnamese) {
    fs::path dir = scratch("render");
    auto r = runShell(userEnv(dir / "home", "vi_VN.UTF-8") + quoted(kPrefix / "bin/vungtrong") + " --render " +
                      quoted(dir / "out") + " " + quoted(kDemo));
    ASSERT_EQ(r.status, 0) << r.out << r.err;
    // The summary's Vietnamese (app/i18n/translate_vi.py): the translations loaded.
    EXPECT_NE(r.out.find("bản đồ: " + (dir / "out/map.png").string()), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("thống kê: "), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("kiểm tra dữ liệu: 1 lỗi, 2 cảnh báo, 1 ghi chú"), std::string::npos) << r.out;
    // A PNG, and the zones table the CLI exports from the same installed demo.
    std::string png = readFile(dir / "out/map.png");
    ASSERT_GT(png.size(), 10000u);
    EXPECT_EQ(png.substr(0, 8), std::string("\x89PNG\r\n\x1a\n", 8));
    auto table = runShell(quoted(kPrefix / "bin/vungtrong-cli") + " export " + quoted(kDemo) +
                          " --table zones --format csv --out " + quoted(dir / "zones.csv"));
    ASSERT_EQ(table.status, 0) << table.err;
    EXPECT_EQ(readFile(dir / "out/statistics.csv"), readFile(dir / "zones.csv"));
    fs::remove_all(dir);
}

TEST(InstallTree, TranslationsComeFromShareBesideTheExecutable) {
    // A relocated copy (bin/ and share/vungtrong/translations only) whose
    // vungtrong_vi.qm is the English file: a Vietnamese user then reads
    // English, which only the file beside the executable can have caused (the
    // copy compiled into the binary is Vietnamese).
    fs::path dir = scratch("relocated");
    fs::create_directories(dir / "tree/bin");
    fs::create_directories(dir / "tree/share/vungtrong/translations");
    fs::copy_file(kPrefix / "bin/vungtrong", dir / "tree/bin/vungtrong");
    fs::copy_file(kPrefix / "share/vungtrong/translations/vungtrong_en.qm",
                  dir / "tree/share/vungtrong/translations/vungtrong_vi.qm");
    fs::copy_file(kPrefix / "share/vungtrong/translations/vungtrong_en.qm",
                  dir / "tree/share/vungtrong/translations/vungtrong_en.qm");
    // No project and no display: the shortest run that prints a translated line.
    auto swapped = runShell(userEnv(dir / "home", "vi_VN.UTF-8") + quoted(dir / "tree/bin/vungtrong"));
    EXPECT_EQ(swapped.status, 2);
    EXPECT_NE(swapped.err.find("no display; give a project to render"), std::string::npos) << swapped.err;

    auto installed = runShell(userEnv(dir / "home", "vi_VN.UTF-8") + quoted(kPrefix / "bin/vungtrong"));
    EXPECT_EQ(installed.status, 2);
    EXPECT_NE(installed.err.find("không có màn hình; hãy chỉ định dự án cần xuất bản đồ"), std::string::npos)
        << installed.err;
    auto english = runShell(userEnv(dir / "home", "en_GB.UTF-8") + quoted(kPrefix / "bin/vungtrong"));
    EXPECT_NE(english.err.find("no display; give a project to render"), std::string::npos) << english.err;
    fs::remove_all(dir);
}

TEST(InstallTree, ManPagesListEveryOptionOfHelp) {
    // Each option the installed CLI's --help prints is in its man page (the
    // page is generated from the same table; roff writes '-' as "\-").
    auto help = runShell(quoted(kPrefix / "bin/vungtrong-cli") + " --help");
    ASSERT_EQ(help.status, 0);
    auto page = runShell("gzip -dc " + quoted(kPrefix / "share/man/man1/vungtrong-cli.1.gz"));
    ASSERT_EQ(page.status, 0) << page.err;
    std::set<std::string> options;
    std::regex option(R"(^\s+(--[a-z-]+)\b)");
    std::istringstream lines(help.out);
    for (std::string line; std::getline(lines, line);)
        if (std::smatch m; std::regex_search(line, m, option)) options.insert(m[1]);
    EXPECT_GT(options.size(), 25u);
    for (const auto& o : options) {
        std::string roff = std::regex_replace(o, std::regex("-"), "\\-");
        // ".B \-\-flag" or ".BI "\-\-option " "ARG"" (app/man/roff.h).
        bool found = page.out.find(".B " + roff + "\n") != std::string::npos ||
                     page.out.find(".BI \"" + roff + " \"") != std::string::npos;
        EXPECT_TRUE(found) << o;
    }
    for (const char* command : {"info", "area", "export", "stats", "validate"})
        EXPECT_NE(page.out.find(std::string(".SS \"") + command), std::string::npos) << command;

    auto gui = runShell("gzip -dc " + quoted(kPrefix / "share/man/man1/vungtrong.1.gz"));
    ASSERT_EQ(gui.status, 0);
    fs::path dir = scratch("help");
    auto guiHelp = runShell(userEnv(dir / "home", "C.UTF-8") + quoted(kPrefix / "bin/vungtrong") + " --help");
    fs::remove_all(dir);
    for (const char* o : {"--render", "--lang", "--help", "--version"}) {
        EXPECT_NE(guiHelp.out.find(o), std::string::npos) << o << " in --help";
        EXPECT_NE(gui.out.find(std::regex_replace(std::string(o), std::regex("-"), "\\-")), std::string::npos) << o;
    }
}

TEST(InstallTree, BashCompletionOffersCommandsAndChoices) {
    // bash-completion's own loader, then the installed script, on typed lines.
    std::string script =
        "source /usr/share/bash-completion/bash_completion; source " +
        quoted(kPrefix / "share/bash-completion/completions/vungtrong-cli") +
        "; complete_line() { COMP_LINE=\"$1\"; COMP_POINT=${#COMP_LINE}; read -r -a COMP_WORDS <<< \"$COMP_LINE\";"
        " [[ $COMP_LINE == *' ' ]] && COMP_WORDS+=(''); COMP_CWORD=$(( ${#COMP_WORDS[@]} - 1 )); COMPREPLY=();"
        " _vungtrong_cli; echo \"${COMPREPLY[*]}\"; };"
        " complete_line 'vungtrong-cli st'; complete_line 'vungtrong-cli stats --format ';"
        " complete_line 'vungtrong-cli validate --fail-on w'";
    fs::path file = scratch("completion") / "complete.sh";
    std::ofstream(file) << script;
    auto r = runShell("bash " + quoted(file));
    ASSERT_EQ(r.status, 0) << r.err;
    EXPECT_EQ(r.out, "stats\ntable csv json\nwarning\n");
    fs::remove_all(file.parent_path());
}

TEST(InstallTree, DesktopEntryMetainfoAndMimeTypeValidate) {
    auto desktop = runShell("desktop-file-validate " + quoted(kPrefix / ("share/applications/" + kAppId + ".desktop")));
    EXPECT_EQ(desktop.status, 0) << desktop.out << desktop.err;
    EXPECT_EQ(desktop.out, "") << "desktop-file-validate warns";
    auto metainfo = runShell("appstreamcli validate --no-net --pedantic " +
                             quoted(kPrefix / ("share/metainfo/" + kAppId + ".metainfo.xml")));
    EXPECT_EQ(metainfo.status, 0) << metainfo.out << metainfo.err;
    // The MIME database built from the installed entry (in a copy, the prefix
    // stays as installed) maps *.vtproj to the project type.
    fs::path dir = scratch("mime");
    fs::create_directories(dir / "mime/packages");
    fs::copy_file(kPrefix / ("share/mime/packages/" + kAppId + ".xml"), dir / "mime/packages/vt.xml");
    auto update = runShell("update-mime-database " + quoted(dir / "mime"));
    ASSERT_EQ(update.status, 0) << update.err;
    EXPECT_NE(readFile(dir / "mime/globs2").find("application/x-vungtrong-project:*.vtproj"), std::string::npos);
    EXPECT_TRUE(fs::is_regular_file(dir / "mime/application/x-vungtrong-project.xml"));
    // The desktop entry opens that type.
    std::string entry = readFile(kPrefix / ("share/applications/" + kAppId + ".desktop"));
    EXPECT_NE(entry.find("MimeType=application/x-vungtrong-project;"), std::string::npos);
    EXPECT_NE(entry.find("Name[vi]="), std::string::npos);
    fs::remove_all(dir);
}
