#pragma once
// Roff for man pages. vungtrong-cli and vungtrong print their own pages from
// their option tables (--help-man), so a page and --help never disagree; this
// header is the one place that knows roff's quoting. Plain C++, no Qt.
#include <string>
#include <string_view>

namespace vt::man {

// Text safe inside a roff line: a backslash is doubled, '-' becomes "\-" (a
// real minus, so options copied from the page work), and a line starting with
// '.' or '\'' is guarded with "\&" so it is not read as a request.
inline std::string escape(std::string_view text) {
    std::string out;
    out.reserve(text.size() + 8);
    bool lineStart = true;
    for (char c : text) {
        if (lineStart && (c == '.' || c == '\'')) out += "\\&";
        if (c == '\\') out += "\\e";
        else if (c == '-') out += "\\-";
        else out += c;
        lineStart = c == '\n';
    }
    return out;
}

// The page's header: title line and NAME section ("vungtrong-cli \- what").
inline std::string header(std::string_view program, std::string_view version, std::string_view what) {
    std::string upper(program);
    for (char& c : upper)
        if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    return ".TH " + escape(upper) + " 1 \"\" \"VungTrong " + escape(version) + "\" \"User Commands\"\n" +
           ".SH NAME\n" + escape(program) + " \\- " + escape(what) + "\n";
}

// ".TP" paragraph for an option: bold name, italic argument.
inline std::string option(std::string_view name, std::string_view argument, std::string_view help) {
    std::string out = ".TP\n.B " + escape(name);
    if (!argument.empty()) out = ".TP\n.BI \"" + escape(name) + " \" \"" + escape(argument) + "\"";
    return out + "\n" + escape(help) + "\n";
}

}  // namespace vt::man
