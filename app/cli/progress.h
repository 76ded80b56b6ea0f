#pragma once
// Long commands (a million planting areas take seconds) show how far they
// are on standard error when it is a terminal, and take Ctrl-C as "cancel":
// the running step stops at its next progress check, geo/ throws Cancelled,
// and no half-written output is left (writes are atomic). A second Ctrl-C
// kills the process at once.
#include <chrono>
#include <string>

#include "geo/workspace.h"

namespace cli {

class TerminalProgress {
public:
    // Catches Ctrl-C until destroyed; draws only when display is true and
    // standard error is a terminal.
    explicit TerminalProgress(bool display = true);
    ~TerminalProgress();  // clears the progress line, restores Ctrl-C
    TerminalProgress(const TerminalProgress&) = delete;
    TerminalProgress& operator=(const TerminalProgress&) = delete;

    // A ProgressFn for one step that covers [lo, hi] of the whole command;
    // it returns false once Ctrl-C was pressed.
    geo::ProgressFn step(std::string name, double lo, double hi);
    // For work that reports no progress: shows the step, then checks Ctrl-C
    // (throws geo::Cancelled).
    void begin(const std::string& name, double at);

    bool interrupted() const;
    // Clears the progress line, before the command prints its result.
    void clear();

private:
    void show(double overall, const std::string& text);

    bool terminal_ = false;
    bool shown_ = false;
    std::string lastText_;
    std::chrono::steady_clock::time_point lastDraw_{};
};

}  // namespace cli
