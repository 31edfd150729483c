// rpc::Peer driven frame by frame through a ScriptedChannel: correlation, notifications,
// timeouts, cancellation both ways, progress, limits, close, handler failures and lifetime.
#include <gtest/gtest.h>

#include <atomic>
#include <future>
#include <memory>
#include <thread>
#include <vector>

#include "sallyport/rpc/peer.hpp"
#include "support/json.hpp"
#include "support/scripted_channel.hpp"
#include "support/wait.hpp"

namespace sallyport::rpc {
namespace {

using namespace std::chrono_literals;
using testing::at;
using testing::error_code_of;
using testing::get_within;
using testing::kWait;
using testing::Latch;
using testing::parse;
using testing::ScriptedChannel;

class PeerTest : public ::testing::Test {
 protected:
  void make(Peer::Options options = {}) { peer = Peer::create(channel, std::move(options)); }
  void start(Peer::Options options = {}) {
    make(std::move(options));
    peer->start();
  }
  testing::Inbox& sent() { return channel->inbox; }

  std::future<Response> call(std::string method, Json params = JsonObject{},
                             CallOptions options = {}) {
    auto promise = std::make_shared<std::promise<Response>>();
    auto future = promise->get_future();
    peer->call_async(std::move(method), std::move(params), std::move(options),
                     [promise](Response r) { promise->set_value(std::move(r)); });
    return future;
  }

  // Reads the request the peer just sent and returns its id.
  Json sent_request(std::string_view method) {
    auto r = sent().request(method);
    EXPECT_TRUE(r.has_value()) << "no " << method << " request sent";
    return r ? at(*r, "id") : Json(nullptr);
  }

  void TearDown() override {
    if (peer) peer->close();
  }

