// Ctrl-C during a long command: TerminalProgress turns the first SIGINT
// into "cancel" (progress returns false, begin throws geo::Cancelled) and
// gives the default action back for a second Ctrl-C and after the command.
#include "progress.h"

#include <gtest/gtest.h>

#include <csignal>

namespace {

void (*currentHandler())(int) {
    struct sigaction now {};
    sigaction(SIGINT, nullptr, &now);
    return now.sa_handler;
}

TEST(TerminalProgress, WithoutCtrlCEveryStepGoesOn) {
    cli::TerminalProgress progress(false);
    auto step = progress.step("linking", 0.2, 0.6);
    EXPECT_TRUE(step(0.5, "area"));
    EXPECT_NO_THROW(progress.begin("writing", 0.9));
    EXPECT_FALSE(progress.interrupted());
}

TEST(TerminalProgress, CtrlCCancelsTheRunningStepAndTheNextOne) {
    ASSERT_EQ(currentHandler(), SIG_DFL);
    {
        cli::TerminalProgress progress(false);
        EXPECT_NE(currentHandler(), SIG_DFL);  // caught, not fatal
        auto step = progress.step("linking", 0, 1);
        ASSERT_TRUE(step(0.1, "area"));
        std::raise(SIGINT);                    // the process lives on
        EXPECT_TRUE(progress.interrupted());
        EXPECT_FALSE(step(0.2, "area"));
        EXPECT_THROW(progress.begin("writing", 0.9), geo::Cancelled);
        EXPECT_EQ(currentHandler(), SIG_DFL);  // a second Ctrl-C would end the process
    }
    EXPECT_EQ(currentHandler(), SIG_DFL);
    cli::TerminalProgress again(false);        // a new command starts uncancelled
    EXPECT_FALSE(again.interrupted());
}

}  // namespace
