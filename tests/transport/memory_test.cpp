// memory_pair(): the in-process transport the SDK's own tests run on, and a Peer pair over it.
#include <gtest/gtest.h>

#include <future>
#include <memory>

#include "sallyport/rpc/peer.hpp"
#include "sallyport/transport/memory.hpp"
#include "support/inbox.hpp"
#include "support/json.hpp"

namespace sallyport::transport {
namespace {

using namespace std::chrono_literals;
using testing::Inbox;

void attach(rpc::Channel& c, Inbox& inbox) {
  c.start(rpc::Channel::Callbacks{
      .on_frame = [&inbox](std::string&& f) { inbox.push(std::move(f)); },
      .on_oversize = {},
      .on_close = [&inbox](std::optional<std::string> why) { inbox.mark_closed(std::move(why)); },
  });
}

TEST(MemoryPair, BothDirectionsInOrder) {
  Inbox at_a, at_b;
  auto [a, b] = memory_pair();
  attach(*a, at_a);
  attach(*b, at_b);
  for (int i = 0; i < 100; ++i) {
    EXPECT_TRUE(a->send("a" + std::to_string(i)));
    EXPECT_TRUE(b->send("b" + std::to_string(i)));
  }
  for (int i = 0; i < 100; ++i) {
    EXPECT_EQ(at_b.next_frame(), "a" + std::to_string(i));
    EXPECT_EQ(at_a.next_frame(), "b" + std::to_string(i));
  }
  a->close();
  b->close();
}

TEST(MemoryPair, CloseReachesBothSidesOnce) {
  Inbox at_a, at_b;
  auto [a, b] = memory_pair();
  attach(*a, at_a);
  attach(*b, at_b);
  EXPECT_TRUE(a->send("last"));
  a->close();
  EXPECT_EQ(at_b.next_frame(), "last");  // queued frames are still delivered
  EXPECT_TRUE(at_a.wait_closed());
  EXPECT_TRUE(at_b.wait_closed());
  EXPECT_FALSE(a->send("x"));
  EXPECT_FALSE(b->send("y"));
  a->close();
  b->close();  // idempotent
}

TEST(MemoryPair, DestroyingOneEndClosesTheOther) {
  Inbox at_b;
  auto [a, b] = memory_pair();
  attach(*b, at_b);
  a.reset();
  EXPECT_TRUE(at_b.wait_closed());
}

// ---- a Peer on each end ---------------------------------------------------------------------

struct PeerPair {
  PeerPair() {
    auto [a, b] = memory_pair();
    client = rpc::Peer::create(a);
    server = rpc::Peer::create(b);
  }
  ~PeerPair() {
    client->close();
    server->close();
  }
  std::shared_ptr<rpc::Peer> client, server;
};

TEST(PeerOverMemory, RequestResponseAndNotifications) {
  PeerPair p;
  std::promise<rpc::Notification> note;
  p.server->on_request([](std::shared_ptr<rpc::Exchange> ex) {
    auto& params = ex->request().params.as_object();
    ex->respond(JsonObject{{"sum", params.at("a").as_int64() + params.at("b").as_int64()}});
  });
  p.server->on_notification([&](const rpc::Notification& n) { note.set_value(n); });
  p.server->start();
  p.client->start();
  auto r = p.client->call("add", JsonObject{{"a", 2}, {"b", 3}});
  ASSERT_TRUE(r.ok()) << r.error().message;
  EXPECT_EQ(r.result(), testing::parse(R"({"sum":5})"));
  EXPECT_TRUE(p.client->notify("notifications/hi", JsonObject{{"x", 1}}));
  auto f = note.get_future();
  auto n = testing::get_within(f);
  ASSERT_TRUE(n);
  EXPECT_EQ(n->method, "notifications/hi");
}

TEST(PeerOverMemory, ConcurrentCallsCorrelate) {
  PeerPair p;
  p.server->on_request(
      [](std::shared_ptr<rpc::Exchange> ex) { ex->respond(ex->request().params); });
  p.server->start();
  p.client->start();
  std::vector<std::future<bool>> results;
  for (int t = 0; t < 8; ++t)
    results.push_back(std::async(std::launch::async, [&, t] {
      for (int i = 0; i < 50; ++i) {
        JsonObject params{{"t", t}, {"i", i}};
        auto r = p.client->call("echo", params);
        if (!r.ok() || r.result() != Json(params)) return false;
      }
      return true;
    }));
  for (auto& r : results) EXPECT_TRUE(testing::get_within(r, 20s).value_or(false));
}

TEST(PeerOverMemory, NestedCallFromAHandler) {
  // The server asks the client something while handling the client's request (legacy
  // sampling/elicitation work like this).
  PeerPair p;
  p.client->on_request([](std::shared_ptr<rpc::Exchange> ex) {
    ex->respond(JsonObject{{"answer", 42}});
  });
  p.server->on_request([](std::shared_ptr<rpc::Exchange> ex) {
    auto inner = ex->call("question", JsonObject{}, rpc::CallOptions{});
    if (!inner.ok()) return ex->fail(inner.error());
    ex->respond(JsonObject{{"got", inner.result().as_object().at("answer")}});
  });
  p.server->start();
  p.client->start();
  auto r = p.client->call("outer", JsonObject{});
  ASSERT_TRUE(r.ok()) << r.error().message;
  EXPECT_EQ(r.result(), testing::parse(R"({"got":42})"));
}

TEST(PeerOverMemory, TimeoutCancelsOnTheOtherSide) {
  PeerPair p;
  testing::Latch cancelled;
  p.server->on_request([&](std::shared_ptr<rpc::Exchange> ex) {
    ex->cancellation().on_cancel([&] { cancelled.open(); });
    cancelled.wait();
  });
  p.server->start();
  p.client->start();
  rpc::CallOptions o;
  o.timeout = 50ms;
  auto r = p.client->call("slow", JsonObject{}, o);
  EXPECT_EQ(r.error().code, error_code::kRequestTimeout);
  EXPECT_TRUE(cancelled.wait()) << "notifications/cancelled did not reach the handler";
}

TEST(PeerOverMemory, ClosingOneSideFailsTheOthersPendingCalls) {
  PeerPair p;
  testing::Latch entered;
  testing::Latch hold;
  p.server->on_request([&](std::shared_ptr<rpc::Exchange> ex) {
    if (ex->request().method == "drop") return;  // never answers
    ex->cancellation().on_cancel([&] { hold.open(); });
    entered.open();
    hold.wait();
  });
  p.server->start();
  p.client->start();
  // A handler that drops its exchange: the engine answers "not answered" instead of hanging.
  auto dropped =
      std::async(std::launch::async, [&] { return p.client->call("drop", JsonObject{}); });
  auto r = testing::get_within(dropped);
  ASSERT_TRUE(r);
  EXPECT_EQ(r->error().code, error_code::kInternalError);

  auto second =
      std::async(std::launch::async, [&] { return p.client->call("hang", JsonObject{}); });
  ASSERT_TRUE(entered.wait());
  p.server->close();
  auto r2 = testing::get_within(second);
  ASSERT_TRUE(r2);
  EXPECT_EQ(r2->error().code, error_code::kConnectionClosed);
  EXPECT_TRUE(hold.wait()) << "the running handler was not cancelled";
  auto waited = std::async(std::launch::async, [&] { p.client->wait_closed(); });
  EXPECT_TRUE(testing::ready_within(waited));
}

}  // namespace
}  // namespace sallyport::transport
