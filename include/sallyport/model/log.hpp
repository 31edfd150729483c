// The library's logger. It writes to stderr only: on stdio transports stdout carries nothing but
// MCP messages. Applications may replace it with spdlog::set_default_logger-style calls on the
// returned logger's sinks; tokens and secrets are never passed to it.
#pragma once

#include <memory>

#include <spdlog/spdlog.h>

namespace sallyport {

std::shared_ptr<spdlog::logger> logger();

}  // namespace sallyport
