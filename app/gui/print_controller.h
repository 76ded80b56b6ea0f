#pragma once
// The map window's printing: File ▸ Export map… (the print layout dialog,
// then a PDF or PNG) and File ▸ Export atlas… (a PDF page per zone of the
// zones the statistics are by, with progress and cancel). Kept out of
// MainWindow so it only wires two actions.
#include <QObject>

class QAction;

namespace vt::gui {

class MainWindow;

class PrintController : public QObject {
    Q_OBJECT
public:
    explicit PrintController(MainWindow* window);
    QAction* atlasAction() const { return atlasAct_; }

public slots:
    void exportMap();
    void exportAtlas();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;  // LanguageChange → retranslate

private:
    void retranslate();
    MainWindow* window_;
    QAction* atlasAct_;
};

}  // namespace vt::gui
