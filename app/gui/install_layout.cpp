#include "install_layout.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace vt::gui {

QString installedDataDir() {
    // applicationDirPath() is the executable's folder with symlinks resolved
    // (/proc/self/exe), so a symlink in ~/bin still finds the real tree.
    QFileInfo dir(QCoreApplication::applicationDirPath() + QStringLiteral("/../share/vungtrong"));
    return dir.isDir() ? dir.canonicalFilePath() : QString();
}

QString installedDemoProject() {
    QString data = installedDataDir();
    if (data.isEmpty()) return {};
    QFileInfo project(data + QStringLiteral("/demo/soc-trang.vtproj"));
    return project.isFile() ? project.canonicalFilePath() : QString();
}

QString installedTranslationsDir() {
    QString data = installedDataDir();
    if (data.isEmpty()) return {};
    QFileInfo dir(data + QStringLiteral("/translations"));
    return dir.isDir() ? dir.canonicalFilePath() : QString();
}

}  // namespace vt::gui
