#pragma once
// The data-quality report in the app: geo::checkQuality's findings (the same
// as `vungtrong-cli validate`) as a table a planner can filter by severity;
// choosing a finding selects its feature on the map and in Identify.
// Kinds and severities are translated; the details are geo/'s own sentence.
#include <QAbstractTableModel>
#include <QWidget>

#include "document.h"

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace vt::gui {

class SeverityProxy;

class QualityModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Severity, Layer, Fid, Code, Finding, Hectares, Details, ColumnCount };
    static constexpr int SortRole = Qt::UserRole;
    static constexpr int SeverityRole = Qt::UserRole + 1;  // int(geo::Severity)
    static constexpr int LayerRole = Qt::UserRole + 2;     // index into Document::layers, -1 none
    static constexpr int FeatureRole = Qt::UserRole + 3;   // feature index, -1 = the layer as a whole

    explicit QualityModel(QObject* parent = nullptr);
    void setDocument(DocumentPtr doc);
    void retranslate();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    static QString kindLabel(const std::string& kind);
    static QString severityLabel(geo::Severity severity);
    // The finding's sentence in the interface language, made from its facts;
    // geo/'s own (English) message when there is no translation for it.
    static QString details(const geo::Finding& finding);

private:
    DocumentPtr doc_;
};

class QualityPanel : public QWidget {
    Q_OBJECT
public:
    explicit QualityPanel(QWidget* parent = nullptr);
    void setDocument(DocumentPtr doc);
    void retranslate();

    QTableView* view() const { return view_; }
    QComboBox* severityFilter() const { return filter_; }
    QualityModel* model() const { return model_; }
    // "2 errors, 1 warning, 1 note" (for the dock title and the summary line).
    QString summary() const;

signals:
    // A finding about one feature was chosen (layer index, feature index).
    void featureChosen(int layer, int feature);
    // A finding about a whole layer (a guessed CRS, say) was chosen.
    void layerChosen(int layer);
    // "Export…": the findings as a CSV or XLSX file.
    void exportRequested();

private:
    void applyFilter();

    DocumentPtr doc_;
    QualityModel* model_;
    SeverityProxy* proxy_;
    QTableView* view_;
    QComboBox* filter_;
    QLabel* summary_;
    QPushButton* export_;
};

}  // namespace vt::gui
