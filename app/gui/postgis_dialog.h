#pragma once
// PostGIS in the app: the connection fields (a service from pg_service.conf,
// or host, port, database and user) shared by "Add PostGIS layer" and the
// PostGIS target of "Export layer". There is no password field on purpose:
// libpq reads it from ~/.pgpass, the service file or PGPASSWORD, so it is
// never stored in a project (geo/postgis.h).
#include <QDialog>
#include <QWidget>

#include "geo/postgis.h"

class QLineEdit;

namespace vt::gui {

class PostgisConnectionForm : public QWidget {
    Q_OBJECT
public:
    explicit PostgisConnectionForm(QWidget* parent = nullptr);
    geo::PgConnection connection() const;
    // The table, "schema.table" ("" when not asked for).
    QString table() const;
    bool complete() const;  // a connection and a table

signals:
    void changed();

private:
    QLineEdit *service_, *host_, *port_, *dbname_, *user_, *table_;
};

class AddPostgisLayerDialog : public QDialog {
    Q_OBJECT
public:
    explicit AddPostgisLayerDialog(QWidget* parent = nullptr);
    const PostgisConnectionForm* form() const { return form_; }

private:
    PostgisConnectionForm* form_;
};

}  // namespace vt::gui
