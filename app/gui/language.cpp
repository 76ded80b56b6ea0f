#include "language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>

#include "install_layout.h"

namespace vt::gui {

Language::Language(QObject* parent) : QObject(parent) {}

Language::~Language() {
    if (app_) QCoreApplication::removeTranslator(app_.get());
    if (qt_) QCoreApplication::removeTranslator(qt_.get());
}

QString Language::systemDefault() {
    return QLocale::system().language() == QLocale::Vietnamese ? QStringLiteral("vi") : QStringLiteral("en");
}

bool Language::setLanguage(const QString& code) {
    if (code != QStringLiteral("vi") && code != QStringLiteral("en")) return false;
    // The installed file first (share/vungtrong/translations, which a packager
    // or translator may update), else the copy compiled into the binary.
    auto app = std::make_unique<QTranslator>();
    const QString file = QStringLiteral("vungtrong_") + code + QStringLiteral(".qm");
    const QString installed = installedTranslationsDir();
    if (installed.isEmpty() || !app->load(file, installed)) {
        if (!app->load(QStringLiteral(":/i18n/") + file)) return false;
    }
    auto qt = std::make_unique<QTranslator>();
    bool haveQt = qt->load(QStringLiteral("qtbase_") + code, QLibraryInfo::path(QLibraryInfo::TranslationsPath));

    QLocale::setDefault(code == QStringLiteral("vi") ? QLocale(QLocale::Vietnamese, QLocale::Vietnam)
                                                     : QLocale(QLocale::English, QLocale::UnitedKingdom));
    if (app_) QCoreApplication::removeTranslator(app_.get());
    if (qt_) QCoreApplication::removeTranslator(qt_.get());
    app_ = std::move(app);
    qt_ = haveQt ? std::move(qt) : nullptr;
    if (qt_) QCoreApplication::installTranslator(qt_.get());
    QCoreApplication::installTranslator(app_.get());  // sends LanguageChange
    current_ = code;
    emit changed(code);
    return true;
}

}  // namespace vt::gui
