// Client::connect: which era it ends up in against our server, against a legacy-only server
// (a small raw-frame responder), and against a server that never answers.
#include <gtest/gtest.h>

#include <atomic>
#include <mutex>
#include <thread>
#include <vector>

#include "sallyport/client/client.hpp"
#include "support/demo_server.hpp"
#include "support/raw_channel.hpp"
#include "support/server_thread.hpp"

namespace sallyport {
namespace {

using namespace std::chrono_literals;
using testing::at;
using testing::has;
using testing::parse;
using testing::str;

// A 2025-11-25-only server: server/discover is unknown to it, initialize works.
class FakeLegacyServer {
 public:
  explicit FakeLegacyServer(std::string version = "2025-11-25", bool answer = true)
      : version_(std::move(version)), answer_(answer) {
    auto [ours, theirs] = transport::memory_pair();
    client_channel_ = std::move(theirs);
    raw_ = std::make_unique<testing::RawEnd>(std::move(ours));
    thread_ = std::thread([this] { run(); });
  }
  ~FakeLegacyServer() {
    stop_ = true;
    thread_.join();
    raw_->close();
  }
  std::shared_ptr<rpc::Channel> channel() const { return client_channel_; }
  std::vector<std::string> methods() {
    std::lock_guard lock(mutex_);
    return methods_;
  }

 private:
  void run() {
    while (!stop_) {
      auto m = raw_->inbox().next(20ms);
      if (!m) continue;
      std::string method = has(*m, "method") ? str(at(*m, "method")) : "<response>";
      {
        std::lock_guard lock(mutex_);
        methods_.push_back(method);
      }
      if (!has(*m, "id") || !has(*m, "method") || !answer_) continue;
      const Json& id = at(*m, "id");
      if (method == "initialize") {
        raw_->send(testing::result_response(
            id, JsonObject{{"protocolVersion", version_},
                           {"capabilities", {{"tools", JsonObject{}}}},
                           {"serverInfo", {{"name", "fake"}, {"version", "0.1"}}},
                           {"instructions", "legacy only"}}));
      } else if (method == "tools/list") {
        raw_->send(testing::result_response(
            id, parse(R"({"tools":[{"name":"t","inputSchema":{"type":"object"}}]})")));
      } else if (method == "ping") {
        raw_->send(testing::result_response(id, JsonObject{}));
      } else {
        raw_->send(testing::error_response(id, error_code::kMethodNotFound,
                                           "Method not found: " + method));
      }
    }
  }

  std::string version_;
  bool answer_;
  std::shared_ptr<rpc::Channel> client_channel_;
  std::unique_ptr<testing::RawEnd> raw_;
  std::thread thread_;
  std::atomic<bool> stop_{false};
  std::mutex mutex_;
  std::vector<std::string> methods_;
};

TEST(Negotiation, AutoPicksModernAgainstOurServer) {
  testing::ServerThread st(testing::demo_server());
  auto client = Client::connect(st.channel());
  EXPECT_EQ(client->era(), Era::kModern);
  EXPECT_EQ(client->protocol_version(), "2026-07-28");
  EXPECT_EQ(client->server_info().name, "demo");
  EXPECT_EQ(client->server_info().version, "1.2.3");
  EXPECT_EQ(client->instructions(), "Use echo to test.");
  EXPECT_TRUE(client->server_capabilities().tools);
  EXPECT_TRUE(client->server_capabilities().prompts);
  EXPECT_TRUE(client->server_capabilities().completions);
}

TEST(Negotiation, ForcedLegacy) {
  testing::ServerThread st(testing::demo_server());
  auto client = Client::connect(st.channel(), ClientOptions{.era = EraChoice::kLegacy});
  EXPECT_EQ(client->era(), Era::kLegacy);
  EXPECT_EQ(client->protocol_version(), "2025-11-25");
  EXPECT_EQ(client->server_info().name, "demo");
  EXPECT_EQ(client->instructions(), "Use echo to test.");
  EXPECT_TRUE(client->server_capabilities().resources_subscribe);
}

TEST(Negotiation, FallsBackToLegacy) {
  FakeLegacyServer fake;
  auto client = Client::connect(fake.channel());
  EXPECT_EQ(client->era(), Era::kLegacy);
  EXPECT_EQ(client->protocol_version(), "2025-11-25");
  EXPECT_EQ(client->server_info().name, "fake");
  EXPECT_EQ(client->instructions(), "legacy only");
  auto tools = client->list_tools();
  ASSERT_EQ(tools.size(), 1u);
  EXPECT_EQ(tools[0].name, "t");
  client->ping();
  auto methods = fake.methods();
  ASSERT_GE(methods.size(), 3u);
  EXPECT_EQ(methods[0], "server/discover");
  EXPECT_EQ(methods[1], "initialize");
  EXPECT_EQ(methods[2], "notifications/initialized");
}

TEST(Negotiation, OlderLegacyVersionIsAccepted) {
  FakeLegacyServer fake("2025-06-18");
  auto client = Client::connect(fake.channel());
  EXPECT_EQ(client->era(), Era::kLegacy);
  EXPECT_EQ(client->protocol_version(), "2025-06-18");
}

TEST(Negotiation, UnknownVersionFromInitializeIsAnError) {
  FakeLegacyServer fake("1999-01-01");
  try {
    auto client = Client::connect(fake.channel());
    ADD_FAILURE() << "connected to a server speaking 1999-01-01";
  } catch (const McpError& e) {
    EXPECT_NE(std::string(e.what()).find("1999-01-01"), std::string::npos) << e.what();
  }
}

TEST(Negotiation, ForcedModernAgainstALegacyServer) {
  FakeLegacyServer fake;
  EXPECT_THROW(Client::connect(fake.channel(), ClientOptions{.era = EraChoice::kModern}), McpError);
  for (auto& m : fake.methods()) EXPECT_NE(m, "initialize");
}

TEST(Negotiation, ServerThatNeverAnswersTimesOut) {
  FakeLegacyServer silent("2025-11-25", /*answer=*/false);
  ClientOptions options;
  options.request_timeout = 150ms;
  auto start = std::chrono::steady_clock::now();
  try {
    auto client = Client::connect(silent.channel(), options);
    ADD_FAILURE() << "connected to a silent server";
  } catch (const McpError& e) {
    EXPECT_EQ(e.code(), error_code::kRequestTimeout) << e.what();
  }
  EXPECT_LT(std::chrono::steady_clock::now() - start, 3s);
}

TEST(Negotiation, ClosedChannelFailsConnect) {
  auto [a, b] = transport::memory_pair();
  b->close();
  EXPECT_THROW(Client::connect(a), McpError);
}

}  // namespace
}  // namespace sallyport
