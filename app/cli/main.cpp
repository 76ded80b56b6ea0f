// vungtrong-cli: everything the app shows, computed from the command line.
// Only this file decides exit codes; commands return them, geo/ throws.
#include <cstdlib>
#include <iostream>
#include <string>
#include <vector>

#include "command_line.h"
#include "geo/error.h"
#include "geo/large_heap.h"
#include "geo/workspace.h"

int main(int argc, char** argv) {
    // Before any thread: a million plots are ~1 GB of small blocks (VT_LARGE_HEAP=0 leaves malloc as it is).
    if (const char* large = std::getenv("VT_LARGE_HEAP"); !large || std::string(large) != "0")
        geo::prepareHeapForLargeLayers();
    std::vector<cli::CommandSpec> commands = {cli::infoCommand(), cli::areaCommand(),
                                               cli::exportCommand(),
                                               cli::statsCommand(),
                                               cli::validateCommand(),
                                               cli::journalCommand(),
                                               cli::findCommand()};
#ifdef VT_HAVE_REPORT
    commands.push_back(cli::reportCommand());
#endif
    std::vector<std::string> args(argv + 1, argv + argc);
    // Hidden: the build makes the man page and the bash completion with these.
    if (args.size() == 1 && args[0] == "--help-man") {
        cli::printManPage(commands, VT_VERSION, std::cout);
        return std::cout.flush() ? cli::Success : cli::Failure;
    }
    if (args.size() == 1 && args[0] == "--help-bash-completion") {
        cli::printBashCompletion(commands, std::cout);
        return std::cout.flush() ? cli::Success : cli::Failure;
    }
    if (args.size() == 1 && args[0] == "--version") {
        std::cout << "vungtrong-cli " << VT_VERSION << "\n";
        return cli::Success;
    }
    if (args.empty() || args[0] == "--help" || args[0] == "-h" || args[0] == "help") {
        cli::printUsage(commands, args.empty() ? std::cerr : std::cout);
        return args.empty() ? cli::Usage : cli::Success;
    }
    const cli::CommandSpec* command = nullptr;
    for (const auto& c : commands)
        if (c.name == args[0]) command = &c;
    if (!command) {
        std::cerr << "vungtrong-cli: unknown command '" << args[0] << "' (try --help)\n";
        return cli::Usage;
    }
    try {
        std::vector<std::string> rest(args.begin() + 1, args.end());
        if (!rest.empty() && (rest[0] == "--help" || rest[0] == "-h")) {
            cli::printCommandUsage(*command, std::cout);
            return cli::Success;
        }
        cli::Arguments parsed = cli::parse(*command, rest);
        return command->run(parsed, std::cout);
    } catch (const geo::Cancelled&) {
        std::cerr << "vungtrong-cli " << command->name << ": cancelled; no output was written\n";
        return cli::Cancelled;
    } catch (const cli::UsageError& e) {
        std::cerr << "vungtrong-cli " << command->name << ": " << e.what() << "\n";
        return cli::Usage;
    } catch (const geo::Error& e) {
        std::cerr << "vungtrong-cli " << command->name << ": " << e.what() << "\n";
        return cli::Failure;
    } catch (const std::exception& e) {
        std::cerr << "vungtrong-cli " << command->name << ": unexpected error: " << e.what() << "\n";
        return cli::Failure;
    } catch (...) {
        std::cerr << "vungtrong-cli " << command->name << ": unexpected error of an unknown kind\n";
        return cli::Failure;
    }
}
