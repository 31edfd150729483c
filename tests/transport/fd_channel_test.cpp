// FdChannel: newline-delimited frames over a pair of pipes, as the stdio transport uses them.
#include <fcntl.h>
#include <poll.h>
#include <pthread.h>
#include <signal.h>
#include <unistd.h>

#include <gtest/gtest.h>

#include <atomic>
#include <cerrno>
#include <condition_variable>
#include <cstring>
#include <future>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "sallyport/transport/stdio.hpp"
#include "support/inbox.hpp"

namespace sallyport::transport {
namespace {

using namespace std::chrono_literals;
using testing::Inbox;

// Two pipes: the test writes into `to_channel` and reads what the channel sent from
// `from_channel`.
class FdChannelTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_EQ(::pipe2(to_channel, O_CLOEXEC), 0);
    ASSERT_EQ(::pipe2(from_channel, O_CLOEXEC), 0);
  }
  void TearDown() override {
    channel.reset();
    for (int fd : {to_channel[0], to_channel[1], from_channel[0], from_channel[1]})
      if (fd >= 0) ::close(fd);
  }

  void open(StdioOptions options = {}, bool owns = false) {
    channel = std::make_unique<FdChannel>(to_channel[0], from_channel[1], options, owns);
    if (owns) to_channel[0] = from_channel[1] = -1;  // the channel closes them now
    channel->start(rpc::Channel::Callbacks{
        .on_frame = [this](std::string&& f) { inbox.push(std::move(f)); },
        .on_oversize =
            [this](std::size_t bytes) {
              oversize_bytes = bytes;
              inbox.count_oversize();
            },
        .on_close = [this](std::optional<std::string> why) { inbox.mark_closed(std::move(why)); },
    });
  }

  void write_raw(std::string_view data) {
    while (!data.empty()) {
      ssize_t n = ::write(to_channel[1], data.data(), data.size());
      ASSERT_GT(n, 0) << std::strerror(errno);
      data.remove_prefix(static_cast<std::size_t>(n));
    }
  }

  // What the channel wrote, read with a bound.
  std::string read_sent(std::size_t at_least, std::chrono::milliseconds timeout = testing::kWait) {
    std::string out;
    auto deadline = std::chrono::steady_clock::now() + timeout;
    while (out.size() < at_least && std::chrono::steady_clock::now() < deadline) {
      pollfd pfd{from_channel[0], POLLIN, 0};
      if (::poll(&pfd, 1, 50) <= 0) continue;
      char buf[4096];
      ssize_t n = ::read(from_channel[0], buf, sizeof buf);
      if (n <= 0) break;
      out.append(buf, static_cast<std::size_t>(n));
    }
    return out;
  }

  int to_channel[2] = {-1, -1};
  int from_channel[2] = {-1, -1};
  std::unique_ptr<FdChannel> channel;
  Inbox inbox;
  std::atomic<std::size_t> oversize_bytes{0};
};

TEST_F(FdChannelTest, DeliversFramesInOrder) {
  open();
  write_raw("{\"a\":1}\n{\"b\":2}\n{\"c\":3}\n");
  EXPECT_EQ(inbox.next_frame(), "{\"a\":1}");
  EXPECT_EQ(inbox.next_frame(), "{\"b\":2}");
  EXPECT_EQ(inbox.next_frame(), "{\"c\":3}");
}

TEST_F(FdChannelTest, FrameSplitAcrossReads) {
  open();
  write_raw("{\"jsonrpc\":");
  EXPECT_FALSE(inbox.next_frame(30ms).has_value());  // incomplete: nothing yet
  write_raw("\"2.0\",");
  std::this_thread::sleep_for(10ms);  // let the reader see another partial chunk
  write_raw("\"method\":\"x\"}\n{\"second\"");
  EXPECT_EQ(inbox.next_frame(), "{\"jsonrpc\":\"2.0\",\"method\":\"x\"}");
  write_raw(":true}\n");
  EXPECT_EQ(inbox.next_frame(), "{\"second\":true}");
}

TEST_F(FdChannelTest, CrlfAndBlankLines) {
  open();
  write_raw("\n\r\n   \n\t\n{\"a\":1}\r\n\n{\"b\":2}\n");
  EXPECT_EQ(inbox.next_frame(), "{\"a\":1}");
  EXPECT_EQ(inbox.next_frame(), "{\"b\":2}");
  EXPECT_TRUE(inbox.quiet_for(30ms));
}

