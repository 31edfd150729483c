// A Server serving one in-memory connection on a thread of its own, with the test playing the
// client through raw JSON frames.
#pragma once

#include <gtest/gtest.h>

#include <future>
#include <memory>
#include <string>
#include <thread>

#include "sallyport/server/server.hpp"
#include "support/json.hpp"
#include "support/raw_channel.hpp"
#include "support/wait.hpp"

namespace sallyport::testing {

class Served {
 public:
  explicit Served(std::shared_ptr<Server> server) : server_(std::move(server)) {
    auto [ours, theirs] = transport::memory_pair();
    client_ = std::make_unique<RawEnd>(std::move(ours));
    server_channel_ = theirs;
    auto done = std::make_shared<std::promise<void>>();
    done_ = done->get_future();
    // The thread owns what it uses: if serve() ever hangs, the test fails and moves on.
    thread_ = std::thread([server = server_, channel = std::move(theirs), done]() mutable {
      server->serve(std::move(channel));
      done->set_value();
    });
  }
  ~Served() {
    client_->close();
    if (!stopped()) {
      ADD_FAILURE() << "Server::serve() did not return after the client closed";
      thread_.detach();
    } else {
      thread_.join();
    }
  }
  Served(const Served&) = delete;
  Served& operator=(const Served&) = delete;

  // True once serve() returned (waits up to `timeout`).
  bool stopped(std::chrono::milliseconds timeout = kWait) {
    return done_.wait_for(timeout) == std::future_status::ready;
  }

  Server& server() { return *server_; }
  RawEnd& raw() { return *client_; }
  Inbox& inbox() { return client_->inbox(); }
  std::weak_ptr<rpc::Channel> server_channel() const { return server_channel_; }

  Json next_id() { return Json(++last_id_); }

  // Sends a request and returns its response (a failed expectation and null on timeout).
  Json call(const Json& id, std::string_view method, Json params = nullptr) {
    client_->send(request(id, method, std::move(params)));
    auto r = inbox().response(id);
    EXPECT_TRUE(r.has_value()) << "no response to " << method;
    return r ? *r : Json(nullptr);
  }
  Json call(std::string_view method, Json params = nullptr) {
    return call(next_id(), method, std::move(params));
  }
  // The result object of a successful call (a failed expectation and {} otherwise).
  Json result(std::string_view method, Json params = nullptr) {
    Json r = call(method, std::move(params));
    EXPECT_TRUE(has(r, "result")) << method << " -> " << boost::json::serialize(r);
    return has(r, "result") ? at(r, "result") : Json(JsonObject{});
  }

  // A 2026-07-28 request: `params` plus `_meta` built from the arguments.
  Json modern_call(std::string_view method, JsonObject params = {}, JsonObject capabilities = {},
                   std::optional<std::string> log_level = std::nullopt) {
    return call(method, modern(std::move(params), modern_meta(std::move(capabilities), log_level)));
  }
  Json modern_result(std::string_view method, JsonObject params = {}, JsonObject capabilities = {},
                     std::optional<std::string> log_level = std::nullopt) {
    Json r = modern_call(method, std::move(params), std::move(capabilities), std::move(log_level));
    EXPECT_TRUE(has(r, "result")) << method << " -> " << boost::json::serialize(r);
    return has(r, "result") ? at(r, "result") : Json(JsonObject{});
  }

  // The 2025-11-25 handshake; returns the InitializeResult.
  Json initialize(std::string_view version = "2025-11-25", JsonObject capabilities = {}) {
    Json r = result("initialize",
                    JsonObject{{"protocolVersion", version},
                               {"capabilities", std::move(capabilities)},
                               {"clientInfo", JsonObject{{"name", "raw"}, {"version", "0"}}}});
    client_->send(notification("notifications/initialized"));
    // Frames are handled in order: once a later ping is answered, the session is initialized.
    result("ping");
    return r;
  }

 private:
  std::shared_ptr<Server> server_;
  std::unique_ptr<RawEnd> client_;
  std::weak_ptr<rpc::Channel> server_channel_;
  std::future<void> done_;
  std::thread thread_;
  std::int64_t last_id_ = 0;
};

}  // namespace sallyport::testing
