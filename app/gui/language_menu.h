#pragma once
// Language ▸ Tiếng Việt / English: switches the interface language
// (language.h) and keeps the check on the language in use.
#include <QObject>

class QAction;
class QMenu;
class QWidget;

namespace vt::gui {

class Language;

class LanguageMenu : public QObject {
    Q_OBJECT
public:
    // language may be null (no switching: tests that build a window alone).
    LanguageMenu(Language* language, QWidget* parent);
    QMenu* menu() const { return menu_; }
    void retranslate();

private:
    void syncChecks();
    Language* language_;
    QMenu* menu_;
    QAction *viAct_, *enAct_;
};

}  // namespace vt::gui
