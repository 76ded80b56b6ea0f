#include "demo_offer.h"

#include <QAbstractButton>
#include <QPixmap>
#include <QCoreApplication>
#include <QPushButton>

namespace vt::gui {

namespace {
// The translation context of these strings (not QMessageBox's, which is Qt's own).
class DemoOffer {
    Q_DECLARE_TR_FUNCTIONS(DemoOffer)
};
}  // namespace

std::unique_ptr<QMessageBox> makeDemoOffer(QWidget* parent) {
    auto box = std::make_unique<QMessageBox>(parent);
    box->setWindowTitle(DemoOffer::tr("Welcome to VungTrong"));
    box->setIconPixmap(QPixmap(QStringLiteral(":/icons/64.png")));  // app/desktop/icons
    box->setText(DemoOffer::tr("<b>No project is open.</b>"));
    box->setInformativeText(
        DemoOffer::tr("VungTrong is installed with a demo province project: zones, planting areas, cooperatives and "
                        "investments whose totals are a province's published figures and whose geometry is "
                        "synthetic.<br><br>Open the demo, or a project of your own (.vtproj)?"));
    QPushButton* demo = box->addButton(DemoOffer::tr("Open the &demo"), QMessageBox::AcceptRole);
    demo->setObjectName(QStringLiteral("openDemo"));
    QPushButton* open = box->addButton(DemoOffer::tr("Open a &project…"), QMessageBox::ActionRole);
    open->setObjectName(QStringLiteral("openProject"));
    QPushButton* none = box->addButton(DemoOffer::tr("&Start empty"), QMessageBox::RejectRole);
    none->setObjectName(QStringLiteral("startEmpty"));
    box->setDefaultButton(demo);
    box->setEscapeButton(none);
    return box;
}

StartChoice choiceOf(const QMessageBox& offer) {
    const QAbstractButton* clicked = offer.clickedButton();
    if (!clicked) return StartChoice::Nothing;
    if (clicked->objectName() == QStringLiteral("openDemo")) return StartChoice::Demo;
    if (clicked->objectName() == QStringLiteral("openProject")) return StartChoice::OpenProject;
    return StartChoice::Nothing;
}

}  // namespace vt::gui
