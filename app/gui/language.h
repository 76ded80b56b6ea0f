#pragma once
// Interface language: Vietnamese or English, from the compiled .qm files
// installed in share/vungtrong/translations beside the executable's bin/, or
// else those embedded as resources (:/i18n/vungtrong_<code>.qm). Switching installs the
// translator, which sends LanguageChange to every widget, and sets the
// default QLocale so numbers follow (1.234,56 in Vietnamese).
#include <QObject>
#include <QString>
#include <QTranslator>
#include <memory>

namespace vt::gui {

class Language : public QObject {
    Q_OBJECT
public:
    explicit Language(QObject* parent = nullptr);
    ~Language() override;
    // "vi" when the system locale is Vietnamese, else "en".
    static QString systemDefault();
    // Installs code's translations ("vi" or "en"); false when unknown.
    bool setLanguage(const QString& code);
    QString current() const { return current_; }

signals:
    void changed(const QString& code);

private:
    std::unique_ptr<QTranslator> app_, qt_;
    QString current_;
};

}  // namespace vt::gui
