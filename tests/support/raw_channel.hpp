// The test's end of a transport::memory_pair: write raw strings, read raw frames. Used to drive
// a Server or a Client with exactly the bytes a test wants, malformed ones included.
#pragma once

#include <boost/json.hpp>

#include <memory>
#include <optional>
#include <string>
#include <utility>

#include "sallyport/model/json.hpp"
#include "sallyport/rpc/channel.hpp"
#include "sallyport/transport/memory.hpp"
#include "support/inbox.hpp"

namespace sallyport::testing {

class RawEnd {
 public:
  explicit RawEnd(std::shared_ptr<rpc::Channel> channel)
      : inbox_(std::make_shared<Inbox>()), channel_(std::move(channel)) {
    // The callbacks share the inbox, so a late delivery never touches a destroyed RawEnd.
    auto inbox = inbox_;
    channel_->start(rpc::Channel::Callbacks{
        .on_frame = [inbox](std::string&& frame) { inbox->push(std::move(frame)); },
        .on_oversize = [inbox](std::size_t) { inbox->count_oversize(); },
        .on_close = [inbox](std::optional<std::string> why) { inbox->mark_closed(std::move(why)); },
    });
  }
  ~RawEnd() { channel_->close(); }
  RawEnd(const RawEnd&) = delete;
  RawEnd& operator=(const RawEnd&) = delete;

  bool send(std::string frame) { return channel_->send(std::move(frame)); }
  bool send(const char* frame) { return channel_->send(std::string(frame)); }
  bool send(const Json& message) { return channel_->send(boost::json::serialize(message)); }
  void close() { channel_->close(); }
  Inbox& inbox() { return *inbox_; }

 private:
  std::shared_ptr<Inbox> inbox_;
  std::shared_ptr<rpc::Channel> channel_;
};

// A memory pair whose first end is raw (the test) and whose second end goes to the code under
// test.
struct RawPair {
  std::unique_ptr<RawEnd> raw;
  std::shared_ptr<rpc::Channel> other;
};
inline RawPair raw_pair() {
  auto [a, b] = transport::memory_pair();
  return RawPair{std::make_unique<RawEnd>(std::move(a)), std::move(b)};
}

}  // namespace sallyport::testing