TEST_F(FdChannelTest, OversizeLineIsDiscardedAndTheNextFrameDelivered) {
  open(StdioOptions{.max_frame_bytes = 16});
  write_raw("{\"ok\":1}\n");
  EXPECT_EQ(inbox.next_frame(), "{\"ok\":1}");
  std::string big(100, 'x');
  write_raw(big.substr(0, 40));
  std::this_thread::sleep_for(10ms);  // the long line arrives in pieces
  write_raw(big.substr(40) + "\n{\"next\":2}\n");
  ASSERT_TRUE(inbox.wait_oversize(1));
  EXPECT_GE(oversize_bytes.load(), 100u);
  EXPECT_EQ(inbox.next_frame(), "{\"next\":2}");
  EXPECT_EQ(inbox.oversize_count(), 1u);
  // Exactly at the bound is fine.
  write_raw(std::string(16, 'y') + "\n");
  EXPECT_EQ(inbox.next_frame(), std::string(16, 'y'));
}

TEST_F(FdChannelTest, EofClosesCleanly) {
  open();
  write_raw("{\"last\":1}\n");
  ::close(to_channel[1]);
  to_channel[1] = -1;
  EXPECT_EQ(inbox.next_frame(), "{\"last\":1}");
  ASSERT_TRUE(inbox.wait_closed());
  EXPECT_FALSE(inbox.close_reason().has_value());  // EOF is not an error
  EXPECT_FALSE(channel->send("{}"));
}

TEST_F(FdChannelTest, SendWritesOneLinePerFrame) {
  open();
  EXPECT_TRUE(channel->send("{\"a\":1}"));
  EXPECT_TRUE(channel->send("{\"b\":2}"));
  EXPECT_EQ(read_sent(16), "{\"a\":1}\n{\"b\":2}\n");
}

