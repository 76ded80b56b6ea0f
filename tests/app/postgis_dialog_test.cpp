// The app's PostGIS dialogs (issue 14): Add PostGIS layer and the PostGIS
// target of Export layer gather a connection without a password and a
// table; the server side is tested in tests/cli/postgis_cli_test.cpp.
// Each dialog is also rendered offscreen to VT_BINARY_DIR/*.png to look at.
#include <QComboBox>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>

#include "app_test_support.h"
#include "document.h"
#include "export_layer_dialog.h"
#include "postgis_dialog.h"
#include "selection.h"

using namespace vt::gui;

namespace {

QPushButton* okButton(QWidget* dialog) {
    auto* box = dialog->findChild<QDialogButtonBox*>();
    return box ? box->button(QDialogButtonBox::Ok) : nullptr;
}

// The form's fields in order: service, host, port, database, user, table.
QList<QLineEdit*> fields(QWidget* w) { return w->findChild<PostgisConnectionForm*>()->findChildren<QLineEdit*>(); }

}  // namespace

TEST(PostgisDialogs, AddLayerGathersConnectionAndTable) {
    AddPostgisLayerDialog dialog;
    auto f = fields(&dialog);
    ASSERT_EQ(f.size(), 6);
    ASSERT_TRUE(okButton(&dialog));
    EXPECT_FALSE(okButton(&dialog)->isEnabled());
    f[0]->setText(QStringLiteral("so_nong_nghiep"));
    EXPECT_FALSE(okButton(&dialog)->isEnabled());  // no table yet
    f[5]->setText(QStringLiteral("\"quy hoạch\".vung_trong"));
    EXPECT_TRUE(okButton(&dialog)->isEnabled());
    EXPECT_EQ(dialog.form()->connection().gdalName(), "PG:service='so_nong_nghiep'");
    EXPECT_EQ(dialog.form()->table(), QStringLiteral("\"quy hoạch\".vung_trong"));
    dialog.resize(520, dialog.sizeHint().height());
    EXPECT_TRUE(dialog.grab().save(QStringLiteral(VT_BINARY_DIR "/postgis_add_layer_dialog.png")));
}

TEST(PostgisDialogs, ExportLayerToPostgis) {
    auto doc = loadDocument(toStd(apptest::demoProject()));
    ASSERT_TRUE(doc);
    SelectionModel selection;
    ExportLayerDialog dialog(*doc, selection, "districts");
    auto* format = dialog.findChildren<QComboBox*>().at(1);
    const int postgis = format->findData(static_cast<int>(geo::ExportFormat::PostGis));
    ASSERT_GE(postgis, 0);
    format->setCurrentIndex(postgis);
    EXPECT_FALSE(okButton(&dialog)->isEnabled());
    auto f = fields(&dialog);
    f[1]->setText(QStringLiteral("gis.local"));
    f[3]->setText(QStringLiteral("nong_nghiep"));
    f[5]->setText(QStringLiteral("ranh_gioi.huyen"));
    EXPECT_TRUE(okButton(&dialog)->isEnabled());
    geo::ExportOptions o = dialog.options();
    EXPECT_EQ(o.format, geo::ExportFormat::PostGis);
    EXPECT_EQ(o.outputPath, "PG:host='gis.local' dbname='nong_nghiep'");
    EXPECT_EQ(o.postgisTable, "ranh_gioi.huyen");
    EXPECT_FALSE(o.overwrite);
    dialog.show();
    EXPECT_TRUE(dialog.grab().save(QStringLiteral(VT_BINARY_DIR "/postgis_export_dialog.png")));
}
