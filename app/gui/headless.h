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

}  // namespace vt::gui