TEST_F(FdChannelTest, LargeSendIsWrittenCompletely) {
  open();
  // Larger than a pipe buffer: the writer blocks until the test reads.
  std::string big = "{\"pad\":\"" + std::string(300'000, 'z') + "\"}";
  auto sender = std::async(std::launch::async, [&] { return channel->send(big); });
  std::string got = read_sent(big.size() + 1);
  ASSERT_TRUE(testing::get_within(sender).value_or(false));
  EXPECT_EQ(got, big + "\n");
}

TEST_F(FdChannelTest, CloseStopsTheReaderAndSending) {
  open();
  channel->close();
  ASSERT_TRUE(inbox.wait_closed());
  EXPECT_FALSE(channel->send("{}"));
  channel->close();  // idempotent
}

TEST_F(FdChannelTest, SendToAVanishedReaderFailsWithoutSignal) {
  open();
  ::close(from_channel[0]);
  from_channel[0] = -1;
  EXPECT_FALSE(channel->send("{\"x\":1}"));  // EPIPE, not SIGPIPE
}

TEST_F(FdChannelTest, OwnedWriteEndIsClosedOnClose) {
  open({}, /*owns=*/true);
  channel->close();
  ASSERT_TRUE(inbox.wait_closed());
  // Our read end of the channel's output pipe now sees EOF: the peer learns we are gone.
  pollfd pfd{from_channel[0], POLLIN, 0};
  ASSERT_EQ(::poll(&pfd, 1, 2000), 1);
  char c;
  EXPECT_EQ(::read(from_channel[0], &c, 1), 0);
}

TEST_F(FdChannelTest, DestroyWhileReading) {
  open();
  write_raw("{\"a\":1}\n");
  EXPECT_TRUE(inbox.next_frame().has_value());
  channel.reset();  // reader blocked in poll(): must be woken and joined
  EXPECT_TRUE(inbox.closed());
}

// close() ends a reader blocked in read(2) (no poll in front of it): run often, so that close()
// also lands in the window between the reader's last check and its entering read().
TEST_F(FdChannelTest, CloseInterruptsABlockedReadEveryTime) {
  for (int i = 0; i < 200; ++i) {
    Inbox fresh;
    auto ch = std::make_unique<FdChannel>(to_channel[0], from_channel[1]);
    ch->start(rpc::Channel::Callbacks{
        .on_frame = {},
        .on_oversize = {},
        .on_close = [&fresh](std::optional<std::string> why) { fresh.mark_closed(std::move(why)); },
    });
    if (i % 2) std::this_thread::sleep_for(std::chrono::microseconds(i * 5));
    ch->close();
    ASSERT_TRUE(fresh.wait_closed()) << "round " << i;
    EXPECT_FALSE(fresh.close_reason().has_value());
  }
}

// Reader threads inherit their creator's signal mask; blocking every signal there must not
// leave close() unable to interrupt the read.
TEST_F(FdChannelTest, CloseWorksWhenTheStartingThreadBlocksSignals) {
  sigset_t all, old;
  ::sigfillset(&all);
  ASSERT_EQ(::pthread_sigmask(SIG_BLOCK, &all, &old), 0);
  open();
  ASSERT_EQ(::pthread_sigmask(SIG_SETMASK, &old, nullptr), 0);
  write_raw("{\"a\":1}\n");
  EXPECT_TRUE(inbox.next_frame().has_value());
  channel->close();
  ASSERT_TRUE(inbox.wait_closed());
}

// A non-blocking descriptor (stdin shared with a process that set O_NONBLOCK) makes read(2)
// return EAGAIN: the reader then waits in poll() instead of spinning, and still closes.
TEST_F(FdChannelTest, NonBlockingDescriptorIsReadWithoutSpinning) {
  ASSERT_EQ(::fcntl(to_channel[0], F_SETFL, ::fcntl(to_channel[0], F_GETFL) | O_NONBLOCK), 0);
  open();
  std::this_thread::sleep_for(20ms);  // the reader meets EAGAIN first
  write_raw("{\"a\":1}\n{\"b\":2}\n");
  EXPECT_EQ(inbox.next_frame().value_or(""), "{\"a\":1}");
  EXPECT_EQ(inbox.next_frame().value_or(""), "{\"b\":2}");
  channel->close();
  ASSERT_TRUE(inbox.wait_closed());
}

// Lazy take-over: a consumer that hands off reading and then blocks until the next frame
// arrives must still get it (a standby reader takes over after the delay), for any delay.
class FdChannelHandOffTest : public FdChannelTest,
                             public ::testing::WithParamInterface<bool /* explicit now */> {};

TEST_P(FdChannelHandOffTest, BlockedConsumerStillReceivesTheNextFrame) {
  const bool now = GetParam();
  channel = std::make_unique<FdChannel>(to_channel[0], from_channel[1],
                                        StdioOptions{.takeover_delay = 2ms});
  std::mutex m;
  std::condition_variable cv;
  std::vector<std::string> seen;
  std::atomic<bool> handed_off{false};
  channel->start(rpc::Channel::Callbacks{
      .on_frame =
          [&](std::string&& f) {
            if (f == "\"first\"") {
              handed_off = channel->hand_off_reading();
              if (now) channel->take_over_reading_now();
              std::unique_lock lock(m);
              // Only another reader can deliver "second": this thread is blocked here.
              cv.wait_for(lock, testing::kWait, [&] { return seen.size() == 1; });
              seen.push_back("first done");
              cv.notify_all();
              return;
            }
            std::lock_guard lock(m);
            seen.push_back(std::move(f));
            cv.notify_all();
          },
      .on_oversize = {},
      .on_close = {},
  });
  write_raw("\"first\"\n\"second\"\n");
  std::unique_lock lock(m);
  ASSERT_TRUE(cv.wait_for(lock, testing::kWait, [&] { return seen.size() == 2; }));
  EXPECT_TRUE(handed_off);
  EXPECT_EQ(seen[0], "\"second\"");
  EXPECT_EQ(seen[1], "first done");
  lock.unlock();
  // The old reader went back to standby: frames keep flowing.
  write_raw("\"third\"\n");
  lock.lock();
  ASSERT_TRUE(cv.wait_for(lock, testing::kWait, [&] { return seen.size() == 3; }));
  EXPECT_EQ(seen[2], "\"third\"");
  lock.unlock();
  channel.reset();  // its callbacks refer to this test's locals
}

INSTANTIATE_TEST_SUITE_P(LazyAndImmediate, FdChannelHandOffTest, ::testing::Bool());

}  // namespace
}  // namespace sallyport::transport
