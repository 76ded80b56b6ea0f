#include "recovery_dialog.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStyle>
#include <QHBoxLayout>
#include <QVBoxLayout>

namespace vt::gui {

QString RecoveryDialog::localTime(const QString& isoUtc) {
    QDateTime t = QDateTime::fromString(isoUtc, Qt::ISODate);
    if (!t.isValid()) return isoUtc;
    return QLocale().toString(t.toLocalTime(), QLocale::ShortFormat);
}

RecoveryDialog::RecoveryDialog(const RecoverySummary& s, QWidget* parent) : QDialog(parent) {
    setObjectName(QStringLiteral("recoveryDialog"));
    setWindowTitle(tr("Recover unsaved edits"));
    auto* icon = new QLabel(this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(48, 48));
    icon->setAlignment(Qt::AlignTop);

    QStringList parts;
    parts << tr("VungTrong did not close cleanly while %1 was being edited: %n edit(s) were not saved to its file.",
                nullptr, s.edits)
                 .arg(QStringLiteral("<b>%1</b>").arg(s.layerTitle.toHtmlEscaped()));
    const QString from = localTime(s.firstTime), to = localTime(s.lastTime);
    parts << (from == to ? tr("Made %1 by %2.").arg(from, s.users.join(QStringLiteral(", ")).toHtmlEscaped())
                         : tr("Made from %1 to %2 by %3.").arg(from, to, s.users.join(QStringLiteral(", ")).toHtmlEscaped()));
    if (s.sourceChanged)
        parts << tr("The file %1 changed since these edits were made, or this cannot be told: they are applied only "
                    "to features that are still as the edits found them. %2 of %n edit(s) can be applied.",
                    nullptr, s.edits)
                     .arg(s.source.toHtmlEscaped())
                     .arg(s.applicable);
    if (!s.conflicts.isEmpty())
        parts << tr("These edits cannot be applied (they stay in the audit log: History ▸ Export audit log):");
    QStringList after;
    after << tr("Recover puts them back as edits not yet saved, one step you can undo; Save edits writes them: "
                "the file is not changed until then. Discard drops them; Later asks again next time.");
    if (s.otherLayers > 0)
        after << tr("%n other layer(s) have unsaved edits too: recover them afterwards with File ▸ Recover unsaved "
                    "edits….",
                    nullptr, s.otherLayers);
    text_ = new QLabel(parts.join(QStringLiteral("<br><br>")), this);
    text_->setObjectName(QStringLiteral("recoveryText"));
    text_->setTextFormat(Qt::RichText);
    text_->setWordWrap(true);
    text_->setMinimumWidth(460);

    conflicts_ = new QPlainTextEdit(s.conflicts.join(QLatin1Char('\n')), this);
    conflicts_->setObjectName(QStringLiteral("recoveryConflicts"));
    conflicts_->setReadOnly(true);
    conflicts_->setVisible(!s.conflicts.isEmpty());
    conflicts_->setMaximumHeight(120);
    footer_ = new QLabel(after.join(QStringLiteral("<br><br>")), this);
    footer_->setTextFormat(Qt::RichText);
    footer_->setWordWrap(true);

    auto* buttons = new QDialogButtonBox(this);
    recover_ = buttons->addButton(tr("Recover"), QDialogButtonBox::AcceptRole);
    discard_ = buttons->addButton(tr("Discard"), QDialogButtonBox::DestructiveRole);
    later_ = buttons->addButton(tr("Later"), QDialogButtonBox::RejectRole);
    recover_->setEnabled(s.applicable > 0);
    recover_->setDefault(s.applicable > 0);
    connect(recover_, &QPushButton::clicked, this, [this] {
        choice_ = Choice::Recover;
        accept();
    });
    connect(discard_, &QPushButton::clicked, this, [this] {
        choice_ = Choice::Discard;
        accept();
    });
    connect(later_, &QPushButton::clicked, this, [this] {
        choice_ = Choice::Later;
        reject();
    });

    auto* top = new QHBoxLayout;
    top->addWidget(icon);
    top->addWidget(text_, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(conflicts_);
    layout->addWidget(footer_);
    layout->addWidget(buttons);
}

QString RecoveryDialog::message() const {
    QString plain = text_->text() + QStringLiteral("<br><br>") + footer_->text();
    plain.replace(QStringLiteral("<br>"), QStringLiteral("\n"));
    plain.remove(QStringLiteral("<b>")).remove(QStringLiteral("</b>"));
    return plain;
}

}  // namespace vt::gui
