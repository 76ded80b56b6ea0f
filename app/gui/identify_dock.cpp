#include "identify_dock.h"

#include <algorithm>

#include <QHeaderView>
#include <cmath>
#include <QLabel>
#include <QLocale>
#include <QTreeWidget>
#include <QVBoxLayout>

#include "map_decorations.h"

namespace vt::gui {

IdentifyPanel::IdentifyPanel(QWidget* parent) : QWidget(parent) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    hint_ = new QLabel(this);
    hint_->setWordWrap(true);
    tree_ = new QTreeWidget(this);
    tree_->setObjectName(QStringLiteral("identifyTree"));
    tree_->setColumnCount(2);
    tree_->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    tree_->setAlternatingRowColors(true);
    layout->addWidget(hint_);
    layout->addWidget(tree_);
    connect(tree_, &QTreeWidget::itemDoubleClicked, this, [this](QTreeWidgetItem* item) {
        const QVariant layer = item->data(0, kOpensLayerRole), feature = item->data(0, kOpensFeatureRole);
        if (layer.isValid() && feature.isValid()) emit featureChosen(layer.toInt(), feature.toInt());
    });
    retranslate();
}

void IdentifyPanel::retranslate() {
    tree_->setHeaderLabels({tr("Field"), tr("Value")});
    hint_->setText(tr("Click a planting area, a cooperative or a zone on the map."));
    if (doc_ && !hits_.empty()) showFeatures(doc_, std::vector<std::pair<int, int>>(hits_));
}

void IdentifyPanel::clear() {
    tree_->clear();
    doc_.reset();
    hits_.clear();
    hint_->setVisible(true);
}

QTreeWidgetItem* IdentifyPanel::section(const QString& title) {
    auto* item = new QTreeWidgetItem(tree_, {title});
    QFont f = item->font(0);
    f.setBold(true);
    item->setFont(0, f);
    item->setFirstColumnSpanned(true);
    item->setExpanded(true);
    return item;
}

void IdentifyPanel::add(QTreeWidgetItem* parent, const QString& label, const QString& value) {
    new QTreeWidgetItem(parent, {label, value});
}

void IdentifyPanel::addAttributes(const DocumentPtr& doc, int layer, int feature) {
    const geo::Layer& l = doc->loaded(layer).normalised;
    auto* s = section(tr("All attributes"));
    s->setExpanded(false);
    for (std::size_t f = 0; f < l.fields.size(); ++f)
        add(s, toQString(l.fields[f].name), doc->text(layer, feature, static_cast<int>(f)));
}

void IdentifyPanel::addInvestments(const DocumentPtr& doc, int coop, QTreeWidgetItem* parent) {
    QLocale locale;
    std::vector<int> rows = doc->investmentsOf(coop);
    if (rows.empty()) {
        add(parent, tr("Investments"), tr("none"));
        return;
    }
    for (int r : rows) {
        QString programme = doc->text(doc->investments, r, doc->investProgrammeField);
        QString year = doc->text(doc->investments, r, doc->investYearField);
        QString amount = doc->text(doc->investments, r, doc->investAmountField);
        bool ok = false;
        qlonglong vnd = amount.toLongLong(&ok);
        QString value = (ok ? locale.toString(vnd) : amount) + QStringLiteral(" VND");
        if (!year.isEmpty()) value += QStringLiteral(" (") + year + QStringLiteral(")");
        add(parent, programme.isEmpty() ? tr("Investment") : programme, value);
    }
}

void IdentifyPanel::addCooperative(const DocumentPtr& doc, int coop, QTreeWidgetItem* parent) {
    QLocale locale;
    add(parent, tr("Name"), doc->text(doc->cooperatives, coop, doc->coopNameField));
    add(parent, tr("Key"), doc->text(doc->cooperatives, coop, doc->coopKeyField));
    qlonglong members = coop < static_cast<int>(doc->coopMembers.size()) ? doc->coopMembers[static_cast<std::size_t>(coop)] : 0;
    add(parent, tr("Members"), locale.toString(members));
    QString stars = doc->text(doc->cooperatives, coop, doc->coopOcopField);
    add(parent, tr("OCOP"), stars.isEmpty() || stars == QStringLiteral("0") ? tr("none") : tr("%1 stars").arg(stars));
    if (const auto* cs = doc->cooperativeStatistics(coop)) {
        if (cs->zone >= 0) {
            QString zone = doc->text(doc->zones, cs->zone, doc->zoneNameField);
            add(parent, tr("Zone"), zone);
        } else {
            add(parent, tr("Zone"), tr("outside every zone"));
        }
    }
}

