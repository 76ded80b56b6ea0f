#pragma once
// One main window on a copy of the demo project for the editing suites
// (editing_test.cpp, split_selection_test.cpp): opened once per suite (the
// slow part), and each test starts from the document as opened, English, no
// editing session, snapping on, an empty History, nothing selected. Also
// the mouse events those suites send to the map.
#include <QCoreApplication>
#include <QMouseEvent>
#include <QTemporaryDir>
#include <QUndoStack>
#include <memory>
#include <vector>

#include "app_test_support.h"
#include "edit_controller.h"
#include "geo/layer.h"
#include "language.h"
#include "main_window.h"
#include "map_canvas.h"

namespace vt::gui::apptest {

inline void sendMouse(QWidget* w, QEvent::Type type, QPointF pos, Qt::KeyboardModifiers mods = {}) {
    Qt::MouseButtons buttons = type == QEvent::MouseButtonRelease ? Qt::NoButton : Qt::LeftButton;
    QMouseEvent e(type, pos, w->mapToGlobal(pos), Qt::LeftButton, buttons, mods);
    QCoreApplication::sendEvent(w, &e);
}

inline void clickAt(QWidget* w, QPointF pos, Qt::KeyboardModifiers mods = {}) {
    sendMouse(w, QEvent::MouseButtonPress, pos, mods);
    sendMouse(w, QEvent::MouseButtonRelease, pos, mods);
}

// The same features, fid for fid: attributes and geometry identical.
inline bool sameFeatures(const std::vector<geo::Feature>& a, const std::vector<geo::Feature>& b) {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (a[i].fid != b[i].fid || a[i].attributes != b[i].attributes || !(a[i].geometry == b[i].geometry))
            return false;
    return true;
}

class EditingWindowSuite : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        language = std::make_unique<Language>();
        window = std::make_unique<MainWindow>(language.get());
        window->setInteractive(false);
        window->resize(1100, 800);
        window->show();
        // A copy: editing journals every edit beside the project (journal_recorder.h).
        copy = std::make_unique<QTemporaryDir>();
        if (!copyDemoTo(copy->path())) return;
        if (window->openProject(copy->filePath(QStringLiteral("soc-trang.vtproj")))) pristine = window->document();
    }
    static void TearDownTestSuite() {
        pristine.reset();
        window.reset();
        language.reset();
        copy.reset();
    }
    void SetUp() override {
        ASSERT_TRUE(pristine) << window->lastError().toStdString();
        ASSERT_TRUE(language->setLanguage(QStringLiteral("en")));
        window->setDocument(std::const_pointer_cast<Document>(pristine), true);
        editor = window->editController();
        ASSERT_TRUE(editor->stopEditing());  // nothing to discard: the document is as opened
        editor->snappingAction()->setChecked(true);  // the default
        window->undoStack()->clear();
        window->selection()->clear();
        canvas = window->canvas();
    }

    static const Document& doc() { return *window->document(); }
    static const std::vector<geo::Feature>& plantingFeatures() {
        return doc().loaded(doc().plantings).normalised.features;
    }
    static std::string plantingsId() { return doc().layers[static_cast<std::size_t>(doc().plantings)].id; }

    static inline std::unique_ptr<Language> language;
    static inline std::unique_ptr<MainWindow> window;
    static inline DocumentPtr pristine;
    static inline std::unique_ptr<QTemporaryDir> copy;
    EditController* editor = nullptr;
    MapCanvas* canvas = nullptr;
};

}  // namespace vt::gui::apptest
