#include "quality_panel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>
#include <string_view>

#include "geo/quality.h"

namespace vt::gui {

namespace {

const geo::Finding* findingAt(const DocumentPtr& doc, int row) {
    if (!doc || !doc->quality || row < 0 || row >= static_cast<int>(doc->quality->findings.size())) return nullptr;
    return &doc->quality->findings[static_cast<std::size_t>(row)];
}

QColor severityColour(geo::Severity s) {
    switch (s) {
        case geo::Severity::Error: return QColor(0xb0, 0x1c, 0x1c);
        case geo::Severity::Warning: return QColor(0x9a, 0x5b, 0x00);
        case geo::Severity::Info: break;
    }
    return QColor(0x3c, 0x5a, 0x82);
}

}  // namespace

// Rows at or above a severity (0 info, 1 warning, 2 error).
class SeverityProxy : public QSortFilterProxyModel {
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void setMinimumSeverity(int minimum) {
        if (minimum == minimum_) return;
        minimum_ = minimum;
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex& parent) const override {
        return sourceModel()->index(row, 0, parent).data(QualityModel::SeverityRole).toInt() >= minimum_;
    }

private:
    int minimum_ = 0;
};

QualityModel::QualityModel(QObject* parent) : QAbstractTableModel(parent) {}

void QualityModel::setDocument(DocumentPtr doc) {
    beginResetModel();
    doc_ = std::move(doc);
    endResetModel();
}

void QualityModel::retranslate() {
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (rowCount() > 0) emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int QualityModel::rowCount(const QModelIndex& parent) const {
    if (parent.isValid() || !doc_ || !doc_->quality) return 0;
    return static_cast<int>(doc_->quality->findings.size());
}

int QualityModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QString QualityModel::severityLabel(geo::Severity severity) {
    switch (severity) {
        case geo::Severity::Error: return tr("Error");
        case geo::Severity::Warning: return tr("Warning");
        case geo::Severity::Info: break;
    }
    return tr("Note");
}

QString QualityModel::kindLabel(const std::string& kind) {
    namespace k = geo::finding;
    if (kind == k::LoadError) return tr("Layer not read");
    if (kind == k::LoadWarning) return tr("Problem while reading");
    if (kind == k::CrsGuess) return tr("Coordinate system guessed");
    if (kind == k::AxisSwapped) return tr("Latitude written first");
    if (kind == k::EncodingGuess) return tr("Text encoding guessed");
    if (kind == k::EncodingDoubt) return tr("Text encoding setting doubtful");
    if (kind == k::BadNumber) return tr("Amount that is not a number");
    if (kind == k::ImplausibleNumber) return tr("Impossible number (not counted)");
    if (kind == k::InvalidGeometry) return tr("Invalid geometry (repaired)");
    if (kind == k::EmptyGeometry) return tr("Empty geometry");
    if (kind == k::DuplicateCode) return tr("Duplicate code");
    if (kind == k::Overlap) return tr("Overlapping planting areas");
    if (kind == k::OutsideZones) return tr("Outside every zone");
    if (kind == k::UnlinkedPlanting) return tr("Planting area without cooperative");
    if (kind == k::UnlinkedInvestment) return tr("Investment without cooperative");
    if (kind == k::MissingKey) return tr("Cooperative without key");
    if (kind == k::CodePattern) return tr("Code does not match the pattern");
    if (kind == k::DeclaredArea) return tr("Declared area differs from measured");
    if (kind == k::NoBoundary) return tr("Planting area without boundary");
    if (kind == k::ZoneFieldsGuessed) return tr("Zone fields chosen");
    if (kind == k::ZoneNamesRepeat) return tr("Zone names repeat");
    if (kind == k::OutsideProjectFolder) return tr("Outside the project folder");
    return QString::fromStdString(kind);
}

QString QualityModel::details(const geo::Finding& f) {
    namespace k = geo::finding;
    // (kind, sentence) → the sentence with %1… for the named facts, in order.
    struct Sentence {
        const char* kind;
        const char* sentence;
        const char* text;
        std::vector<const char*> facts;
    };
    static const std::vector<Sentence> sentences = {
        {k::DeclaredArea, "apart", QT_TR_NOOP("declared %1 ha, measured %2 ha (%3 % apart, tolerance %4 %)"),
         {"declared_ha", "measured_ha", "percent", "tolerance_pct"}},
        {k::NoBoundary, "point_declared",
         QT_TR_NOOP("no boundary (a point): counts in its zone's codes and declared area (%1 ha), never in measured "
                    "area; add its polygon to measure it"),
         {"declared_ha"}},
        {k::NoBoundary, "point_undeclared",
         QT_TR_NOOP("no boundary (a point) and no declared area: counts in its zone's codes only; add its polygon or "
                    "its declared area"),
         {}},
        {k::OutsideZones, "planting_whole", QT_TR_NOOP("lies outside every zone"), {}},
        {k::OutsideZones, "planting_part", QT_TR_NOOP("%1 ha lie outside every zone"), {"outside_ha"}},
        {k::OutsideZones, "cooperative", QT_TR_NOOP("cooperative lies outside every zone"), {}},
        {k::UnlinkedInvestment, "unknown_key", QT_TR_NOOP("no cooperative has the key '%1': its amount counts in no zone"),
         {"key"}},
        {k::UnlinkedInvestment, "empty_key", QT_TR_NOOP("investment has no cooperative key"), {}},
        {k::UnlinkedPlanting, "unknown_key", QT_TR_NOOP("no cooperative has the key '%1'"), {"key"}},
        {k::UnlinkedPlanting, "empty_key", QT_TR_NOOP("no cooperative: the cooperative key is empty"), {}},
        {k::Overlap, "overlaps", QT_TR_NOOP("overlaps %1 by %2 ha"), {"other_code", "overlap_ha"}},
        {k::DuplicateCode, "also_used", QT_TR_NOOP("code '%1' is also used by feature %2 (fid %3)"),
         {"code", "other_feature", "other_fid"}},
        {k::CodePattern, "too_long", QT_TR_NOOP("code of %1 bytes is far longer than any code"), {"bytes"}},
        {k::CodePattern, "no_code", QT_TR_NOOP("planting area has no code"), {}},
        {k::CodePattern, "mismatch", QT_TR_NOOP("code '%1' does not match the pattern %2"), {"code", "pattern"}},
        {k::MissingKey, "no_key", QT_TR_NOOP("cooperative has no key: nothing can link to it"), {}},
        {k::EmptyGeometry, "none", QT_TR_NOOP("feature has no geometry"), {}},
        {k::EmptyGeometry, "empty_after_repair", QT_TR_NOOP("feature has no geometry (empty after repair)"), {}},
        {k::InvalidGeometry, "repaired", QT_TR_NOOP("invalid geometry: %1"), {"repair"}},
        {k::EncodingDoubt, "better", QT_TR_NOOP("the text encoding %2 set for %1 looks wrong: %3 reads better"),
         {"path", "encoding", "better"}},
        {k::EncodingDoubt, "doubt",
         QT_TR_NOOP("the text encoding %2 set for %1 contradicts its .cpg or leaves undecodable text, "
                    "though the text reads best as %2"),
         {"path", "encoding"}},
        {k::EncodingDoubt, "ignored", QT_TR_NOOP("%1 stores its text as UTF-8: the text encoding %2 set for it is ignored"),
         {"path", "encoding"}},
        {k::BadNumber, "amount", QT_TR_NOOP("amount not counted in any sum: %1"), {"problem"}},
        // A declared area, member count or amount no feature can have (geo/plausible.h).
        {k::ImplausibleNumber, "beyond_land_area",
         QT_TR_NOOP("%1 = %2 ha is larger than Vietnam's land area: it counts in no sum"), {"field", "value"}},
        {k::ImplausibleNumber, "beyond_population",
         QT_TR_NOOP("%1 = %2 members is more than Vietnam's population: it counts in no sum"), {"field", "value"}},
        {k::ImplausibleNumber, "beyond_gdp",
         QT_TR_NOOP("%1 = %2 VND is more than Vietnam's yearly GDP: it counts in no sum"), {"field", "value"}},
        {k::ImplausibleNumber, "negative", QT_TR_NOOP("%1 = %2 is negative: it counts in no sum"), {"field", "value"}},
        {k::ImplausibleNumber, "not_finite", QT_TR_NOOP("%1 = %2 is not a finite number: it counts in no sum"),
         {"field", "value"}},
        {k::ImplausibleNumber, "not_whole", QT_TR_NOOP("%1 = %2 is not a whole number: it counts in no sum"),
         {"field", "value"}},
        {k::CrsGuess, "guessed", QT_TR_NOOP("no CRS in %1; guessed %2 (%3)"), {"path", "crs_name", "crs_code"}},
        {k::CrsGuess, "guessed_degrees",
         QT_TR_NOOP("no CRS in %1; guessed %2 (%3); read as %4 (%5) it would lie %6 m away: set the layer's CRS if "
                    "the data is %4"),
         {"path", "crs_name", "crs_code", "alternative_1_name", "alternative_1_code", "alternative_1_shift_m"}},
        {k::CrsGuess, "guessed_province_needed",
         QT_TR_NOOP("no CRS in %1; guessed %2 (%3), but a province's TM-3 zone may fit: a province is needed "
                    "(candidates: %4)"),
         {"path", "crs_name", "crs_code", "candidate_provinces"}},
        {k::AxisSwapped, "latitude_first",
         QT_TR_NOOP("the coordinates look latitude first (x %1, y %2): set the layer's axis order to lat_lon"),
         {"x_range", "y_range"}},
        {k::ZoneFieldsGuessed, "chosen",
         QT_TR_NOOP("zones are named by %1 (code) and %2 (name): the project names no fields for this layer"),
         {"code_field", "name_field"}},
        {k::ZoneNamesRepeat, "name",
         QT_TR_NOOP("zone name '%1' (%2) is held by %3 zones: rows are told apart only by their codes (%4)"),
         {"name", "field", "count", "code_field"}},
        {k::ZoneNamesRepeat, "code",
         QT_TR_NOOP("zone code '%1' (%2) is held by %3 zones: set the layer's code field in the project"),
         {"code", "field", "count"}},
        {k::OutsideProjectFolder, "outside",
         QT_TR_NOOP("'%1' is outside the project folder: copying the project folder alone does not take this file along"),
         {"path"}},
        {k::OutsideProjectFolder, "network",
         QT_TR_NOOP("'%1' is a network source: copying the project folder alone does not take this file along"),
         {"path"}},
    };
    QString english = toQString(f.message);
    auto sentence = f.facts.find("sentence");
    if (sentence == f.facts.end()) return english;
    for (const auto& s : sentences) {
        if (f.kind != s.kind || sentence->second != s.sentence) continue;
        QString text = tr(s.text);
        if (text == QLatin1String(s.text)) return english;  // no translation: geo/'s sentence, word for word
        QLocale locale;
        for (const char* name : s.facts) {
            auto it = f.facts.find(name);
            QString value = it == f.facts.end() ? QString() : toQString(it->second);
            // Areas and percentages as geo/ printed them ("2.70"), in the
            // interface's notation ("2,70"); codes and ids stay as they are.
            std::string_view n = name;
            bool measure = n == "percent" || n.ends_with("_ha") || n.ends_with("_pct") || n.ends_with("_m");
            static const QRegularExpression number(QStringLiteral("^-?[0-9]+(\\.([0-9]+))?$"));
            auto m = number.match(value);
            if (measure && m.hasMatch())
                value = locale.toString(value.toDouble(), 'f', static_cast<int>(m.captured(2).size()));
            text = text.arg(value);
        }
        return text;
    }
    return english;
}

QVariant QualityModel::data(const QModelIndex& index, int role) const {
    const geo::Finding* f = findingAt(doc_, index.row());
    if (!f) return {};
    int layer = doc_->layerIndex(f->layerId);
    switch (role) {
        case SeverityRole: return static_cast<int>(f->severity);
        case LayerRole: return layer;
        case FeatureRole: return f->feature;
        case Qt::ForegroundRole:
            return index.column() == Severity ? QVariant(severityColour(f->severity)) : QVariant();
        case Qt::TextAlignmentRole:
            if (index.column() == Fid || index.column() == Hectares)
                return QVariant(Qt::AlignRight | Qt::AlignVCenter);
            return {};
        case Qt::ToolTipRole:  // geo/'s own sentence, complete, whatever the language
            return index.column() == Details ? QVariant(QString::fromStdString(f->message)) : QVariant();
        case SortRole:
            switch (index.column()) {
                case Severity: return -static_cast<int>(f->severity);  // errors first
                case Fid: return static_cast<qlonglong>(f->fid);
                case Hectares: return f->hectares ? *f->hectares : -1.0;
                default: break;
            }
            [[fallthrough]];
        case Qt::DisplayRole:
            switch (index.column()) {
                case Severity: return severityLabel(f->severity);
                case Layer:
                    return layer >= 0 ? doc_->layers[static_cast<std::size_t>(layer)].title
                                      : QString::fromStdString(f->layerId);
                case Fid: return f->fid >= 0 ? QVariant(static_cast<qlonglong>(f->fid)) : QVariant();
                case Code: return QString::fromStdString(f->code);
                case Finding: return kindLabel(f->kind);
                case Hectares: return f->hectares ? QVariant(QLocale().toString(*f->hectares, 'f', 4)) : QVariant();
                case Details: return details(*f);
                default: break;
            }
            break;
        default: break;
    }
    return {};
}

QVariant QualityModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
        case Severity: return tr("Severity");
        case Layer: return tr("Layer");
        case Fid: return tr("FID");
        case Code: return tr("Code");
        case Finding: return tr("Finding");
        case Hectares: return tr("ha");
        case Details: return tr("Details");
        default: return {};
    }
}

