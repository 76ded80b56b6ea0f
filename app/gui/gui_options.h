#pragma once
// The map application's command-line options: one table for the parser
// (main.cpp) and for the man page printed by `vungtrong --help-man`, which the
// build installs as vungtrong(1).
#include <QCommandLineOption>
#include <QString>
#include <ostream>
#include <vector>

namespace vt::gui {

struct GuiOption {
    QString name;       // "render" (given as --render)
    QString valueName;  // "OUTDIR"; empty for a flag
    QString help;
};

QString applicationDescription();
const std::vector<GuiOption>& guiOptions();
// The parser's option for the table's entry name; throws std::logic_error for a name not in the table.
QCommandLineOption parserOption(const QString& name);
// vungtrong(1) in roff, from guiOptions() and the options QCommandLineParser adds (--help, --version).
void printGuiManPage(const QString& version, std::ostream& out);

}  // namespace vt::gui
