#include "relink_dialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDirIterator>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>
#include <algorithm>

#include "document.h"

namespace vt::gui {

QStringList findFilesNamed(const QString& folder, const QString& fileName, int maxEntries) {
    QStringList found;
    if (folder.isEmpty() || fileName.isEmpty()) return found;
    QDirIterator it(folder, QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden,
                    QDirIterator::Subdirectories);  // symbolic links are not followed: no loops
    for (int seen = 0; it.hasNext() && seen < maxEntries; ++seen) {
        it.next();
        const QFileInfo info = it.fileInfo();
        // Case-insensitive: files copied from Windows shares change case.
        if (info.isFile() && info.fileName().compare(fileName, Qt::CaseInsensitive) == 0)
            found << info.absoluteFilePath();
    }
    const QDir base(folder);
    std::sort(found.begin(), found.end(), [&](const QString& a, const QString& b) {
        const auto depth = [&](const QString& p) { return base.relativeFilePath(p).count(QLatin1Char('/')); };
        return depth(a) != depth(b) ? depth(a) < depth(b) : a < b;
    });
    return found;
}

RelinkDialog::RelinkDialog(std::vector<MissingLayerInfo> missing, const QString& projectFolder, QWidget* parent)
    : QDialog(parent), missing_(std::move(missing)), folder_(projectFolder), newPaths_(missing_.size()) {
    setObjectName(QStringLiteral("relinkDialog"));
    setWindowTitle(tr("Layers not found"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("These layers of the project could not be read: the map and the statistics lack "
                                "them. Find each file again (Browse…, or search a folder for the same file name), "
                                "or keep the layer unavailable, or drop it from the project. Nothing is written to "
                                "the project file until you save it."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    table_ = new QTableWidget(static_cast<int>(missing_.size()), 5, this);
    table_->setObjectName(QStringLiteral("relinkTable"));
    table_->setHorizontalHeaderLabels({tr("Layer"), tr("Path in the project"), tr("New file"), tr("Action"), tr("Why")});
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setSelectionMode(QAbstractItemView::SingleSelection);
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->verticalHeader()->setVisible(false);
    for (int row = 0; row < rowCount(); ++row) {
        const MissingLayerInfo& m = missing_[static_cast<std::size_t>(row)];
        table_->setItem(row, LayerColumn, new QTableWidgetItem(toQString(m.layerId)));
        table_->setItem(row, OldPathColumn, new QTableWidgetItem(toQString(m.path)));
        table_->setItem(row, NewPathColumn, new QTableWidgetItem);
        auto* reason = new QTableWidgetItem(toQString(m.reason));
        reason->setToolTip(toQString(m.reason));
        table_->setItem(row, ReasonColumn, reason);
        auto* action = new QComboBox(table_);
        action->addItem(tr("Keep (unavailable)"), static_cast<int>(RelinkChoice::Action::Keep));
        action->addItem(tr("Use the new file"), static_cast<int>(RelinkChoice::Action::Relink));
        action->addItem(tr("Drop the layer"), static_cast<int>(RelinkChoice::Action::Drop));
        table_->setCellWidget(row, ActionColumn, action);
        connect(action, QOverload<int>::of(&QComboBox::activated), this, [this, row](int) {
            if (actionBox(row)->currentData().toInt() == static_cast<int>(RelinkChoice::Action::Relink) &&
                newPaths_[static_cast<std::size_t>(row)].isEmpty())
                browse(row);  // a new file is needed first
            updateSummary();
        });
    }
    table_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table_->horizontalHeader()->setStretchLastSection(true);
    if (rowCount() > 0) table_->selectRow(0);
    connect(table_, &QTableWidget::cellDoubleClicked, this, [this](int row, int) { browse(row); });
    layout->addWidget(table_, 1);

    auto* row = new QHBoxLayout;
    browse_ = new QPushButton(tr("&Browse…"), this);
    search_ = new QPushButton(tr("&Search a folder…"), this);
    browse_->setObjectName(QStringLiteral("relinkBrowse"));
    search_->setObjectName(QStringLiteral("relinkSearch"));
    connect(browse_, &QPushButton::clicked, this, [this] {
        if (table_->currentRow() >= 0) browse(table_->currentRow());
    });
    connect(search_, &QPushButton::clicked, this, &RelinkDialog::chooseFolderAndSearch);
    row->addWidget(browse_);
    row->addWidget(search_);
    row->addStretch(1);
    summary_ = new QLabel(this);
    row->addWidget(summary_);
    layout->addLayout(row);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Load"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Keep all unavailable"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(900, 360);
    updateSummary();
}

QComboBox* RelinkDialog::actionBox(int row) const { return qobject_cast<QComboBox*>(table_->cellWidget(row, ActionColumn)); }

void RelinkDialog::setNewPath(int row, const QString& path) {
    if (row < 0 || row >= rowCount()) return;
    const QString absolute = path.isEmpty() ? QString() : QFileInfo(path).absoluteFilePath();
    newPaths_[static_cast<std::size_t>(row)] = absolute;
    table_->item(row, NewPathColumn)->setText(absolute);
    table_->item(row, NewPathColumn)->setToolTip(absolute);
    setAction(row, absolute.isEmpty() ? RelinkChoice::Action::Keep : RelinkChoice::Action::Relink);
}

void RelinkDialog::setAction(int row, RelinkChoice::Action action) {
    if (row < 0 || row >= rowCount()) return;
    if (action == RelinkChoice::Action::Relink && newPaths_[static_cast<std::size_t>(row)].isEmpty())
        action = RelinkChoice::Action::Keep;  // nothing to read
    QComboBox* box = actionBox(row);
    box->setCurrentIndex(box->findData(static_cast<int>(action)));
    updateSummary();
}

int RelinkDialog::searchFolder(const QString& folder) {
    int found = 0;
    for (int row = 0; row < rowCount(); ++row) {
        if (!newPaths_[static_cast<std::size_t>(row)].isEmpty()) continue;
        const QString name = QFileInfo(toQString(missing_[static_cast<std::size_t>(row)].path)).fileName();
        const QStringList files = findFilesNamed(folder, name);
        if (files.isEmpty()) continue;
        setNewPath(row, files.front());
        ++found;
    }
    return found;
}

void RelinkDialog::browse(int row) {
    const MissingLayerInfo& m = missing_[static_cast<std::size_t>(row)];
    const QString file = QFileDialog::getOpenFileName(
        this, tr("Find the file of layer %1 (was %2)").arg(toQString(m.layerId), toQString(m.path)), folder_,
        tr("Layers (*.shp *.gpkg *.geojson *.json *.csv *.xlsx *.kml *.gml);;All files (*)"));
    if (file.isEmpty()) {
        if (newPaths_[static_cast<std::size_t>(row)].isEmpty()) setAction(row, RelinkChoice::Action::Keep);
        return;
    }
    folder_ = QFileInfo(file).absolutePath();  // the next file is likely beside it
    setNewPath(row, file);
}

void RelinkDialog::chooseFolderAndSearch() {
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Search a folder for the missing files"), folder_);
    if (folder.isEmpty()) return;
    folder_ = folder;
    const int found = searchFolder(folder);
    summary_->setText(tr("%n file(s) found in %1.", nullptr, found).arg(QDir::toNativeSeparators(folder)) +
                      QStringLiteral(" ") + summary_->text());
}

std::vector<RelinkChoice> RelinkDialog::choices() const {
    std::vector<RelinkChoice> out;
    for (int row = 0; row < rowCount(); ++row) {
        RelinkChoice c;
        c.layerId = missing_[static_cast<std::size_t>(row)].layerId;
        c.action = static_cast<RelinkChoice::Action>(actionBox(row)->currentData().toInt());
        if (c.action == RelinkChoice::Action::Relink) c.newPath = newPaths_[static_cast<std::size_t>(row)];
        out.push_back(std::move(c));
    }
    return out;
}

void RelinkDialog::updateSummary() {
    int relink = 0, drop = 0;
    for (int row = 0; row < rowCount(); ++row) {
        int a = actionBox(row)->currentData().toInt();
        relink += a == static_cast<int>(RelinkChoice::Action::Relink);
        drop += a == static_cast<int>(RelinkChoice::Action::Drop);
    }
    summary_->setText(tr("To read again: %1; to drop: %2; kept unavailable: %3.")
                          .arg(relink)
                          .arg(drop)
                          .arg(rowCount() - relink - drop));
}

}  // namespace vt::gui
