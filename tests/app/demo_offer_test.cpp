// The question `vungtrong` asks when started without a project (issue 17):
// open the installed demo, a project of one's own, or nothing. Rendered
// offscreen to build/tests/demo_offer_<lang>.png for a look.
#include <gtest/gtest.h>

#include <QAbstractButton>
#include <QApplication>
#include <QPushButton>

#include "app_test_support.h"
#include "demo_offer.h"
#include "language.h"

using namespace vt::gui;

namespace {

QPushButton* button(QMessageBox& box, const char* name) {
    return box.findChild<QPushButton*>(QString::fromLatin1(name));
}

}  // namespace

TEST(DemoOffer, DemoIsTheDefaultAndEscapeStartsEmpty) {
    auto box = makeDemoOffer(nullptr);
    ASSERT_NE(button(*box, "openDemo"), nullptr);
    ASSERT_NE(button(*box, "openProject"), nullptr);
    ASSERT_NE(button(*box, "startEmpty"), nullptr);
    EXPECT_EQ(box->defaultButton(), button(*box, "openDemo"));
    EXPECT_EQ(box->escapeButton(), button(*box, "startEmpty"));
    EXPECT_EQ(choiceOf(*box), StartChoice::Nothing);  // closed without a click
}

TEST(DemoOffer, EachButtonIsItsChoice) {
    const std::pair<const char*, StartChoice> cases[] = {
        {"openDemo", StartChoice::Demo}, {"openProject", StartChoice::OpenProject}, {"startEmpty", StartChoice::Nothing}};
    for (const auto& [name, choice] : cases) {
        auto box = makeDemoOffer(nullptr);
        button(*box, name)->click();
        EXPECT_EQ(choiceOf(*box), choice) << name;
    }
}

TEST(DemoOffer, SpeaksTheInterfaceLanguage) {
    Language language;
    for (const char* code : {"vi", "en"}) {
        ASSERT_TRUE(language.setLanguage(QString::fromLatin1(code)));
        auto box = makeDemoOffer(nullptr);
        if (QString::fromLatin1(code) == QStringLiteral("vi")) {
            EXPECT_EQ(box->text(), QStringLiteral("<b>Chưa mở dự án nào.</b>"));
            EXPECT_EQ(button(*box, "openDemo")->text(), QStringLiteral("Mở dự án &mẫu"));
        } else {
            EXPECT_EQ(box->text(), QStringLiteral("<b>No project is open.</b>"));
            EXPECT_EQ(button(*box, "openDemo")->text(), QStringLiteral("Open the &demo"));
        }
        box->show();
        QApplication::processEvents();
        QImage shot = box->grab().toImage();
        box->hide();
        EXPECT_GT(shot.width(), 300);
        EXPECT_TRUE(shot.save(QStringLiteral(VT_BINARY_DIR "/tests/demo_offer_%1.png").arg(QString::fromLatin1(code))));
    }
}