  std::shared_ptr<ScriptedChannel> channel = std::make_shared<ScriptedChannel>();
  std::shared_ptr<Peer> peer;
};

// ---- correlation ----------------------------------------------------------------------------

TEST_F(PeerTest, CorrelatesResponsesOutOfOrder) {
  start();
  auto a = call("a", parse(R"({"x":1})"));
  auto b = call("b");
  Json id_a = sent_request("a");
  Json id_b = sent_request("b");
  EXPECT_NE(id_a, id_b);
  channel->write(testing::result_response(id_b, parse(R"({"who":"b"})")));
  channel->write(testing::result_response(id_a, parse(R"({"who":"a"})")));
  auto ra = get_within(a);
  auto rb = get_within(b);
  ASSERT_TRUE(ra && rb);
  ASSERT_TRUE(ra->ok());
  ASSERT_TRUE(rb->ok());
  EXPECT_EQ(ra->result(), parse(R"({"who":"a"})"));
  EXPECT_EQ(rb->result(), parse(R"({"who":"b"})"));
}

TEST_F(PeerTest, SendsParamsVerbatim) {
  start();
  auto f = call("tools/call", parse(R"({"name":"n","arguments":{"k":[1,2]}})"));
  auto req = sent().request("tools/call");
  ASSERT_TRUE(req);
  EXPECT_EQ(at(*req, "jsonrpc"), "2.0");
  EXPECT_EQ(at(*req, "params"), parse(R"({"name":"n","arguments":{"k":[1,2]}})"));
  channel->write(testing::error_response(at(*req, "id"), -32602, "nope"));
  auto r = get_within(f);
  ASSERT_TRUE(r);
  ASSERT_FALSE(r->ok());
  EXPECT_EQ(r->error().code, -32602);
  EXPECT_EQ(r->error().message, "nope");
}

TEST_F(PeerTest, UnknownAndStringIdResponsesAreIgnored) {
  start();
  auto f = call("m");
  Json id = sent_request("m");
  channel->write(testing::result_response(Json(999999), JsonObject{}));
  channel->write(testing::result_response(Json("m-1"), JsonObject{}));
  channel->write(R"({"jsonrpc":"2.0","id":null,"error":{"code":-32700,"message":"x"}})");
  EXPECT_TRUE(sent().quiet_for(100ms));  // nothing answered to responses
  EXPECT_NE(f.wait_for(0ms), std::future_status::ready);
  channel->write(testing::result_response(id, JsonObject{{"ok", true}}));
  auto r = get_within(f);
  ASSERT_TRUE(r && r->ok());
}

TEST_F(PeerTest, BlockingCallFromManyThreads) {
  make();
  peer->start();
  // The test plays an echo server on its own thread.
  std::atomic<bool> stop{false};
  std::thread echo([&] {
    while (!stop) {
      auto req = sent().next(20ms);
      if (!req) continue;
      channel->write(testing::result_response(at(*req, "id"), at(*req, "params")));
    }
  });
  std::vector<std::future<bool>> results;
  for (int t = 0; t < 8; ++t) {
    results.push_back(std::async(std::launch::async, [&, t] {
      for (int i = 0; i < 20; ++i) {
        auto r = peer->call("echo", JsonObject{{"t", t}, {"i", i}});
        if (!r.ok() || r.result() != Json(JsonObject{{"t", t}, {"i", i}})) return false;
      }
      return true;
    }));
  }
  for (auto& r : results) {
    auto ok = get_within(r, 20s);
    EXPECT_TRUE(ok.has_value() && *ok);
  }
  stop = true;
  echo.join();
}

// ---- incoming requests ----------------------------------------------------------------------

TEST_F(PeerTest, HandlesRequestsAndNotifications) {
  make();
  std::promise<Notification> note;
  peer->on_request([](std::shared_ptr<Exchange> ex) {
    ex->respond(JsonObject{{"method", ex->request().method}, {"params", ex->request().params}});
  });
  peer->on_notification([&](const Notification& n) {
    if (n.method == "notifications/hello") note.set_value(n);
  });
  peer->start();
  channel->write(testing::request(Json("r1"), "do/it", parse(R"({"a":1})")));
  auto resp = sent().response(Json("r1"));
  ASSERT_TRUE(resp);
  EXPECT_EQ(at(*resp, "result"), parse(R"({"method":"do/it","params":{"a":1}})"));

  channel->write(testing::notification("notifications/hello", parse(R"({"b":2})")));
  auto f = note.get_future();
  auto n = get_within(f);
  ASSERT_TRUE(n);
  EXPECT_EQ(n->params, parse(R"({"b":2})"));
  EXPECT_TRUE(sent().quiet_for(50ms));  // notifications are never answered

  EXPECT_TRUE(peer->notify("notifications/out", JsonObject{{"c", 3}}));
  auto out = sent().notification("notifications/out");
  ASSERT_TRUE(out);
  EXPECT_EQ(at(*out, "params"), parse(R"({"c":3})"));
}

TEST_F(PeerTest, NoHandlerMeansMethodNotFound) {
  start();
  channel->write(testing::request(Json(1), "whatever"));
  auto resp = sent().response(Json(1));
  ASSERT_TRUE(resp);
  EXPECT_EQ(error_code_of(*resp), error_code::kMethodNotFound);
}

TEST_F(PeerTest, MalformedFramesGetClearErrors) {
  make();
  peer->on_request([](std::shared_ptr<Exchange> ex) { ex->respond(JsonObject{}); });
  peer->start();

  channel->write("{not json");
  auto r = sent().next();
  ASSERT_TRUE(r);
  EXPECT_EQ(error_code_of(*r), error_code::kParseError);
  EXPECT_TRUE(at(*r, "id").is_null());

  channel->write(R"({"jsonrpc":"2.0","id":true,"method":"ping"})");
  r = sent().next();
  ASSERT_TRUE(r);
  EXPECT_EQ(error_code_of(*r), error_code::kInvalidRequest);
  EXPECT_TRUE(at(*r, "id").is_null());

  channel->write(R"({"jsonrpc":"2.0","id":4,"method":"ping","params":[1]})");
  r = sent().next();
  ASSERT_TRUE(r);
  EXPECT_EQ(error_code_of(*r), error_code::kInvalidParams);
  EXPECT_EQ(at(*r, "id"), 4);

  channel->write(R"([{"jsonrpc":"2.0","id":5,"method":"ping"}])");
  r = sent().next();
  ASSERT_TRUE(r);
  EXPECT_EQ(error_code_of(*r), error_code::kInvalidRequest);

  channel->write(R"({"jsonrpc":"2.0","id":6,"method":7})");
  r = sent().next();
  ASSERT_TRUE(r);
  EXPECT_EQ(error_code_of(*r), error_code::kInvalidRequest);
  EXPECT_EQ(at(*r, "id"), 6);

  // Broken responses and notifications are not answered.
  channel->write(R"({"jsonrpc":"2.0","id":7,"result":{},"error":{"code":1,"message":"m"}})");
  channel->write(R"({"jsonrpc":"2.0","method":"n","params":5})");
  channel->write(R"({"jsonrpc":"2.0","id":8,"error":"x"})");
  EXPECT_TRUE(sent().quiet_for(100ms));

  // The peer still works afterwards.
  channel->write(testing::request(Json(9), "ping"));
  EXPECT_TRUE(sent().response(Json(9)));
}

TEST_F(PeerTest, OversizeFrameIsAnsweredWithNullId) {
  Peer::Options options;
  options.limits.max_message_bytes = 128;
  make(options);
  peer->on_request([](std::shared_ptr<Exchange> ex) { ex->respond(JsonObject{}); });
  peer->start();
  // Reported by the transport (line longer than its bound)...
  channel->write_oversize(10'000);
  auto r = sent().next();
  ASSERT_TRUE(r);
  EXPECT_EQ(error_code_of(*r), error_code::kInvalidRequest);
  EXPECT_TRUE(at(*r, "id").is_null());
  // ...or found by the engine itself.
  channel->write(testing::request(Json(1), "x", JsonObject{{"pad", std::string(500, 'p')}}));
  r = sent().next();
  ASSERT_TRUE(r);
  EXPECT_EQ(error_code_of(*r), error_code::kInvalidRequest);
  EXPECT_TRUE(at(*r, "id").is_null());
  channel->write(testing::request(Json(2), "x"));
  EXPECT_TRUE(sent().response(Json(2)));
}

TEST_F(PeerTest, HandlerExceptionsBecomeErrors) {
  make();
  peer->on_request([](std::shared_ptr<Exchange> ex) {
    const auto& m = ex->request().method;
    if (m == "std") throw std::runtime_error("secret internals /etc/passwd");
    if (m == "mcp") throw McpError(error_code::kInvalidParams, "bad thing", JsonObject{{"k", 1}});
    if (m == "silent") return;  // drops the exchange without answering
    ex->respond(JsonObject{});
  });
  peer->start();
  channel->write(testing::request(Json(1), "std"));
  channel->write(testing::request(Json(2), "mcp"));
  channel->write(testing::request(Json(3), "silent"));
  auto r1 = sent().response(Json(1));
  ASSERT_TRUE(r1);
  EXPECT_EQ(error_code_of(*r1), error_code::kInternalError);
  EXPECT_EQ(testing::str(at(at(*r1, "error"), "message")).find("passwd"), std::string::npos)
      << "internal details must not leak to the peer";
  auto r2 = sent().response(Json(2));
  ASSERT_TRUE(r2);
  EXPECT_EQ(error_code_of(*r2), error_code::kInvalidParams);
  EXPECT_EQ(at(at(*r2, "error"), "data"), parse(R"({"k":1})"));
  auto r3 = sent().response(Json(3));
  ASSERT_TRUE(r3);
  EXPECT_EQ(error_code_of(*r3), error_code::kInternalError);
}

TEST_F(PeerTest, OnlyTheFirstAnswerCounts) {
  make();
  peer->on_request([](std::shared_ptr<Exchange> ex) {
    ex->respond(JsonObject{{"n", 1}});
    EXPECT_TRUE(ex->answered());
    ex->respond(JsonObject{{"n", 2}});
    ex->fail(Error::internal("late"));
  });
  peer->start();
  channel->write(testing::request(Json(1), "x"));
  auto r = sent().response(Json(1));
  ASSERT_TRUE(r);
  EXPECT_EQ(at(*r, "result"), parse(R"({"n":1})"));
  EXPECT_TRUE(sent().quiet_for(100ms));
}

TEST_F(PeerTest, DuplicateInFlightIdIsRejected) {
  make();
  Latch release;
  Latch entered;
  peer->on_request([&](std::shared_ptr<Exchange> ex) {
    entered.open();
    release.wait();
    ex->respond(JsonObject{{"first", true}});
  });
  peer->start();
  channel->write(testing::request(Json(1), "slow"));
  ASSERT_TRUE(entered.wait());
  channel->write(testing::request(Json(1), "slow"));
  auto dup = sent().next();
  ASSERT_TRUE(dup);
  EXPECT_EQ(at(*dup, "id"), 1);
  EXPECT_EQ(error_code_of(*dup), error_code::kInvalidRequest);
  release.open();
  auto first = sent().next();
  ASSERT_TRUE(first);
  EXPECT_EQ(at(*first, "result"), parse(R"({"first":true})"));
  // Once answered, the id may be used again.
  channel->write(testing::request(Json(1), "slow"));
  auto again = sent().response(Json(1));
  ASSERT_TRUE(again);
  EXPECT_TRUE(testing::has(*again, "result"));
}

TEST_F(PeerTest, ConcurrencyLimit) {
  Peer::Options options;
  options.limits.max_concurrent_requests = 2;
  make(options);
  Latch release;
  std::atomic<int> running{0};
  peer->on_request([&](std::shared_ptr<Exchange> ex) {
    ++running;
    release.wait();
    ex->respond(JsonObject{});
  });
  peer->start();
  channel->write(testing::request(Json(1), "a"));
  channel->write(testing::request(Json(2), "a"));
  channel->write(testing::request(Json(3), "a"));
  auto busy = sent().response(Json(3));
  ASSERT_TRUE(busy);
  // "Server busy" lives in the implementation-defined range -32000..-32019.
  EXPECT_LE(error_code_of(*busy), -32000);
  EXPECT_GE(error_code_of(*busy), -32019);
  release.open();
  EXPECT_TRUE(sent().response(Json(1)));
  EXPECT_TRUE(sent().response(Json(2)));
  EXPECT_EQ(running.load(), 2);
}

TEST_F(PeerTest, ABlockedHandlerDoesNotHoldUpTheNextRequest) {
  // A handler may block for minutes (a legacy tool waiting for the user); requests behind it
  // must still be served. Repeated on fresh peers: the hand-over to an idle worker is racy.
  for (int round = 0; round < 20; ++round) {
    auto ch = std::make_shared<ScriptedChannel>();
    auto p = Peer::create(ch);
    Latch release;
    p->on_request([&](std::shared_ptr<Exchange> ex) {
      if (ex->request().method == "block") release.wait();
      ex->respond(JsonObject{});
    });
    p->start();
    ch->write(testing::request(Json(1), "warm-up"));  // leaves one idle worker behind
    ASSERT_TRUE(ch->inbox.response(Json(1)));
    ch->write(testing::request(Json(2), "block"));
    ch->write(testing::request(Json(3), "quick"));
    bool answered = ch->inbox.response(Json(3), 2000ms).has_value();
    release.open();
    ASSERT_TRUE(answered) << "round " << round << ": request queued behind a blocked handler";
    ASSERT_TRUE(ch->inbox.response(Json(2)));
    p->close();
  }
}

// ---- timeouts -------------------------------------------------------------------------------

TEST_F(PeerTest, TimeoutSendsCancelledAndReportsTimeout) {
  start();
  CallOptions options;
  options.timeout = 50ms;
  auto f = call("slow", JsonObject{}, options);
  Json id = sent_request("slow");
  auto r = get_within(f);
  ASSERT_TRUE(r);
  ASSERT_FALSE(r->ok());
  EXPECT_EQ(r->error().code, error_code::kRequestTimeout);
  auto cancelled = sent().notification("notifications/cancelled");
  ASSERT_TRUE(cancelled);
  EXPECT_EQ(at(at(*cancelled, "params"), "requestId"), id);
  // A late answer is ignored.
  channel->write(testing::result_response(id, JsonObject{}));
  EXPECT_TRUE(sent().quiet_for(50ms));
}

TEST_F(PeerTest, DefaultTimeoutComesFromLimits) {
  Peer::Options options;
  options.limits.request_timeout = 60ms;
  start(options);
  auto f = call("slow");
  auto r = get_within(f);
  ASSERT_TRUE(r);
  EXPECT_EQ(r->error().code, error_code::kRequestTimeout);
}

TEST_F(PeerTest, ShortTimeoutDoesNotDisturbLongerCalls) {
  start();
  CallOptions long_options;
  long_options.timeout = 10s;
  auto long_call = call("long", JsonObject{}, long_options);
  Json long_id = sent_request("long");
  CallOptions short_options;
  short_options.timeout = 30ms;
  auto short_call = call("short", JsonObject{}, short_options);
  auto s = get_within(short_call);
  ASSERT_TRUE(s);
  EXPECT_EQ(s->error().code, error_code::kRequestTimeout);
  EXPECT_NE(long_call.wait_for(0ms), std::future_status::ready);
  channel->write(testing::result_response(long_id, JsonObject{}));
  auto l = get_within(long_call);
  ASSERT_TRUE(l && l->ok());
}

// ---- progress -------------------------------------------------------------------------------

TEST_F(PeerTest, ProgressIsRoutedToTheCall) {
  make();
  std::atomic<int> other_notifications{0};
  peer->on_notification([&](const Notification&) { ++other_notifications; });
  peer->start();
  std::mutex m;
  std::vector<Json> seen;
  CallOptions options;
  options.on_progress = [&](const Json& p) {
    std::lock_guard lock(m);
    seen.push_back(p);
  };
  auto f = call("work", parse(R"({"_meta":{"other":1},"x":2})"), options);
  auto req = sent().request("work");
  ASSERT_TRUE(req);
  const auto& meta = at(at(*req, "params"), "_meta");
  EXPECT_EQ(at(meta, "other"), 1);  // existing _meta kept
  Json token = at(meta, "progressToken");
  EXPECT_EQ(at(at(*req, "params"), "x"), 2);
  for (int i = 1; i <= 3; ++i)
    channel->write(testing::notification("notifications/progress",
                                         JsonObject{{"progressToken", token}, {"progress", i}}));
  // Progress for a token nobody owns goes to the general handler.
  channel->write(testing::notification("notifications/progress",
                                       JsonObject{{"progressToken", 424242}, {"progress", 1}}));
  channel->write(testing::result_response(at(*req, "id"), JsonObject{}));
  ASSERT_TRUE(get_within(f));
  std::lock_guard lock(m);
  ASSERT_EQ(seen.size(), 3u);
  EXPECT_EQ(at(seen[2], "progress"), 3);
  EXPECT_EQ(other_notifications.load(), 1);
}

TEST_F(PeerTest, ProgressCanExtendTheTimeout) {
  start();
  // The call would time out after 600 ms; progress every 100 ms keeps it alive for 1.5 s. (The
  // margin is six intervals: under a sanitizer on a loaded two-core machine a wake-up can be
  // late by a few hundred milliseconds.)
  auto run = [&](bool reset) {
    CallOptions options;
    options.timeout = 600ms;
    options.reset_timeout_on_progress = reset;
    options.on_progress = [](const Json&) {
    };
    auto f = call("long", JsonObject{}, options);
    auto req = sent().request("long");
    EXPECT_TRUE(req);
    if (!req) return Response::failure(std::nullopt, Error::internal("no request"));
    Json token = at(at(at(*req, "params"), "_meta"), "progressToken");
    for (int i = 0; i < 15 && f.wait_for(100ms) != std::future_status::ready; ++i)
      channel->write(testing::notification("notifications/progress",
                                           JsonObject{{"progressToken", token}, {"progress", i}}));
    channel->write(testing::result_response(at(*req, "id"), JsonObject{{"done", true}}));
    auto r = get_within(f);
    EXPECT_TRUE(r);
    return r ? *r : Response::failure(std::nullopt, Error::internal("no answer"));
  };
  auto with_reset = run(true);
  EXPECT_TRUE(with_reset.ok()) << with_reset.error().message;
  sent().clear();
  auto without = run(false);
  ASSERT_FALSE(without.ok());
  EXPECT_EQ(without.error().code, error_code::kRequestTimeout);
}

// ---- cancellation ---------------------------------------------------------------------------

TEST_F(PeerTest, IncomingCancellationCancelsTheHandlerAndSuppressesTheAnswer) {
  make();
  Latch cancelled;
  Latch entered;
  std::promise<std::string> reason;
  peer->on_request([&](std::shared_ptr<Exchange> ex) {
    if (ex->request().method == "ping") return ex->respond(JsonObject{});
    ex->cancellation().on_cancel([&] { cancelled.open(); });
    entered.open();
    if (!cancelled.wait()) return;
    reason.set_value(ex->cancellation().reason());
    ex->notify("notifications/message", JsonObject{});  // suppressed too
    ex->respond(JsonObject{{"too", "late"}});
  });
  peer->start();
  channel->write(testing::request(Json("c1"), "long"));
  ASSERT_TRUE(entered.wait());
  channel->write(testing::notification("notifications/cancelled",
                                       JsonObject{{"requestId", "c1"}, {"reason", "user"}}));
  auto rf = reason.get_future();
  auto why = get_within(rf);
  ASSERT_TRUE(why);
  EXPECT_EQ(*why, "user");
  // The ping's answer proves the peer processed everything before it; nothing else was sent.
  channel->write(testing::request(Json("p"), "ping"));
  auto pong = sent().next();
  ASSERT_TRUE(pong);
  EXPECT_EQ(at(*pong, "id"), "p");
  EXPECT_TRUE(sent().quiet_for(100ms));
}

TEST_F(PeerTest, CancelledForUnknownIdIsHarmless) {
  make();
  std::atomic<int> forwarded{0};
  peer->on_notification([&](const Notification& n) {
    if (n.method == "notifications/cancelled") ++forwarded;
  });
  peer->on_request([](std::shared_ptr<Exchange> ex) { ex->respond(JsonObject{}); });
  peer->start();
  channel->write(testing::notification("notifications/cancelled", JsonObject{{"requestId", 77}}));
  channel->write(testing::notification("notifications/cancelled", JsonObject{{"requestId", 1.5}}));
  channel->write(testing::notification("notifications/cancelled"));
  channel->write(testing::request(Json(1), "x"));
  EXPECT_TRUE(sent().response(Json(1)));
  EXPECT_TRUE(testing::eventually([&] { return forwarded.load() >= 1; }));
}

TEST_F(PeerTest, OutgoingCancellation) {
  start();
  CancellationToken token;
  CallOptions options;
  options.cancellation = token;
  auto f = call("long", JsonObject{}, options);
  Json id = sent_request("long");
  EXPECT_TRUE(token.cancel("changed my mind"));
  auto r = get_within(f);
  ASSERT_TRUE(r);
  ASSERT_FALSE(r->ok());
  EXPECT_EQ(r->error().code, error_code::kRequestCancelled);
  auto n = sent().notification("notifications/cancelled");
  ASSERT_TRUE(n);
  EXPECT_EQ(at(at(*n, "params"), "requestId"), id);
  EXPECT_EQ(at(at(*n, "params"), "reason"), "changed my mind");
  channel->write(testing::result_response(id, JsonObject{}));  // late: ignored
  EXPECT_TRUE(sent().quiet_for(50ms));
}

TEST_F(PeerTest, AlreadyCancelledTokenSendsNothing) {
  start();
  CancellationToken token;
  token.cancel("before");
  CallOptions options;
  options.cancellation = token;
  auto f = call("never", JsonObject{}, options);
  auto r = get_within(f);
  ASSERT_TRUE(r);
  EXPECT_EQ(r->error().code, error_code::kRequestCancelled);
  EXPECT_TRUE(sent().quiet_for(100ms)) << "neither the request nor a cancellation should be sent";
}

TEST_F(PeerTest, CancellingAfterTheAnswerDoesNothing) {
  start();
  CancellationToken token;
  CallOptions options;
  options.cancellation = token;
  auto f = call("quick", JsonObject{}, options);
  Json id = sent_request("quick");
  channel->write(testing::result_response(id, JsonObject{}));
  auto r = get_within(f);
  ASSERT_TRUE(r && r->ok());
  token.cancel();
  EXPECT_TRUE(sent().quiet_for(50ms));
}

TEST_F(PeerTest, CancellingTheIncomingRequestCancelsItsNestedCall) {
  make();
  std::promise<Response> nested;
  peer->on_request([&](std::shared_ptr<Exchange> ex) {
    nested.set_value(ex->call("sampling/createMessage", JsonObject{}, CallOptions{}));
  });
  peer->start();
  channel->write(testing::request(Json("outer"), "tools/call"));
  auto inner = sent().request("sampling/createMessage");
  ASSERT_TRUE(inner);
  channel->write(
      testing::notification("notifications/cancelled", JsonObject{{"requestId", "outer"}}));
  auto nf = nested.get_future();
  auto r = get_within(nf);
  ASSERT_TRUE(r);
  EXPECT_EQ(r->error().code, error_code::kRequestCancelled);
  auto n = sent().notification("notifications/cancelled");
  ASSERT_TRUE(n);
  EXPECT_EQ(at(at(*n, "params"), "requestId"), at(*inner, "id"));
  EXPECT_FALSE(sent().response(Json("outer"), 100ms)) << "a cancelled request gets no answer";
}

// ---- limits on our side ---------------------------------------------------------------------

TEST_F(PeerTest, PendingOutgoingLimit) {
  Peer::Options options;
  options.limits.max_pending_outgoing = 2;
  start(options);
  auto a = call("a");
  auto b = call("b");
  auto c = call("c");
  auto rc = get_within(c);
  ASSERT_TRUE(rc);
  EXPECT_FALSE(rc->ok());
  EXPECT_NE(a.wait_for(0ms), std::future_status::ready);
  EXPECT_NE(b.wait_for(0ms), std::future_status::ready);
}

// ---- close ----------------------------------------------------------------------------------

TEST_F(PeerTest, HangUpFailsPendingCallsAndCancelsHandlers) {
  make();
  // Shared with the handler: its thread may still be leaving wait() when this test returns.
  auto handler_cancelled = std::make_shared<Latch>();
  auto entered = std::make_shared<Latch>();
  auto closed = std::make_shared<std::promise<void>>();
  peer->on_close([closed] { closed->set_value(); });
  peer->on_request([handler_cancelled, entered](std::shared_ptr<Exchange> ex) {
    ex->cancellation().on_cancel([handler_cancelled] { handler_cancelled->open(); });
    entered->open();
    handler_cancelled->wait();  // keeps the exchange in flight until the hang-up
  });
  peer->start();
  channel->write(testing::request(Json(1), "slow"));
  ASSERT_TRUE(entered->wait());
  auto a = call("a");
  auto b = call("b");
  channel->hang_up("peer vanished");
  auto ra = get_within(a);
  auto rb = get_within(b);
  ASSERT_TRUE(ra && rb);
  EXPECT_EQ(ra->error().code, error_code::kConnectionClosed);
  EXPECT_EQ(rb->error().code, error_code::kConnectionClosed);
  EXPECT_NE(ra->error().message.find("peer vanished"), std::string::npos) << ra->error().message;
  EXPECT_TRUE(handler_cancelled->wait());
  auto cf = closed->get_future();
  EXPECT_TRUE(testing::ready_within(cf));
  EXPECT_TRUE(peer->closed());
  // Calls after close fail at once.
  auto late = call("late");
  auto rl = get_within(late);
  ASSERT_TRUE(rl);
  EXPECT_EQ(rl->error().code, error_code::kConnectionClosed);
  EXPECT_FALSE(peer->notify("x", JsonObject{}));
}

TEST_F(PeerTest, LocalCloseFailsPendingCalls) {
  start();
  auto a = call("a");
  peer->close();
  auto r = get_within(a);
  ASSERT_TRUE(r);
  EXPECT_EQ(r->error().code, error_code::kConnectionClosed);
  auto waited = std::async(std::launch::async, [&] { peer->wait_closed(); });
  EXPECT_TRUE(testing::ready_within(waited));
}

// ---- lifetime -------------------------------------------------------------------------------

TEST_F(PeerTest, PeerIsReleasedWhenAHandlerOutlivesTheConnection) {
  // The handler keeps working after the connection ended and every other owner let go: the
  // worker thread then holds the last reference. Releasing it must neither deadlock nor crash;
  // the channel being destroyed shows that the peer's destructor ran to its end.
  auto ch = std::make_shared<ScriptedChannel>();
  std::weak_ptr<ScriptedChannel> weak_channel = ch;
  auto p = Peer::create(ch);
  Latch entered;
  Latch finish;
  p->on_request([&](std::shared_ptr<Exchange> ex) {
    entered.open();
    finish.wait();
    ex->respond(JsonObject{});
  });
  p->start();
  ch->write(testing::request(Json(1), "slow"));
  ASSERT_TRUE(entered.wait());
  ch->hang_up();
  ASSERT_TRUE(ch->inbox.wait_closed());
  ch.reset();
  p.reset();
  EXPECT_FALSE(weak_channel.expired());  // the running handler still holds the peer
  finish.open();
  EXPECT_TRUE(testing::eventually([&] { return weak_channel.expired(); }))
      << "the peer's destructor never finished (deadlock in the worker holding the last "
         "reference?)";
}

TEST_F(PeerTest, DestroyingThePeerWhileFramesArrive) {
  // The far side keeps talking while the owner drops the peer: no callback may run on a
  // destroyed peer (ASan run of this test is the real check).
  for (int round = 0; round < 20; ++round) {
    auto ch = std::make_shared<ScriptedChannel>();
    auto p = Peer::create(ch);
    p->on_request([](std::shared_ptr<Exchange> ex) { ex->respond(JsonObject{}); });
    p->on_notification([](const Notification&) {});
    p->start();
    for (int i = 0; i < 50; ++i) {
      ch->write(testing::request(Json(i), "x"));
      ch->write(testing::notification("n"));
    }
    p.reset();
    EXPECT_TRUE(testing::eventually([&] { return ch->close_delivered(); }));
  }
}

TEST_F(PeerTest, DestroyedWithoutStart) {
  make();
  peer.reset();  // never started: nothing to wait for, nothing to crash
  SUCCEED();
}

}  // namespace
}  // namespace sallyport::rpc