QualityPanel::QualityPanel(QWidget* parent) : QWidget(parent) {
    model_ = new QualityModel(this);
    proxy_ = new SeverityProxy(this);
    proxy_->setSourceModel(model_);
    proxy_->setSortRole(QualityModel::SortRole);
    filter_ = new QComboBox(this);
    filter_->setObjectName(QStringLiteral("qualitySeverityFilter"));
    summary_ = new QLabel(this);
    export_ = new QPushButton(this);
    export_->setObjectName(QStringLiteral("qualityExport"));
    view_ = new QTableView(this);
    view_->setObjectName(QStringLiteral("qualityView"));
    view_->setModel(proxy_);
    view_->setSortingEnabled(true);
    view_->sortByColumn(QualityModel::Severity, Qt::AscendingOrder);
    view_->setSelectionBehavior(QAbstractItemView::SelectRows);
    view_->setSelectionMode(QAbstractItemView::SingleSelection);
    view_->setAlternatingRowColors(true);
    view_->setWordWrap(false);
    view_->verticalHeader()->setVisible(false);
    view_->horizontalHeader()->setStretchLastSection(true);

    auto* top = new QHBoxLayout;
    top->addWidget(filter_);
    top->addWidget(summary_, 1);
    top->addWidget(export_);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addWidget(view_);

    connect(filter_, QOverload<int>::of(&QComboBox::currentIndexChanged), this, [this] { applyFilter(); });
    connect(export_, &QPushButton::clicked, this, &QualityPanel::exportRequested);
    connect(view_->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex& current) {
        if (!current.isValid()) return;
        int layer = proxy_->data(current, QualityModel::LayerRole).toInt();
        int feature = proxy_->data(current, QualityModel::FeatureRole).toInt();
        if (layer >= 0 && feature >= 0) emit featureChosen(layer, feature);
        else if (layer >= 0) emit layerChosen(layer);
    });
    retranslate();
}

