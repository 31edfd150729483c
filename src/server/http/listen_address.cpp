// The --http HOST:PORT flag the programs share (everything-server, bench-server, demo-server).
#include <charconv>
#include <string>

#include "sallyport/server/http.hpp"

namespace sallyport {

bool parse_listen_address(std::string_view text, HttpOptions& options) {
  std::string host = options.host;
  std::string_view port = text;
  if (const auto colon = text.rfind(':'); colon != std::string_view::npos) {
    host = std::string(text.substr(0, colon));
    if (host.size() > 2 && host.front() == '[' && host.back() == ']')
      host = host.substr(1, host.size() - 2);  // [::1]:8080
    port = text.substr(colon + 1);
  }
  std::uint16_t value = 0;
  const auto [end, ec] = std::from_chars(port.data(), port.data() + port.size(), value);
  if (host.empty() || port.empty() || ec != std::errc{} || end != port.data() + port.size())
    return false;
  options.host = std::move(host);
  options.port = value;
  return true;
}

}  // namespace sallyport
