// vungtrong: the map application. With a display it opens the main window
// (on PROJECT when given, else offering the installed demo); without one, or
// with --render OUTDIR, it renders the project's map and statistics to files
// and says where.
#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QSettings>
#include <QTextStream>

#include <cstdio>
#include <string>
#include <cstdlib>
#include <exception>
#include <string_view>

#include <iostream>

#include "demo_offer.h"
#include "gui_options.h"
#include "headless.h"
#include "install_layout.h"
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

// The app's icon from the resources (app/desktop/icons), every size drawn.
QIcon applicationIcon() {
    QIcon icon;
    for (int size : {16, 32, 48, 64, 128, 256})
        icon.addFile(QStringLiteral(":/icons/%1.png").arg(size), QSize(size, size));
    return icon;
}

}  // namespace

int main(int argc, char** argv) {
    // Hidden: the build makes vungtrong(1) with it; no window system involved.
    if (argc == 2 && std::string_view(argv[1]) == "--help-man") {
        vt::gui::printGuiManPage(QStringLiteral(VT_VERSION), std::cout);
        return std::cout.flush() ? 0 : 1;
    }
    const bool headless = wantsRender(argc, argv) || !hasDisplay();
    // Without a display the window system plugin would abort: render offscreen.
    if (headless && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    if (headless) vt::gui::ensurePrivateRuntimeDir();

    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("VungTrong"));
    QApplication::setOrganizationName(QStringLiteral("VungTrong"));
    QApplication::setApplicationVersion(QStringLiteral(VT_VERSION));
    // The desktop file's name: Wayland compositors match the window to its icon and entry by it.
    QGuiApplication::setDesktopFileName(QStringLiteral(VT_APP_ID));
    QApplication::setWindowIcon(applicationIcon());

    QCommandLineParser parser;
    parser.setApplicationDescription(vt::gui::applicationDescription());
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("PROJECT"), QStringLiteral("a .vtproj project file to open"));
    const QCommandLineOption render = vt::gui::parserOption(QStringLiteral("render"));
    const QCommandLineOption lang = vt::gui::parserOption(QStringLiteral("lang"));
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
            return vt::gui::refuseHeadlessWithoutProject(err);
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
    if (!positional.isEmpty()) {
        window.openProject(positional.front());
    } else if (!vt::gui::installedDemoProject().isEmpty()) {
        auto offer = vt::gui::makeDemoOffer(&window);
        offer->exec();
        switch (vt::gui::choiceOf(*offer)) {
            case vt::gui::StartChoice::Demo: window.openProject(vt::gui::installedDemoProject()); break;
            case vt::gui::StartChoice::OpenProject: window.chooseAndOpenProject(); break;
            case vt::gui::StartChoice::Nothing: break;
        }
    }
    return app.exec();
}