void QualityPanel::setDocument(DocumentPtr doc) {
    doc_ = doc;
    model_->setDocument(std::move(doc));
    applyFilter();
    view_->resizeColumnsToContents();
    retranslate();
}

QString QualityPanel::summary() const {
    if (!doc_ || !doc_->quality) return tr("No report: the project has no statistics.");
    const auto& q = *doc_->quality;
    if (q.findings.empty()) return tr("No findings.");
    return tr("%n error(s)", "", q.count(geo::Severity::Error)) + QStringLiteral(", ") +
           tr("%n warning(s)", "", q.count(geo::Severity::Warning)) + QStringLiteral(", ") +
           tr("%n note(s)", "", q.count(geo::Severity::Info));
}

void QualityPanel::retranslate() {
    int current = std::max(0, filter_->currentIndex());
    QSignalBlocker block(filter_);
    filter_->clear();
    filter_->addItem(tr("All findings"), static_cast<int>(geo::Severity::Info));
    filter_->addItem(tr("Warnings and errors"), static_cast<int>(geo::Severity::Warning));
    filter_->addItem(tr("Errors only"), static_cast<int>(geo::Severity::Error));
    filter_->setCurrentIndex(current);
    summary_->setText(summary());
    export_->setText(tr("Export…"));
    export_->setToolTip(tr("Save the findings as CSV or Excel, to send to whoever keeps the data"));
    export_->setEnabled(doc_ && doc_->quality && !doc_->quality->findings.empty());
    model_->retranslate();
}

void QualityPanel::applyFilter() {
    proxy_->setMinimumSeverity(filter_->currentData().toInt());
    summary_->setText(summary());
}

}  // namespace vt::gui
