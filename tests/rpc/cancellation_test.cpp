// CancellationToken: shared by whoever may cancel and whoever does the work.
#include <gtest/gtest.h>

#include <atomic>
#include <thread>
#include <vector>

#include "sallyport/rpc/cancellation.hpp"

namespace sallyport::rpc {
namespace {

TEST(Cancellation, CancelOnceWithReason) {
  CancellationToken t;
  EXPECT_FALSE(t.is_cancelled());
  EXPECT_TRUE(t.cancel("first"));
  EXPECT_FALSE(t.cancel("second"));
  EXPECT_TRUE(t.is_cancelled());
  EXPECT_EQ(t.reason(), "first");
  CancellationToken copy = t;  // copies share the state
  EXPECT_TRUE(copy.is_cancelled());
}

TEST(Cancellation, CallbacksRunOnce) {
  CancellationToken t;
  int plain = 0;
  std::string seen;
  t.on_cancel([&] { ++plain; });
  t.on_cancel_with_reason([&](const std::string& reason) { seen = reason; });
  t.cancel("stop");
  t.cancel("again");
  EXPECT_EQ(plain, 1);
  EXPECT_EQ(seen, "stop");
  // Registered after the fact: runs at once, with the reason.
  std::string late;
  t.on_cancel_with_reason([&](const std::string& reason) { late = reason; });
  EXPECT_EQ(late, "stop");
}

TEST(Cancellation, ConcurrentCancelAndRegister) {
  for (int round = 0; round < 50; ++round) {
    CancellationToken t;
    std::atomic<int> ran{0};
    std::thread registrar([&] {
      for (int i = 0; i < 100; ++i) t.on_cancel([&] { ++ran; });
    });
    std::thread canceller([&] { t.cancel(); });
    registrar.join();
    canceller.join();
    EXPECT_EQ(ran.load(), 100) << "every callback runs exactly once, before or after cancel";
  }
}

}  // namespace
}  // namespace sallyport::rpc
