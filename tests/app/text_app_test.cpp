// Text through ICU in the app: tables sort in Vietnamese order with numbers
// by value (CollatingSortProxy), and the toolbar's search box finds Thạnh
// Trị however it is typed (SearchBox over geo::FeatureSearch). Orders are
// written out by hand from the Vietnamese alphabet
// (a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư v x y).
#include <QSortFilterProxyModel>
#include <algorithm>
#include <QStandardItemModel>
#include <QTableView>
#include <QTreeWidget>
#include <vector>

#include "demo_window_fixture.h"
#include "collating_sort_proxy.h"
#include "cooperatives_model.h"
#include "language.h"
#include "main_window.h"
#include "identify_dock.h"
#include "search_box.h"
#include "selection.h"

using namespace vt::gui;

namespace {

QStringList column(const QAbstractItemModel& m, int col) {
    QStringList out;
    for (int r = 0; r < m.rowCount(); ++r) out << m.index(r, col).data(Qt::DisplayRole).toString();
    return out;
}

TEST(CollatingSortProxy, TextInVietnameseOrderNumbersByValue) {
    QStandardItemModel source;
    const QStringList names = {QStringLiteral("Ưng"), QStringLiteral("Đức"), QStringLiteral("Ung"),
                               QStringLiteral("Dung"), QStringLiteral("Ông"), QStringLiteral("Ong"),
                               QStringLiteral("HTX-10"), QStringLiteral("HTX-2"), QString()};
    const std::vector<double> numbers = {10, 9, 100, 2.5, -1, 0, 1e6, 11, 3};
    for (int r = 0; r < names.size(); ++r) {
        auto* name = new QStandardItem(names[r]);
        auto* number = new QStandardItem(QString::number(numbers[static_cast<std::size_t>(r)]));
        number->setData(numbers[static_cast<std::size_t>(r)], Qt::UserRole);  // the value under the sort role
        source.appendRow({name, number});
    }
    CollatingSortProxy proxy;
    proxy.setSourceModel(&source);
    proxy.setSortRole(Qt::DisplayRole);
    proxy.sort(0, Qt::AscendingOrder);
    // Empty first; d < đ, o < ô, u < ư; 2 < 10 by value.
    EXPECT_EQ(column(proxy, 0), (QStringList{QString(), QStringLiteral("Dung"), QStringLiteral("Đức"),
                                             QStringLiteral("HTX-2"), QStringLiteral("HTX-10"), QStringLiteral("Ong"),
                                             QStringLiteral("Ông"), QStringLiteral("Ung"), QStringLiteral("Ưng")}));
    proxy.setSortRole(Qt::UserRole);
    proxy.sort(1, Qt::AscendingOrder);
    // As text, "1e+06" < "10" < "100" < "11" < "2.5"; by value:
    EXPECT_EQ(column(proxy, 1), QStringList({QStringLiteral("-1"), QStringLiteral("0"), QStringLiteral("2.5"), QStringLiteral("3"),
                                      QStringLiteral("9"), QStringLiteral("10"), QStringLiteral("11"), QStringLiteral("100"),
                                      QStringLiteral("1e+06")}));
}

class DemoText : public apptest::DemoWindowSuite {
protected:
    static void SetUpTestSuite() { openWindow(apptest::demoProject(), /*show=*/false); }
    SearchBox* searchBox() const { return window->findChild<SearchBox*>(QStringLiteral("search")); }
};

TEST_F(DemoText, CooperativesSortByNameInVietnameseOrder) {
    QTableView* view = window->cooperativesView();
    view->sortByColumn(CooperativesModel::Name, Qt::AscendingOrder);
    const QStringList names = column(*view->model(), CooperativesModel::Name);
    ASSERT_EQ(names.size(), 216);
    // The demo's names are "HTX <kind> …"; the kinds, in the order the sorted
    // column first shows them. By UTF-16 code units it would be Chăn, Cây, …
    // (h < â), Nuôi before Nông (u < ô), Thương before Thủy (ư is U+01B0, ủ U+1EE7).
    QStringList kinds;
    for (const QString& n : names) {
        const QString kind = n.section(QLatin1Char(' '), 1, 1);
        if (kinds.isEmpty() || kinds.back() != kind) kinds << kind;
    }
    EXPECT_EQ(kinds, (QStringList{QStringLiteral("Cây"), QStringLiteral("Chăn"), QStringLiteral("Dịch"),
                                  QStringLiteral("Hành"), QStringLiteral("Lúa"), QStringLiteral("Nông"),
                                  QStringLiteral("Nuôi"), QStringLiteral("Thủy"), QStringLiteral("Thương"),
                                  QStringLiteral("Tôm")}));
    // Members still sort by value.
    view->sortByColumn(CooperativesModel::Members, Qt::AscendingOrder);
    qlonglong last = -1;
    for (int r = 0; r < view->model()->rowCount(); ++r) {
        const qlonglong m = view->model()->index(r, CooperativesModel::Members).data(CooperativesModel::SortRole).toLongLong();
        EXPECT_GE(m, last) << r;
        last = m;
    }
}

TEST_F(DemoText, SearchFindsThanhTriHoweverItIsTyped) {
    SearchBox* box = searchBox();
    ASSERT_NE(box, nullptr);
    const Document& d = doc();
    for (const QString& typed : {QStringLiteral("thanh tri"), QStringLiteral("THANH TRI"), QStringLiteral("Thanh Tri"),
                                 QStringLiteral("949")}) {
        const auto hits = box->hits(typed);
        ASSERT_FALSE(hits.empty()) << typed.toStdString();
        EXPECT_EQ(hits.front().layer, d.zones) << typed.toStdString();
        EXPECT_EQ(d.text(d.zones, hits.front().feature, d.zoneCodeField), QStringLiteral("949")) << typed.toStdString();
        EXPECT_EQ(d.text(d.zones, hits.front().feature, d.zoneNameField), QStringLiteral("Thạnh Trị"));
    }
    // The list under the box: the zone first, labelled with its code and name.
    box->refreshHits(QStringLiteral("thanh tri"));
    ASSERT_GE(box->hitList()->rowCount(), 1);
    EXPECT_EQ(box->hitList()->item(0)->text(), QStringLiteral("949 — Thạnh Trị (zone)"));
    EXPECT_LE(box->hitList()->rowCount(), SearchBox::kListed);
    // Enter (searchFor) selects the zone; choosing the label from the list does too.
    window->selection()->clear();
    ASSERT_TRUE(window->searchFor(QStringLiteral("thanh tri")));
    const std::string zonesId = d.layers[static_cast<std::size_t>(d.zones)].id;
    const int zone = box->hits(QStringLiteral("949")).front().feature;
    EXPECT_TRUE(window->selection()->contains(zonesId, zone));
    window->selection()->clear();
    ASSERT_TRUE(box->choose(QStringLiteral("949 — Thạnh Trị (zone)")));
    EXPECT_TRUE(window->selection()->contains(zonesId, zone));
    EXPECT_FALSE(window->searchFor(QStringLiteral("không có đâu 12345")));
}

TEST_F(DemoText, AZonesHolderOpensOnDoubleClick) {
    const Document& d = doc();
    ASSERT_TRUE(window->searchFor(QStringLiteral("949")));  // identify shows the zone with its holders
    auto* panel = window->findChild<IdentifyPanel*>();
    ASSERT_NE(panel, nullptr);
    QTreeWidgetItem* holder = nullptr;
    for (int i = 0; i < panel->tree()->topLevelItemCount() && !holder; ++i) {
        QTreeWidgetItem* section = panel->tree()->topLevelItem(i);
        for (int j = 0; j < section->childCount() && !holder; ++j)
            if (section->child(j)->data(0, IdentifyPanel::kOpensFeatureRole).isValid()) holder = section->child(j);
    }
    ASSERT_NE(holder, nullptr) << "no holder row opens its cooperative";
    const int coop = holder->data(0, IdentifyPanel::kOpensFeatureRole).toInt();
    EXPECT_EQ(holder->data(0, IdentifyPanel::kOpensLayerRole).toInt(), d.cooperatives);
    EXPECT_EQ(holder->text(0), d.text(d.cooperatives, coop, d.coopNameField));  // the row names that cooperative
    window->selection()->clear();
    emit panel->tree()->itemDoubleClicked(holder, 0);
    EXPECT_TRUE(window->selection()->contains(d.layers[static_cast<std::size_t>(d.cooperatives)].id, coop));
    const QStringList lines = panel->lines();
    const QString key = d.text(d.cooperatives, coop, d.coopKeyField);
    EXPECT_TRUE(std::any_of(lines.begin(), lines.end(), [&](const QString& l) { return l.contains(key); }))
        << lines.join(QLatin1Char('\n')).toStdString();
}

}  // namespace
