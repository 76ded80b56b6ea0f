#pragma once
// An edit of the project as the swap of two immutable documents, so undo and
// redo restore exactly what was shown (layers, links and statistics).
#include <QUndoCommand>

#include <memory>

#include "document.h"
#include "main_window.h"

namespace vt::gui {

class DocumentChange : public QUndoCommand {
public:
    DocumentChange(MainWindow* window, std::shared_ptr<Document> before, std::shared_ptr<Document> after,
                   const QString& text)
        : QUndoCommand(text), window_(window), before_(std::move(before)), after_(std::move(after)) {}
    void undo() override { window_->setDocument(before_, true); }
    void redo() override { window_->setDocument(after_, true); }

private:
    MainWindow* window_;
    std::shared_ptr<Document> before_, after_;
};

}  // namespace vt::gui