void IdentifyPanel::showFeature(const DocumentPtr& doc, int layer, int feature) {
    showFeatures(doc, {{layer, feature}});
}

QString IdentifyPanel::featureLabel(const DocumentPtr& doc, int layer, int feature) {
    QString label;
    if (layer == doc->plantings) label = doc->text(layer, feature, doc->plantingCodeField);
    else if (layer == doc->cooperatives) label = doc->text(layer, feature, doc->coopNameField);
    else if (layer == doc->zones) label = doc->text(layer, feature, doc->zoneNameField);
    if (label.isEmpty()) {
        const auto& features = doc->loaded(layer).normalised.features;
        label = tr("feature %1").arg(features[static_cast<std::size_t>(feature)].fid);
    }
    return label;
}

void IdentifyPanel::showFeatures(const DocumentPtr& doc, const std::vector<std::pair<int, int>>& hits) {
    tree_->clear();
    doc_ = doc;
    hits_.clear();
    if (!doc) return;
    for (const auto& [layer, feature] : hits)
        if (layer >= 0 && feature >= 0 && layer < static_cast<int>(doc->layers.size())) hits_.emplace_back(layer, feature);
    if (hits_.empty()) return;
    hint_->setVisible(false);
    if (hits_.size() > 1) {
        // Everything under the click, topmost first; each one's details follow.
        auto* under = section(tr("Under the click"));
        for (const auto& [layer, feature] : hits_)
            add(under, doc->layers[static_cast<std::size_t>(layer)].title, featureLabel(doc, layer, feature));
    }
    for (const auto& [layer, feature] : hits_) addFeature(doc, layer, feature);
}

