// A Server serving one end of a memory pair on a thread of its own; the other end is for a
// Client (or anything else speaking JSON-RPC).
#pragma once

#include <gtest/gtest.h>

#include <future>
#include <memory>
#include <thread>

#include "sallyport/rpc/channel.hpp"
#include "sallyport/server/server.hpp"
#include "sallyport/transport/memory.hpp"
#include "support/wait.hpp"

namespace sallyport::testing {

class ServerThread {
 public:
  explicit ServerThread(std::shared_ptr<Server> server) : server_(std::move(server)) {
    auto [ours, theirs] = transport::memory_pair();
    client_channel_ = std::move(ours);
    auto done = std::make_shared<std::promise<void>>();
    done_ = done->get_future();
    thread_ = std::thread([server = server_, channel = std::move(theirs), done]() mutable {
      server->serve(std::move(channel));
      done->set_value();
    });
  }
  ~ServerThread() {
    client_channel_->close();
    if (!stopped()) {
      ADD_FAILURE() << "Server::serve() did not return after the connection closed";
      thread_.detach();  // it owns what it uses
    } else {
      thread_.join();
    }
  }
  ServerThread(const ServerThread&) = delete;
  ServerThread& operator=(const ServerThread&) = delete;

  // The client's end of the connection.
  std::shared_ptr<rpc::Channel> channel() const { return client_channel_; }
  Server& server() { return *server_; }
  bool stopped(std::chrono::milliseconds timeout = kWait) {
    return done_.wait_for(timeout) == std::future_status::ready;
  }

 private:
  std::shared_ptr<Server> server_;
  std::shared_ptr<rpc::Channel> client_channel_;
  std::future<void> done_;
  std::thread thread_;
};

}  // namespace sallyport::testing
