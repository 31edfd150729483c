#include "sallyport/model/log.hpp"

#include <cstdlib>
#include <string_view>

#include <spdlog/sinks/stdout_color_sinks.h>

namespace sallyport {

std::shared_ptr<spdlog::logger> logger() {
  // Created on first use so programs that never log pay nothing; SALLYPORT_LOG picks the level.
  static std::shared_ptr<spdlog::logger> instance = [] {
    auto l = spdlog::stderr_color_mt("sallyport");
    const char* level = std::getenv("SALLYPORT_LOG");
    l->set_level(level ? spdlog::level::from_str(level) : spdlog::level::warn);
    l->set_pattern("[%H:%M:%S.%e] [%n] [%^%l%$] %v");
    return l;
  }();
  return instance;
}

}  // namespace sallyport
