// Two channels joined back to back inside one process, for tests: what one side sends, the other
// receives, on a delivery thread of its own (so re-entrancy matches a real transport).
#pragma once

#include <memory>
#include <utility>

#include "sallyport/rpc/channel.hpp"

namespace sallyport::transport {

std::pair<std::shared_ptr<rpc::Channel>, std::shared_ptr<rpc::Channel>> memory_pair();

}  // namespace sallyport::transport
