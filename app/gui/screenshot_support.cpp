#include "screenshot_support.h"

#include <QApplication>

namespace vt::gui::screenshots {

void useOffscreenPlatform() {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
}

int openSession(int argc, char** argv, const char* tool, QTextStream& out, Session& session) {
    // Settings of their own: the user's window layout never shapes a screenshot.
    QApplication::setOrganizationName(QStringLiteral("VungTrongScreenshots"));
    if (argc < 3) {
        out << "usage: " << tool << " PROJECT OUTDIR [vi|en]\n";
        return 2;
    }
    session.dir = QDir(QString::fromLocal8Bit(argv[2]));
    session.dir.mkpath(QStringLiteral("."));
    session.language = std::make_unique<Language>();
    session.language->setLanguage(argc > 3 ? QString::fromLocal8Bit(argv[3]) : QStringLiteral("vi"));
    session.window = std::make_unique<MainWindow>(session.language.get());
    MainWindow& window = *session.window;
    window.setInteractive(false);
    window.resize(1500, 950);
    window.show();
    if (!window.openProject(QString::fromLocal8Bit(argv[1]))) {
        out << "cannot open: " << window.lastError() << "\n";
        return 1;
    }
    return 0;
}

bool save(QWidget* widget, const QString& path, QTextStream& out) {
    QCoreApplication::processEvents();
    bool ok = widget->grab().save(path);
    out << (ok ? "wrote " : "FAILED ") << path << "\n";
    return ok;
}

}  // namespace vt::gui::screenshots
