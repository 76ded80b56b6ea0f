#pragma once
// Started with no project: the question that offers the demo province
// installed with VungTrong (share/vungtrong/demo), or a project of one's own.
#include <QMessageBox>
#include <memory>

namespace vt::gui {

enum class StartChoice { Demo, OpenProject, Nothing };

// The dialog, unshown: main() runs it, a test renders it. Its buttons carry
// the object names "openDemo", "openProject" and "startEmpty".
std::unique_ptr<QMessageBox> makeDemoOffer(QWidget* parent);
StartChoice choiceOf(const QMessageBox& offer);

}  // namespace vt::gui
