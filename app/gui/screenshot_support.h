#pragma once
// What vungtrong-screenshots and vungtrong-edit-screenshots share: the
// offscreen platform, the arguments PROJECT OUTDIR [vi|en], the main window
// at 1500×950 px on the project, and writing a widget's picture.
#include <QDir>
#include <QTextStream>
#include <memory>

#include "language.h"
#include "main_window.h"

namespace vt::gui::screenshots {

// Offscreen unless QT_QPA_PLATFORM says otherwise: call before the QApplication.
void useOffscreenPlatform();

struct Session {
    QDir dir;  // OUTDIR, made when missing
    std::unique_ptr<Language> language;
    std::unique_ptr<MainWindow> window;  // shown, non-interactive, on PROJECT
};

// Reads the arguments (usage names the tool) and opens the window; 0 when
// it is open, else the exit code after saying why on out.
int openSession(int argc, char** argv, const char* tool, QTextStream& out, Session& session);

// The widget as it is drawn, to path; says "wrote" or "FAILED" on out.
bool save(QWidget* widget, const QString& path, QTextStream& out);

}  // namespace vt::gui::screenshots
