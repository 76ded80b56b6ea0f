#pragma once
// The command line's one option table: each command lists its options, and
// both the parser and the usage text are made from that list.
#include <functional>
#include <iosfwd>
#include <map>
#include <stdexcept>
#include <string>
#include <vector>

namespace cli {

struct OptionSpec {
    std::string name;      // "--format"
    std::string argument;  // "csv|json"; empty for a flag
    std::string help;
};

struct Arguments {
    std::vector<std::string> positional;
    std::map<std::string, std::string> options;  // flags map to "1"

    bool has(const std::string& name) const { return options.count(name) != 0; }
    std::string get(const std::string& name, const std::string& fallback = "") const {
        auto it = options.find(name);
        return it == options.end() ? fallback : it->second;
    }
};

// What a command asks main() to do with the exit status.
enum ExitCode { Success = 0, Failure = 1, Usage = 2, Findings = 3, Cancelled = 130 };  // 130: the shell's code for Ctrl-C

// Each exit status and what it means: --help and the man page print this list.
struct ExitStatusSpec {
    ExitCode code;
    std::string meaning;
};
const std::vector<ExitStatusSpec>& exitStatuses();

struct CommandSpec {
    std::string name;
    std::string synopsis;   // "PROJECT|FILE"
    std::string summary;
    std::vector<OptionSpec> options;
    std::size_t minPositional = 1;
    std::size_t maxPositional = 1;
    std::function<int(const Arguments&, std::ostream& out)> run;
};

// Throws UsageError for unknown options or missing arguments.
struct UsageError : std::runtime_error {
    using std::runtime_error::runtime_error;
};
Arguments parse(const CommandSpec& spec, const std::vector<std::string>& args);
// An option's whole-number value; UsageError naming the option otherwise.
int parseInt(const std::string& text, const std::string& option);
void printUsage(const std::vector<CommandSpec>& commands, std::ostream& out);
void printCommandUsage(const CommandSpec& spec, std::ostream& out);

// Generated from the same tables as --help (manual.cpp): the man page as roff
// (--help-man) and the bash completion script (--help-bash-completion), both
// made at build time and installed.
void printManPage(const std::vector<CommandSpec>& commands, const std::string& version, std::ostream& out);
void printBashCompletion(const std::vector<CommandSpec>& commands, std::ostream& out);

// Commands, one file each.
CommandSpec infoCommand();
CommandSpec areaCommand();
CommandSpec statsCommand();
CommandSpec validateCommand();
CommandSpec exportCommand();
CommandSpec journalCommand();
#ifdef VT_HAVE_REPORT
CommandSpec reportCommand();  // report.cpp: needs the map application's page code (Qt)
#endif
CommandSpec findCommand();

}  // namespace cli
