#pragma once
// The application's own settings: window layout, recent projects, the last
// folder, the print layout. Every room of the main window reads them here.
#include <QSettings>

namespace vt::gui {

inline QSettings appSettings() { return QSettings(QStringLiteral("VungTrong"), QStringLiteral("VungTrong")); }

}  // namespace vt::gui
