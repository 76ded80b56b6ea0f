#include "attribute_form.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include "attribute_validation.h"
#include "editable_layers.h"

namespace vt::gui {

AttributeForm::AttributeForm(DocumentPtr doc, int layer, std::int64_t fid, const std::vector<geo::Value>& values,
                             QWidget* parent)
    : QDialog(parent), doc_(std::move(doc)), layer_(layer), fid_(fid) {
    const geo::Layer& l = doc_->loaded(layer).normalised;
    setWindowTitle(fid < 0 ? tr("New feature of %1").arg(doc_->layers[static_cast<std::size_t>(layer)].title)
                           : tr("Feature %1 of %2").arg(fid).arg(doc_->layers[static_cast<std::size_t>(layer)].title));
    auto* form = new QFormLayout;
    for (std::size_t i = 0; i < l.fields.size(); ++i) {
        QString current = i < values.size() ? toQString(geo::toText(values[i])) : QString();
        QWidget* editor = nullptr;
        if (static_cast<int>(i) == cooperativeKeyFieldOf(*doc_, layer) && doc_->cooperatives >= 0 &&
            doc_->coopKeyField >= 0) {
            // The cooperative is picked from those that exist (typing filters the list).
            auto* box = new QComboBox;
            box->setEditable(true);
            box->setInsertPolicy(QComboBox::NoInsert);
            box->addItem(QString(), QString());
            int coops = static_cast<int>(doc_->loaded(doc_->cooperatives).normalised.features.size());
            for (int c = 0; c < coops; ++c) {
                QString key = doc_->text(doc_->cooperatives, c, doc_->coopKeyField);
                QString name = doc_->text(doc_->cooperatives, c, doc_->coopNameField);
                box->addItem(name.isEmpty() ? key : key + QStringLiteral(" — ") + name, key);
            }
            int at = box->findData(current);
            if (at >= 0)
                box->setCurrentIndex(at);
            else
                box->setEditText(current);
            connect(box, &QComboBox::currentTextChanged, this, &AttributeForm::revalidate);
            editor = box;
        } else {
            auto* edit = new QLineEdit(current);
            connect(edit, &QLineEdit::textChanged, this, &AttributeForm::revalidate);
            editor = edit;
        }
        editor->setObjectName(QStringLiteral("field_") + toQString(l.fields[i].name));
        form->addRow(toQString(l.fields[i].name), editor);
        editors_.push_back(editor);
    }
    problemsLabel_ = new QLabel;
    problemsLabel_->setObjectName(QStringLiteral("problems"));
    problemsLabel_->setWordWrap(true);
    problemsLabel_->setStyleSheet(QStringLiteral("color: #b00020"));
    buttons_ = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons_, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons_, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(problemsLabel_);
    layout->addWidget(buttons_);
    setMinimumWidth(460);
    revalidate();
}

QString AttributeForm::text(int field) const {
    QWidget* w = editors_[static_cast<std::size_t>(field)];
    if (auto* box = qobject_cast<QComboBox*>(w)) {
        // The key of the chosen item, or what was typed.
        int at = box->findText(box->currentText());
        return at >= 0 ? box->itemData(at).toString() : box->currentText();
    }
    return static_cast<QLineEdit*>(w)->text();
}

void AttributeForm::setText(int field, const QString& text) {
    QWidget* w = editors_[static_cast<std::size_t>(field)];
    if (auto* box = qobject_cast<QComboBox*>(w)) {
        int at = box->findData(text);
        if (at >= 0)
            box->setCurrentIndex(at);
        else
            box->setEditText(text);
    } else {
        static_cast<QLineEdit*>(w)->setText(text);
    }
}

std::vector<geo::Value> AttributeForm::values() const {
    const geo::Layer& l = doc_->loaded(layer_).normalised;
    std::vector<geo::Value> out;
    for (std::size_t i = 0; i < l.fields.size(); ++i)
        out.push_back(AttributeValidation::parse(l.fields[i], text(static_cast<int>(i)), nullptr).value_or(geo::Value{}));
    return out;
}

void AttributeForm::revalidate() {
    const geo::Layer& l = doc_->loaded(layer_).normalised;
    problems_.clear();
    std::vector<geo::Value> parsed;
    for (std::size_t i = 0; i < l.fields.size(); ++i) {
        QString problem;
        auto v = AttributeValidation::parse(l.fields[i], text(static_cast<int>(i)), &problem);
        if (!v) problems_ << problem;
        parsed.push_back(v.value_or(geo::Value{}));
    }
    if (problems_.isEmpty())
        for (const auto& p : AttributeValidation::check(*doc_, layer_, fid_, parsed)) problems_ << p.message;
    problemsLabel_->setText(problems_.join(QLatin1Char('\n')));
    buttons_->button(QDialogButtonBox::Ok)->setEnabled(problems_.isEmpty());
}

}  // namespace vt::gui
