#include "gui_options.h"

#include <stdexcept>

#include "../man/roff.h"

namespace vt::gui {

QString applicationDescription() {
    return QStringLiteral("VungTrong: planting areas, cooperatives and investments on a map.");
}

const std::vector<GuiOption>& guiOptions() {
    static const std::vector<GuiOption> options = {
        {QStringLiteral("render"), QStringLiteral("OUTDIR"),
         QStringLiteral("render the map (map.png) and statistics (statistics.csv) into OUTDIR and exit; the "
                        "default without a display (OUTDIR ./vungtrong-output)")},
        {QStringLiteral("lang"), QStringLiteral("LANG"), QStringLiteral("interface language: vi or en")},
    };
    return options;
}

QCommandLineOption parserOption(const QString& name) {
    for (const auto& o : guiOptions())
        if (o.name == name) return o.valueName.isEmpty() ? QCommandLineOption(o.name, o.help)
                                                         : QCommandLineOption(o.name, o.help, o.valueName);
    throw std::logic_error("no option --" + name.toStdString() + " in the option table");
}

void printGuiManPage(const QString& version, std::ostream& out) {
    using vt::man::escape;
    out << vt::man::header("vungtrong", version.toStdString(),
                           "map of a province's planting areas, cooperatives and investments");
    out << ".SH SYNOPSIS\n.B vungtrong\n.RI [ OPTIONS ]\n.RI [ PROJECT ]\n";
    out << ".SH DESCRIPTION\n"
        << escape(applicationDescription().toStdString()) << "\n.PP\n"
        << escape("vungtrong opens a VungTrong project (.vtproj): district or commune zones, the polygons of the "
                  "export planting-area codes (mã số vùng trồng), the cooperatives (HTX) and their investments. "
                  "It shows them on a map with a coverage choropleth, per-zone statistics, the cooperatives and the "
                  "data-quality findings; a click on a feature shows what it is linked to. The statistics are the "
                  "same numbers as vungtrong-cli(1) prints. Started without PROJECT it offers to open the demo "
                  "province installed with it.")
        << "\n.PP\n"
        << escape("Without a display (no DISPLAY or WAYLAND_DISPLAY), or with --render, it draws no window: it "
                  "renders the project's map to OUTDIR/map.png and its statistics to OUTDIR/statistics.csv, prints "
                  "where, with the count of data-quality findings, and exits.")
        << "\n";
    out << ".SH OPTIONS\n";
    for (const auto& o : guiOptions())
        out << vt::man::option("--" + o.name.toStdString(), o.valueName.toStdString(), o.help.toStdString());
    // The two QCommandLineParser adds with addHelpOption() and addVersionOption().
    out << vt::man::option("-h, --help", "", "print the options and exit");
    out << vt::man::option("-v, --version", "", "print the version and exit");
    out << ".SH ENVIRONMENT\n"
        << vt::man::option("LANG, LC_ALL, LC_MESSAGES", "",
                           "a Vietnamese locale (vi_VN.UTF-8) selects the Vietnamese interface, any other English, "
                           "until a language is chosen in the Language menu (remembered) or given with --lang")
        << vt::man::option("QT_QPA_PLATFORM", "", "offscreen renders without a display");
    out << ".SH FILES\n"
        << vt::man::option("/usr/share/vungtrong/demo/soc-trang.vtproj", "",
                           "the demo province project (Sóc Trăng, synthetic data with the province's published "
                           "totals), in share/vungtrong/demo under the installation prefix")
        << vt::man::option("/usr/share/vungtrong/translations", "",
                           "the compiled interface translations (vungtrong_vi.qm, vungtrong_en.qm)")
        << vt::man::option("~/.config/VungTrong/VungTrong.conf", "", "the chosen language and recent projects");
    out << ".SH EXAMPLES\n.nf\n"
        << escape("vungtrong /usr/share/vungtrong/demo/soc-trang.vtproj\n"
                  "vungtrong --render out /usr/share/vungtrong/demo/soc-trang.vtproj")
        << "\n.fi\n";
    out << ".SH SEE ALSO\n.BR vungtrong\\-cli (1)\n";
}

}  // namespace vt::gui
