// vungtrong: the map application. With a display it opens the main window
// (on PROJECT when given); without one, or with --render OUTDIR, it renders
// the project's map and statistics to files and says where.
#include <QApplication>
#include <QCommandLineParser>
#include <QSettings>
#include <QTextStream>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <string>
#include <cstdlib>
#include <exception>
#include <string_view>

#include "headless.h"
#include "language.h"
#include "main_window.h"

namespace {

bool hasDisplay() {
    return !qEnvironmentVariableIsEmpty("DISPLAY") || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
}

bool wantsRender(int argc, char** argv) {
    for (int i = 1; i < argc; ++i)
        if (std::string_view(argv[i]) == "--render" || std::string_view(argv[i]).starts_with("--render="))
            return true;
    return false;
}

}  // namespace

int main(int argc, char** argv) {
    const bool headless = wantsRender(argc, argv) || !hasDisplay();
    // Without a display the window system plugin would abort: render offscreen.
    if (headless && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    // Servers and CI have no session runtime folder; give Qt a private one
    // rather than a warning on every run.
    if (headless && qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
        std::string dir = "/tmp/vungtrong-runtime-" + std::to_string(::getuid());
        if (::mkdir(dir.c_str(), 0700) == 0 || errno == EEXIST) {
            struct stat st {};
            if (::stat(dir.c_str(), &st) == 0 && st.st_uid == ::getuid() && (st.st_mode & 0777) == 0700)
                qputenv("XDG_RUNTIME_DIR", QByteArray(dir.c_str()));
        }
    }

    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("VungTrong"));
    QApplication::setOrganizationName(QStringLiteral("VungTrong"));
    QApplication::setApplicationVersion(QStringLiteral("0.1.0"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("VungTrong: planting areas, cooperatives and investments on a map."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("PROJECT"), QStringLiteral("a .vtproj project file to open"));
    QCommandLineOption render(QStringLiteral("render"),
                              QStringLiteral("render the map (map.png) and statistics (statistics.csv) into OUTDIR "
                                             "and exit; the default without a display (OUTDIR ./vungtrong-output)"),
                              QStringLiteral("OUTDIR"));
    QCommandLineOption lang(QStringLiteral("lang"), QStringLiteral("interface language: vi or en"),
                            QStringLiteral("LANG"));
    parser.addOption(render);
    parser.addOption(lang);
    parser.process(app);

    vt::gui::Language language;
    QSettings settings;
    QString code = parser.isSet(lang) ? parser.value(lang)
                                      : settings.value(QStringLiteral("language"), vt::gui::Language::systemDefault())
                                            .toString();
    if (!language.setLanguage(code)) language.setLanguage(QStringLiteral("en"));

    const QStringList positional = parser.positionalArguments();
    if (headless) {
        QTextStream out(stdout), err(stderr);
        if (positional.isEmpty()) {
            err << "vungtrong: no display; give a project to render: vungtrong PROJECT [--render OUTDIR]\n";
            return 2;
        }
        QString outDir = parser.isSet(render) ? parser.value(render) : QStringLiteral("vungtrong-output");
        try {
            return vt::gui::runHeadless(positional.front(), outDir, out, err);
        } catch (const std::exception& e) {  // never an abort on a file a user gave
            err << "vungtrong: " << positional.front() << ": unexpected error: " << e.what() << "\n";
        } catch (...) {
            err << "vungtrong: " << positional.front() << ": unexpected error of an unknown kind\n";
        }
        return 1;
    }

    vt::gui::MainWindow window(&language);
    window.show();
    if (!positional.isEmpty()) window.openProject(positional.front());
    return app.exec();
}
