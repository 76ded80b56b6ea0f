#include "progress.h"

#include <unistd.h>

#include <csignal>
#include <cstdio>

namespace cli {
namespace {

volatile std::sig_atomic_t gInterrupted = 0;
struct sigaction gPrevious {};

extern "C" void onInterrupt(int) { gInterrupted = 1; }

}  // namespace

TerminalProgress::TerminalProgress(bool display) : terminal_(display && isatty(STDERR_FILENO) == 1) {
    gInterrupted = 0;
    struct sigaction action {};
    action.sa_handler = onInterrupt;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESETHAND;  // the second Ctrl-C gets the default: exit now
    sigaction(SIGINT, &action, &gPrevious);
}

TerminalProgress::~TerminalProgress() {
    clear();
    sigaction(SIGINT, &gPrevious, nullptr);
}

void TerminalProgress::clear() {
    if (shown_) std::fputs("\r\033[K", stderr);
    shown_ = false;
    lastText_.clear();
}

bool TerminalProgress::interrupted() const { return gInterrupted != 0; }

void TerminalProgress::show(double overall, const std::string& text) {
    if (!terminal_) return;
    auto now = std::chrono::steady_clock::now();
    // A terminal redrawn more than ten times a second only costs time.
    if (text == lastText_ && now - lastDraw_ < std::chrono::milliseconds(100)) return;
    lastText_ = text;
    lastDraw_ = now;
    int percent = static_cast<int>(overall * 100 + 0.5);
    percent = percent < 0 ? 0 : percent > 100 ? 100 : percent;
    std::fprintf(stderr, "\r\033[K[%3d%%] %s (Ctrl-C cancels)", percent, text.c_str());
    std::fflush(stderr);
    shown_ = true;
}

geo::ProgressFn TerminalProgress::step(std::string name, double lo, double hi) {
    return [this, name = std::move(name), lo, hi](double fraction, const std::string& stage) {
        std::string text = stage.empty() || stage == name || stage == "done" ? name : name + ": " + stage;
        show(lo + (hi - lo) * fraction, text);
        return !interrupted();
    };
}

void TerminalProgress::begin(const std::string& name, double at) {
    show(at, name);
    if (interrupted()) throw geo::Cancelled();
}

}  // namespace cli
