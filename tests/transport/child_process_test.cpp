// ChildProcessChannel: a real child over pipes, including the spec's stdio shutdown sequence
// (close stdin, wait, SIGTERM, wait, SIGKILL).
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <gtest/gtest.h>

#include <cerrno>
#include <chrono>
#include <memory>
#include <system_error>

#include "sallyport/transport/child_process.hpp"
#include "support/inbox.hpp"

namespace sallyport::transport {
namespace {

using namespace std::chrono_literals;
using testing::Inbox;

struct Child {
  explicit Child(ChildProcessOptions options)
      : inbox(std::make_shared<Inbox>()),
        channel(std::make_unique<ChildProcessChannel>(std::move(options))) {
    auto in = inbox;
    channel->start(rpc::Channel::Callbacks{
        .on_frame = [in](std::string&& f) { in->push(std::move(f)); },
        .on_oversize = [in](std::size_t) { in->count_oversize(); },
        .on_close = [in](std::optional<std::string> why) { in->mark_closed(std::move(why)); },
    });
  }
  std::shared_ptr<Inbox> inbox;
  std::unique_ptr<ChildProcessChannel> channel;
};

ChildProcessOptions sh(std::string script, std::chrono::milliseconds grace = 2000ms) {
  ChildProcessOptions o;
  o.argv = {"sh", "-c", std::move(script)};
  o.shutdown_grace = grace;
  return o;
}

bool process_gone(int pid) {
  return ::kill(pid, 0) != 0 && errno == ESRCH;
}

TEST(ChildProcess, CatEchoesFrames) {
  ChildProcessOptions o;
  o.argv = {"/bin/cat"};
  Child c(o);
  EXPECT_GT(c.channel->pid(), 0);
  EXPECT_TRUE(c.channel->send(R"({"jsonrpc":"2.0","method":"a"})"));
  EXPECT_TRUE(c.channel->send(R"({"jsonrpc":"2.0","method":"b"})"));
  EXPECT_EQ(c.inbox->next_frame(), R"({"jsonrpc":"2.0","method":"a"})");
  EXPECT_EQ(c.inbox->next_frame(), R"({"jsonrpc":"2.0","method":"b"})");
}

TEST(ChildProcess, CloseEndsTheChildThroughItsStdin) {
  ChildProcessOptions o;
  o.argv = {"cat"};  // looked up in PATH
  Child c(o);
  int pid = c.channel->pid();
  c.channel->close();
  ASSERT_TRUE(c.inbox->wait_closed());
  // cat exits when its stdin closes: the first, polite step of the shutdown sequence.
  ASSERT_TRUE(testing::eventually([&] { return c.channel->exit_status().has_value(); }))
      << "the child did not exit after close(): its stdin stayed open";
  int status = *c.channel->exit_status();
  EXPECT_TRUE(WIFEXITED(status));
  EXPECT_EQ(WEXITSTATUS(status), 0);
  auto start = std::chrono::steady_clock::now();
  c.channel.reset();
  EXPECT_LT(std::chrono::steady_clock::now() - start, 1s);
  EXPECT_TRUE(process_gone(pid));
}

TEST(ChildProcess, ProcessThatExitsImmediately) {
  Child c(sh("exit 3"));
  ASSERT_TRUE(c.inbox->wait_closed());  // EOF on its stdout
  ASSERT_TRUE(testing::eventually([&] { return c.channel->exit_status().has_value(); }));
  int status = *c.channel->exit_status();
  ASSERT_TRUE(WIFEXITED(status));
  EXPECT_EQ(WEXITSTATUS(status), 3);
  EXPECT_FALSE(c.channel->send("{}"));
}

TEST(ChildProcess, OutputBeforeExitIsDelivered) {
  Child c(sh(R"(printf '{"x":1}\n{"y":2}\n')"));
  EXPECT_EQ(c.inbox->next_frame(), R"({"x":1})");
  EXPECT_EQ(c.inbox->next_frame(), R"({"y":2})");
  EXPECT_TRUE(c.inbox->wait_closed());
}

TEST(ChildProcess, EnvironmentAndWorkingDirectory) {
  auto o = sh(R"sh(printf '{"v":"%s","d":"%s"}\n' "$SALLYPORT_TEST_VAR" "$(pwd)")sh");
  o.extra_env["SALLYPORT_TEST_VAR"] = "hello";
  o.working_directory = "/";
  Child c(o);
  EXPECT_EQ(c.inbox->next_frame(), R"({"v":"hello","d":"/"})");
}

TEST(ChildProcess, OwnProcessGroup) {
  // Ctrl-C in a terminal goes to the foreground group: the child must not get it before we do.
  ChildProcessOptions o;
  o.argv = {"cat"};
  Child c(o);
  EXPECT_EQ(::getpgid(c.channel->pid()), c.channel->pid());
  EXPECT_NE(::getpgid(c.channel->pid()), ::getpgid(0));
}

TEST(ChildProcess, MissingProgramThrows) {
  ChildProcessOptions o;
  o.argv = {"/nonexistent/sallyport-no-such-program"};
  EXPECT_THROW(ChildProcessChannel{o}, std::system_error);
  ChildProcessOptions empty;
  EXPECT_THROW(ChildProcessChannel{empty}, std::invalid_argument);
}

TEST(ChildProcess, ChildIgnoringSigtermIsKilled) {
  // Ignores SIGTERM (inherited by the short sleeps) and never reads stdin.
  Child c(sh(R"(trap "" TERM; while true; do sleep 0.05; done)", 150ms));
  int pid = c.channel->pid();
  ASSERT_TRUE(c.channel->send("{}"));
  auto start = std::chrono::steady_clock::now();
  c.channel.reset();  // close stdin, 150 ms, SIGTERM (ignored), 150 ms, SIGKILL
  auto took = std::chrono::steady_clock::now() - start;
  EXPECT_GE(took, 250ms);
  EXPECT_LT(took, 3s);
  EXPECT_TRUE(process_gone(pid));
}

TEST(ChildProcess, ChildHonouringSigtermStopsAtTheSecondStep) {
  // Does not exit on stdin EOF (never reads it) but does on SIGTERM.
  Child c(sh("while true; do sleep 0.05; done", 150ms));
  int pid = c.channel->pid();
  auto start = std::chrono::steady_clock::now();
  c.channel.reset();
  auto took = std::chrono::steady_clock::now() - start;
  EXPECT_GE(took, 100ms);
  EXPECT_LT(took, 2s);
  EXPECT_TRUE(process_gone(pid));
}

}  // namespace
}  // namespace sallyport::transport
