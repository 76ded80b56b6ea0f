#pragma once
// Headless mode: `vungtrong PROJECT --render OUTDIR` (or no display) renders
// the map to OUTDIR/map.png and geo/'s statistics to OUTDIR/statistics.csv.
#include <QString>
#include <QTextStream>

namespace vt::gui {

// Returns a process exit code (0 ok, 1 failure); messages go to out/err.
int runHeadless(const QString& projectPath, const QString& outDir, QTextStream& out, QTextStream& err);
// No display and no project: says how to give one (in the interface language); returns 2 (usage).
int refuseHeadlessWithoutProject(QTextStream& err);
// Servers and CI have no session runtime folder: before Qt starts, give it a
// private one (/tmp/vungtrong-runtime-UID, 0700, ours) rather than a warning
// on every run. Leaves XDG_RUNTIME_DIR alone when it is set.
void ensurePrivateRuntimeDir();

}  // namespace vt::gui
