#pragma once
// Where VungTrong's installed files are, found from the executable's own place:
// bin/vungtrong → bin/../share/vungtrong/{demo,translations}. No path is
// compiled in, so an installed tree works wherever it is unpacked (/usr, a
// prefix, a chroot). The build tree mirrors the layout (build/app/share/vungtrong,
// see app/CMakeLists.txt), so the same lookups work from build/app/gui/.
#include <QString>

namespace vt::gui {

// share/vungtrong beside the executable's bin/; empty when there is none.
QString installedDataDir();
// The demo province project installed with VungTrong; empty when not installed.
QString installedDemoProject();
// The folder of the compiled translations (vungtrong_<code>.qm); empty when absent.
QString installedTranslationsDir();

}  // namespace vt::gui
