#pragma once
// Shared by tests/app/*_test.cpp: one QApplication per test executable
// (gtest_main provides main(), so a global Environment creates it), and the
// demo project's path. ctest sets QT_QPA_PLATFORM=offscreen.
#include <gtest/gtest.h>

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QString>
#include <memory>

namespace vt::gui::apptest {

class QtEnvironment : public ::testing::Environment {
public:
    void SetUp() override {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
        QStandardPaths::setTestModeEnabled(true);  // QSettings of tests never touch the user's
        static int argc = 1;
        static char name[] = "app_test";
        static char* argv[] = {name, nullptr};
        app_ = std::make_unique<QApplication>(argc, argv);
        QApplication::setOrganizationName(QStringLiteral("VungTrongTests"));
        QApplication::setApplicationName(QStringLiteral("VungTrongTests"));
    }
    void TearDown() override { app_.reset(); }

private:
    std::unique_ptr<QApplication> app_;
};

inline QString demoProject() { return QStringLiteral(VT_SOURCE_DIR "/data/demo/soc-trang.vtproj"); }

// Copies data/demo's files into `folder` for a test that edits: the app
// journals every edit beside the project (journal_recorder.h), so editing the
// demo itself would write into the source tree. An edit journal found there
// (a user's session) is left behind: the copy starts with none.
inline bool copyDemoTo(const QString& folder) {
    QDir demo(QStringLiteral(VT_SOURCE_DIR "/data/demo"));
    for (const QString& name : demo.entryList(QDir::Files)) {
        if (name.endsWith(QStringLiteral(".edits.jsonl"))) continue;
        if (!QFile::copy(demo.filePath(name), QDir(folder).filePath(name))) return false;
    }
    return true;
}

}  // namespace vt::gui::apptest

// Registered before gtest_main's RUN_ALL_TESTS (static initialisation).
inline ::testing::Environment* const vtQtEnvironment =
    ::testing::AddGlobalTestEnvironment(new vt::gui::apptest::QtEnvironment);
