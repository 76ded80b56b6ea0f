#include "command_line.h"

#include <charconv>

#include <ostream>

namespace cli {

Arguments parse(const CommandSpec& spec, const std::vector<std::string>& args) {
    Arguments out;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        if (a.size() > 2 && a.rfind("--", 0) == 0) {
            std::string name = a;
            std::string value;
            bool hasInlineValue = false;
            if (auto eq = a.find('='); eq != std::string::npos) {
                name = a.substr(0, eq);
                value = a.substr(eq + 1);
                hasInlineValue = true;
            }
            const OptionSpec* opt = nullptr;
            for (const auto& o : spec.options)
                if (o.name == name) opt = &o;
            if (!opt) throw UsageError("unknown option " + name + " for '" + spec.name + "'");
            if (opt->argument.empty()) {
                if (hasInlineValue) throw UsageError(name + " takes no value");
                out.options[name] = "1";
            } else {
                if (!hasInlineValue) {
                    if (i + 1 >= args.size()) throw UsageError(name + " needs a value (" + opt->argument + ")");
                    value = args[++i];
                }
                out.options[name] = value;
            }
        } else {
            out.positional.push_back(a);
        }
    }
    if (out.positional.size() < spec.minPositional)
        throw UsageError("'" + spec.name + "' needs " + spec.synopsis);
    if (out.positional.size() > spec.maxPositional)
        throw UsageError("'" + spec.name + "' takes " + spec.synopsis + ", got an extra '" +
                         out.positional[spec.maxPositional] + "'");
    return out;
}

void printCommandUsage(const CommandSpec& spec, std::ostream& out) {
    out << "  vungtrong-cli " << spec.name << " " << spec.synopsis;
    for (const auto& o : spec.options)
        out << " [" << o.name << (o.argument.empty() ? "" : " " + o.argument) << "]";
    out << "\n      " << spec.summary << "\n";
    for (const auto& o : spec.options)
        out << "      " << o.name << (o.argument.empty() ? "" : " " + o.argument) << "  " << o.help << "\n";
}

const std::vector<ExitStatusSpec>& exitStatuses() {
    static const std::vector<ExitStatusSpec> statuses = {
        {Success, "success"},
        {Failure, "error (a one-line reason on standard error)"},
        {Usage, "usage error"},
        {Findings, "data-quality findings at the --fail-on level (validate)"},
        {Cancelled, "cancelled (Ctrl-C); nothing was written"},
    };
    return statuses;
}

void printUsage(const std::vector<CommandSpec>& commands, std::ostream& out) {
    out << "VungTrong command line: planting-area statistics and data checks.\n\nUsage:\n";
    for (const auto& c : commands) printCommandUsage(c, out);
    out << "  vungtrong-cli --version\n      print the version\n\nExit status:";
    const char* sep = " ";
    for (const auto& s : exitStatuses()) {
        out << sep << static_cast<int>(s.code) << " " << s.meaning;
        sep = "; ";
    }
    out << ".\n";
}

int parseInt(const std::string& text, const std::string& option) {
    int value = 0;
    auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc() || end != text.data() + text.size())
        throw UsageError(option + " needs a whole number, not '" + text + "'");
    return value;
}

}  // namespace cli
