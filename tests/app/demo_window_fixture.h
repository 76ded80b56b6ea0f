#pragma once
// A main window on a project, opened once for the tests of a suite (each
// opening of the demo costs CI time) and in English. A suite derives from
// DemoWindowSuite; SetUpTestSuite opens the demo, SetUp checks that it opened.
#include <QString>

#include "app_test_support.h"
#include "document.h"
#include "language.h"
#include "main_window.h"

namespace vt::gui::apptest {

class DemoWindowSuite : public ::testing::Test {
protected:
    static void SetUpTestSuite() { openWindow(demoProject()); }
    static void TearDownTestSuite() { closeWindow(); }
    void SetUp() override { ASSERT_TRUE(opened) << window->lastError().toStdString(); }

    // A non-interactive window of 1200×800 px on project (shown, unless show is false).
    static void openWindow(const QString& project, bool show = true) {
        language = new Language;
        if (!language->setLanguage(QStringLiteral("en"))) ADD_FAILURE() << "the English translation did not load";
        window = new MainWindow(language);
        window->setInteractive(false);
        window->resize(1200, 800);
        if (show) window->show();
        opened = window->openProject(project);
    }
    static void closeWindow() {
        delete window;
        delete language;
        window = nullptr;
        language = nullptr;
        opened = false;
    }
    static const Document& doc() { return *window->document(); }

    // One window at a time: gtest runs the suites one after another.
    static inline Language* language = nullptr;
    static inline MainWindow* window = nullptr;
    static inline bool opened = false;
};

}  // namespace vt::gui::apptest
