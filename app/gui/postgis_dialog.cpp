#include "postgis_dialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include "document.h"

namespace vt::gui {

PostgisConnectionForm::PostgisConnectionForm(QWidget* parent) : QWidget(parent) {
    auto field = [this](const QString& placeholder) {
        auto* e = new QLineEdit(this);
        e->setPlaceholderText(placeholder);
        connect(e, &QLineEdit::textChanged, this, &PostgisConnectionForm::changed);
        return e;
    };
    service_ = field(tr("a [name] of pg_service.conf"));
    host_ = field(tr("or the server, e.g. gis.sonnptnt.local"));
    port_ = field(QStringLiteral("5432"));
    dbname_ = field(QString());
    user_ = field(QString());
    table_ = field(tr("schema.table, e.g. quy_hoach.vung_trong"));
    auto* form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("Service:"), service_);
    form->addRow(tr("Host:"), host_);
    form->addRow(tr("Port:"), port_);
    form->addRow(tr("Database:"), dbname_);
    form->addRow(tr("User:"), user_);
    form->addRow(tr("Table:"), table_);
    auto* note = new QLabel(tr("The password is read from ~/.pgpass, the service file or PGPASSWORD: it is never "
                               "stored in the project."),
                            this);
    note->setWordWrap(true);
    form->addRow(QString(), note);
}

geo::PgConnection PostgisConnectionForm::connection() const {
    geo::PgConnection c;
    c.service = toStd(service_->text().trimmed());
    c.host = toStd(host_->text().trimmed());
    c.port = toStd(port_->text().trimmed());
    c.dbname = toStd(dbname_->text().trimmed());
    c.user = toStd(user_->text().trimmed());
    return c;
}

QString PostgisConnectionForm::table() const { return table_->text().trimmed(); }

bool PostgisConnectionForm::complete() const { return !connection().empty() && !table().isEmpty(); }

AddPostgisLayerDialog::AddPostgisLayerDialog(QWidget* parent) : QDialog(parent) {
    setWindowTitle(tr("Add PostGIS layer"));
    form_ = new PostgisConnectionForm(this);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Add"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));  // Qt's own text is not translated
    buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    connect(form_, &PostgisConnectionForm::changed, this,
            [this, buttons] { buttons->button(QDialogButtonBox::Ok)->setEnabled(form_->complete()); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(form_);
    layout->addWidget(buttons);
    resize(460, sizeHint().height());
}

}  // namespace vt::gui
