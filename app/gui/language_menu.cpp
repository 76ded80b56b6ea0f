#include "language_menu.h"

#include <QAction>
#include <QActionGroup>
#include <QMenu>

#include "language.h"

namespace vt::gui {

LanguageMenu::LanguageMenu(Language* language, QWidget* parent) : QObject(parent), language_(language) {
    menu_ = new QMenu(parent);
    menu_->setObjectName(QStringLiteral("languageMenu"));
    auto* group = new QActionGroup(this);
    viAct_ = menu_->addAction(QStringLiteral("Tiếng Việt"));  // each language in its own words
    enAct_ = menu_->addAction(QStringLiteral("English"));
    for (QAction* a : {viAct_, enAct_}) {
        a->setCheckable(true);
        group->addAction(a);
    }
    connect(viAct_, &QAction::triggered, this, [this] {
        if (language_) language_->setLanguage(QStringLiteral("vi"));
    });
    connect(enAct_, &QAction::triggered, this, [this] {
        if (language_) language_->setLanguage(QStringLiteral("en"));
    });
    if (language_) connect(language_, &Language::changed, this, &LanguageMenu::syncChecks);
    syncChecks();
}

void LanguageMenu::retranslate() { menu_->setTitle(tr("L&anguage")); }

void LanguageMenu::syncChecks() {
    if (!language_) return;
    viAct_->setChecked(language_->current() == QStringLiteral("vi"));
    enAct_->setChecked(language_->current() == QStringLiteral("en"));
}

}  // namespace vt::gui
