#pragma once
// "Recover unsaved edits" (like a word processor's document recovery): shown
// when a project opens whose edit journal holds edits a VungTrong that did not
// close cleanly never saved. It says how many edits, of which layer, when and
// by whom; when the layer's file changed since, it says so and how many edits
// can still be applied safely, naming the others. Recover replays them into an
// edit session (undoable, not saved), Discard closes them in the journal,
// Later leaves them for next time (File ▸ Recover unsaved edits…).
#include <QDialog>
#include <QString>
#include <QStringList>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace vt::gui {

struct RecoverySummary {
    QString layerTitle;
    QString source;            // the layer's file
    int edits = 0;             // journal edits
    int applicable = 0;        // of them, those that can be applied to the file as it is now
    QStringList conflicts;     // the others: which feature, why
    QStringList users;         // OS users who made them
    QString firstTime, lastTime;  // ISO 8601 UTC
    bool sourceChanged = false;
    int otherLayers = 0;       // layers with unsaved edits too (recovered one layer at a time)
};

class RecoveryDialog : public QDialog {
    Q_OBJECT
public:
    enum class Choice { Recover, Discard, Later };
    explicit RecoveryDialog(const RecoverySummary& summary, QWidget* parent = nullptr);
    Choice choice() const { return choice_; }
    QPushButton* recoverButton() const { return recover_; }
    QPushButton* discardButton() const { return discard_; }
    QPushButton* laterButton() const { return later_; }
    QString message() const;  // the text shown, for tests and screenshots

    // "2026-01-30T10:15:00Z" in the interface's locale and the local time zone.
    static QString localTime(const QString& isoUtc);

private:
    QLabel *text_, *footer_;
    QPlainTextEdit* conflicts_;
    QPushButton *recover_, *discard_, *later_;
    Choice choice_ = Choice::Later;
};

}  // namespace vt::gui