void IdentifyPanel::addFeature(const DocumentPtr& doc, int layer, int feature) {
    QLocale locale;
    const DisplayLayer& dl = doc->layers[static_cast<std::size_t>(layer)];

    if (layer == doc->plantings) {
        auto* s = section(tr("Planting area"));
        add(s, tr("Code"), doc->text(layer, feature, doc->plantingCodeField));
        add(s, tr("Crop"), doc->text(layer, feature, doc->plantingCropField));
        if (const auto* ps = doc->plantingStatistics(feature)) {
            // A code without a boundary (a register's point) was never measured: not "0.00".
            add(s, tr("Measured area (ha)"),
                ps->hasBoundary ? formatHectares(ps->measuredHa, locale) : tr("not measured: no boundary (a point)"));
            add(s, tr("Declared area (ha)"), ps->declaredHa() ? formatHectares(*ps->declaredHa(), locale) : tr("not given"));
            if (ps->differenceHa())
                add(s, tr("Measured − declared (ha)"),
                    formatHectares(std::fabs(*ps->differenceHa()) < 0.005 ? 0.0 : *ps->differenceHa(), locale));
        } else {
            add(s, tr("Declared area (ha)"), doc->text(layer, feature, doc->plantingDeclaredField));
        }
        if (doc->links && static_cast<std::size_t>(feature) < doc->links->plantingZones.size()) {
            QStringList zones;
            for (const auto& share : doc->links->plantingZones[static_cast<std::size_t>(feature)])
                zones << doc->text(doc->zones, share.zone, doc->zoneNameField);
            if (static_cast<std::size_t>(feature) < doc->links->plantingPointZone.size())
                if (int z = doc->links->plantingPointZone[static_cast<std::size_t>(feature)]; z >= 0)
                    zones << doc->text(doc->zones, z, doc->zoneNameField);  // the zone holding its point
            add(s, tr("Zone"), zones.join(QStringLiteral(", ")));
        }
        int coop = doc->plantingCooperative(feature);
        auto* c = section(tr("Cooperative"));
        if (coop < 0) {
            add(c, tr("Cooperative"), tr("not linked (key: %1)").arg(doc->text(layer, feature, doc->plantingCoopField)));
        } else {
            addCooperative(doc, coop, c);
            const auto& link = doc->links->plantingCooperative[static_cast<std::size_t>(feature)];
            QString how = link.method == geo::LinkMethod::Key             ? tr("by key")
                          : link.method == geo::LinkMethod::SpatialInside ? tr("inferred: inside")
                                                                          : tr("inferred: nearest, %1 m")
                                                                                .arg(locale.toString(link.distanceMetres, 'f', 0));
            add(c, tr("Linked"), how);
            auto* inv = section(tr("Investments of the cooperative"));
            addInvestments(doc, coop, inv);
        }
    } else if (layer == doc->cooperatives) {
        auto* c = section(tr("Cooperative"));
        addCooperative(doc, feature, c);
        auto* codes = section(tr("Planting areas"));
        std::vector<int> plots;
        if (const auto* cs = doc->cooperativeStatistics(feature)) {
            plots = cs->plantingAreas;
            add(c, tr("Planted area (ha)"), formatHectares(cs->plantedHa, locale));
        } else if (doc->links) {
            for (std::size_t i = 0; i < doc->links->plantingCooperative.size(); ++i)
                if (doc->links->plantingCooperative[i].cooperative == feature) plots.push_back(static_cast<int>(i));
        }
        if (plots.empty()) add(codes, tr("Codes"), tr("none"));
        for (int p : plots) {
            QString ha;
            if (const auto* ps = doc->plantingStatistics(p)) ha = formatHectares(ps->measuredHa, locale) + QStringLiteral(" ha");
            add(codes, doc->text(doc->plantings, p, doc->plantingCodeField),
                doc->text(doc->plantings, p, doc->plantingCropField) + QStringLiteral(", ") + ha);
        }
        auto* inv = section(tr("Investments"));
        addInvestments(doc, feature, inv);
    } else if (layer == doc->zones) {
        auto* s = section(tr("Zone"));
        add(s, tr("Code"), doc->text(layer, feature, doc->zoneCodeField));
        add(s, tr("Name"), doc->text(layer, feature, doc->zoneNameField));
        if (const auto* z = doc->zoneStatistics(feature)) {
            add(s, tr("Zone area (ha)"), formatHectares(z->zoneHa, locale));
            add(s, tr("Gross planted (ha)"), formatHectares(z->grossPlantedHa, locale));
            add(s, tr("Net planted (ha)"), formatHectares(z->netPlantedHa, locale));
            add(s, tr("Coverage (%)"), formatPercent(z->coveragePct, locale));
            add(s, tr("Codes"), locale.toString(z->codes));
            add(s, tr("Cooperatives"), locale.toString(z->cooperatives));
            add(s, tr("Members"), locale.toString(static_cast<qlonglong>(z->members)));
            add(s, tr("OCOP"), locale.toString(z->ocopCooperatives));
            add(s, tr("Investment (VND)"), locale.toString(static_cast<qlonglong>(z->investmentVnd)));
            // Who holds the zone's planting areas: the planner's next question.
            if (!z->holders.empty()) {
                auto* holders = section(tr("Cooperatives holding planting areas here"));
                auto byArea = z->holders;  // largest holding first
                std::stable_sort(byArea.begin(), byArea.end(),
                                 [](const auto& a, const auto& b) { return a.grossHa > b.grossHa; });
                for (const auto& h : byArea) {
                    QString who = h.cooperative >= 0 ? doc->text(doc->cooperatives, h.cooperative, doc->coopNameField)
                                                     : tr("not linked to a cooperative");
                    add(holders, who,
                        tr("%1 ha, %n code(s)", nullptr, h.codes).arg(formatHectares(h.grossHa, locale)));
                    if (h.cooperative >= 0) {  // double click opens the holder
                        QTreeWidgetItem* item = holders->child(holders->childCount() - 1);
                        item->setData(0, kOpensLayerRole, doc->cooperatives);
                        item->setData(0, kOpensFeatureRole, h.cooperative);
                        item->setToolTip(0, tr("Double-click to show this cooperative"));
                    }
                }
            }
            if (!z->byCrop.empty()) {
                auto* crops = section(tr("By crop"));
                for (const auto& [crop, figures] : z->byCrop)
                    add(crops, toQString(crop),
                        tr("%1 ha net, %2 codes").arg(formatHectares(figures.netHa, locale)).arg(figures.codes));
            }
        } else {
            add(s, tr("Statistics"), tr("not available"));
        }
    } else {
        auto* s = section(dl.title);
        Q_UNUSED(s);
    }
    addAttributes(doc, layer, feature);
}

QStringList IdentifyPanel::lines() const {
    QStringList out;
    for (int i = 0; i < tree_->topLevelItemCount(); ++i) {
        auto* s = tree_->topLevelItem(i);
        for (int j = 0; j < s->childCount(); ++j)
            out << s->text(0) + QStringLiteral(" / ") + s->child(j)->text(0) + QStringLiteral(": ") +
                       s->child(j)->text(1);
    }
    return out;
}

}  // namespace vt::gui
