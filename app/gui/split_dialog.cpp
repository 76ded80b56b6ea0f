#include "split_dialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>
#include <set>

#include "attribute_validation.h"
#include "geo/link.h"

namespace vt::gui {

namespace {

enum Column { From, Area, Declared, Code, Columns };

QString number(double v, int decimals) { return QLocale().toString(v, 'f', decimals); }

}  // namespace

SplitDialog::SplitDialog(DocumentPtr doc, int layer, std::vector<SplitPart> parts, QWidget* parent)
    : QDialog(parent), doc_(std::move(doc)), layer_(layer), parts_(std::move(parts)) {
    setObjectName(QStringLiteral("splitDialog"));
    setWindowTitle(tr("Split planting areas"));
    auto* layout = new QVBoxLayout(this);
    auto* explain = new QLabel(
        tr("Codes are unique, so the largest part of each planting area keeps its code and its other attributes; "
           "every other part is a new planting area with the next free code of the project's pattern and the same "
           "crop and cooperative. Declared hectares are shared out in proportion to the parts' areas. Change the "
           "new codes here if the register gives others."),
        this);
    explain->setWordWrap(true);
    layout->addWidget(explain);
    table_ = new QTableWidget(static_cast<int>(parts_.size()), Columns, this);
    table_->setObjectName(QStringLiteral("splitParts"));
    table_->setHorizontalHeaderLabels({tr("Split from"), tr("Area (ha)"), tr("Declared (ha)"), tr("Code")});
    table_->verticalHeader()->setVisible(false);
    const int declaredField = layer == doc_->plantings ? doc_->plantingDeclaredField : -1;
    const int codeField = layer == doc_->plantings ? doc_->plantingCodeField : -1;
    for (std::size_t i = 0; i < parts_.size(); ++i) {
        const SplitPart& p = parts_[i];
        const int row = static_cast<int>(i);
        auto readOnly = [](QString text) {
            auto* item = new QTableWidgetItem(std::move(text));
            item->setFlags(item->flags() & ~Qt::ItemIsEditable);
            return item;
        };
        table_->setItem(row, From, readOnly(p.keepsCode ? tr("%1 (keeps its code)").arg(p.sourceLabel) : p.sourceLabel));
        auto* area = readOnly(number(p.areaHa, 4));
        area->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        table_->setItem(row, Area, area);
        std::optional<double> declared;
        if (declaredField >= 0) declared = geo::toNumber(p.feature.attributes[static_cast<std::size_t>(declaredField)]);
        auto* declaredItem = readOnly(declared ? number(*declared, 4) : QString());
        declaredItem->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        table_->setItem(row, Declared, declaredItem);
        QString code = codeField >= 0 ? toQString(geo::toText(p.feature.attributes[static_cast<std::size_t>(codeField)]))
                                      : QString();
        table_->setItem(row, Code, p.keepsCode ? readOnly(code) : new QTableWidgetItem(code));
    }
    table_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table_->horizontalHeader()->setStretchLastSection(true);
    connect(table_, &QTableWidget::itemChanged, this, &SplitDialog::revalidate);
    layout->addWidget(table_, 1);
    problemsLabel_ = new QLabel(this);
    problemsLabel_->setObjectName(QStringLiteral("problems"));
    problemsLabel_->setWordWrap(true);
    problemsLabel_->setStyleSheet(QStringLiteral("color: #b00020"));
    layout->addWidget(problemsLabel_);
    buttons_ = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons_->button(QDialogButtonBox::Ok)->setText(tr("Split"));
    connect(buttons_, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons_, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons_);
    resize(640, 200 + 30 * static_cast<int>(std::min<std::size_t>(parts_.size(), 10)));
    revalidate();
}

std::vector<SplitPart> SplitDialog::parts() const {
    std::vector<SplitPart> out = parts_;
    const int codeField = layer_ == doc_->plantings ? doc_->plantingCodeField : -1;
    if (codeField < 0) return out;
    for (std::size_t i = 0; i < out.size(); ++i) {
        if (out[i].keepsCode) continue;
        const QString text = table_->item(static_cast<int>(i), Code)->text().trimmed();
        out[i].feature.attributes[static_cast<std::size_t>(codeField)] =
            text.isEmpty() ? geo::Value{} : geo::Value{toStd(text)};
    }
    return out;
}

void SplitDialog::setCode(int part, const QString& code) { table_->item(part, Code)->setText(code); }

QStringList SplitDialog::codeProblems(const Document& doc, int layer, const std::vector<SplitPart>& parts) {
    QStringList out;
    const int codeField = layer == doc.plantings ? doc.plantingCodeField : -1;
    if (codeField < 0) return out;
    std::set<std::string> seen;
    for (const SplitPart& p : parts) {
        if (p.keepsCode) continue;
        // Only the code is the split's business: the other attributes are the original's.
        for (const auto& problem : AttributeValidation::check(doc, layer, p.feature.fid, p.feature.attributes))
            if (problem.field == codeField) out << problem.message;
        const std::string key = geo::normaliseKey(geo::toText(p.feature.attributes[static_cast<std::size_t>(codeField)]));
        if (!key.empty() && !seen.insert(key).second)
            out << tr("The code %1 is given to two parts.")
                       .arg(toQString(geo::toText(p.feature.attributes[static_cast<std::size_t>(codeField)])));
    }
    out.removeDuplicates();
    return out;
}

void SplitDialog::revalidate() {
    problems_ = codeProblems(*doc_, layer_, parts());
    problemsLabel_->setText(problems_.join(QLatin1Char('\n')));
    buttons_->button(QDialogButtonBox::Ok)->setEnabled(problems_.isEmpty());
}

}  // namespace vt::gui
