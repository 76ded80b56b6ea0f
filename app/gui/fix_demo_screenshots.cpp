// vungtrong-fix-screenshots: the new-project wizard and the fixing of the
// demo's defects, offscreen, the way data/screenshots/new-project-wizard.png,
// declare-crs.png and fix-investment.png were made:
//   vungtrong-fix-screenshots DEMO_FOLDER OUTDIR [vi|en]
// DEMO_FOLDER is copied to a temporary folder first: nothing of it is changed.
#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QPainter>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextStream>

#include "attribute_form.h"
#include "declare_crs.h"
#include "edit_controller.h"
#include "language.h"
#include "layers_dock.h"
#include "main_window.h"
#include "map_canvas.h"
#include "new_project_wizard.h"

using namespace vt::gui;

namespace {

bool save(const QPixmap& picture, const QString& path, QTextStream& out) {
    bool ok = picture.save(path);
    out << (ok ? "wrote " : "FAILED ") << path << "\n";
    return ok;
}

// The window with a dialog drawn over its centre, with a thin frame, as the user sees them.
QPixmap windowWithDialog(QWidget* window, QWidget* dialog) {
    QCoreApplication::processEvents();
    QPixmap picture = window->grab();
    QPixmap over = dialog->grab();
    QPainter p(&picture);
    QPoint at((picture.width() - over.width()) / 2, (picture.height() - over.height()) / 2);
    p.fillRect(QRect(at - QPoint(1, 1), over.size() + QSize(2, 2)), QColor(90, 90, 90));
    p.drawPixmap(at, over);
    return picture;
}

}  // namespace

int main(int argc, char** argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("VungTrongScreenshots"));
    QTextStream out(stdout);
    if (argc < 3) {
        out << "usage: vungtrong-fix-screenshots DEMO_FOLDER OUTDIR [vi|en]\n";
        return 2;
    }
    QDir outDir(QString::fromLocal8Bit(argv[2]));
    outDir.mkpath(QStringLiteral("."));
    Language language;
    language.setLanguage(argc > 3 ? QString::fromLocal8Bit(argv[3]) : QStringLiteral("vi"));
    QTemporaryDir tmp;
    QDir demo(QString::fromLocal8Bit(argv[1]));
    for (const QString& name : demo.entryList(QDir::Files))
        if (!QFile::copy(demo.filePath(name), tmp.filePath(name))) {
            out << "cannot copy " << name << "\n";
            return 1;
        }
    bool ok = true;

    // File ▸ New project…: the demo's files added, htx.shp's guessed CRS shown.
    {
        NewProjectWizard wizard;
        wizard.resize(1000, 640);
        wizard.show();
        wizard.setProjectName(QStringLiteral("Sóc Trăng"));
        wizard.setProvince(QStringLiteral("soc trang"));
        wizard.next();
        QStringList paths;
        for (const char* n : {"tinh.shp", "huyen.shp", "vung_trong.gpkg", "htx.shp", "dau_tu.csv", "vay_von.csv",
                              "to_hop_tac.csv", "lien_hiep.csv"})
            paths << tmp.filePath(QString::fromUtf8(n));
        wizard.addFiles(paths);
        QCoreApplication::processEvents();
        ok = save(wizard.grab(), outDir.filePath(QStringLiteral("new-project-wizard.png")), out) && ok;
    }

    MainWindow window(&language);
    window.setInteractive(false);
    window.resize(1500, 950);
    window.show();
    if (!window.openProject(tmp.filePath(QStringLiteral("soc-trang.vtproj")))) {
        out << "cannot open: " << window.lastError() << "\n";
        return 1;
    }
    DocumentPtr doc = window.document();
    if (doc->cooperatives < 0 || doc->investments < 0) {
        out << "the project has no cooperatives or investments\n";
        return 1;
    }

    // Layer ▸ Declare the CRS…: the guess for htx.shp, its alternatives and where the answer goes.
    {
        const std::string coops = doc->layers[static_cast<std::size_t>(doc->cooperatives)].id;
        window.layersPanel()->setCurrentLayer(coops);
        window.canvas()->waitForRender();
        DeclareCrsDialog dialog(doc, coops, &window);
        dialog.show();
        dialog.adjustSize();
        ok = save(windowWithDialog(&window, &dialog), outDir.filePath(QStringLiteral("declare-crs.png")), out) && ok;
    }

    // The investment naming HTX-0299: its row in the attribute table, the
    // table being edited, the form with a cooperative picked from the list.
    {
        const std::string investments = doc->layers[static_cast<std::size_t>(doc->investments)].id;
        window.layersPanel()->setCurrentLayer(investments);
        window.openAttributeTable(investments);
        EditController* editor = window.editController();
        if (!editor->startEditing(investments)) {
            out << "cannot edit: " << editor->lastError() << "\n";
            return 1;
        }
        int row = -1;
        for (int i = 0; i < static_cast<int>(doc->loaded(doc->investments).normalised.features.size()); ++i)
            if (doc->text(doc->investments, i, doc->investCoopField) == QStringLiteral("HTX-0299")) row = i;
        if (row < 0) {
            out << "no investment names HTX-0299\n";
            return 1;
        }
        window.selection()->select(investments, {row});
        const geo::Feature& f = doc->loaded(doc->investments).normalised.features[static_cast<std::size_t>(row)];
        AttributeForm form(doc, doc->investments, f.fid, f.attributes, &window);
        form.show();  // as opened: the unknown key named in red, OK greyed out until one is picked
        ok = save(windowWithDialog(&window, &form), outDir.filePath(QStringLiteral("fix-investment.png")), out) && ok;
    }
    return ok ? 0 : 1;
}
