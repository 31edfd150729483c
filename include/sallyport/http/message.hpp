// HTTP/1.1 messages as plain values: what a handler receives and answers, and what the client
// sends and gets back. Header names compare case-insensitively (RFC 9110 §5.1); values are kept
// exactly as received, minus the optional whitespace around them.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace sallyport::http {

bool iequals(std::string_view a, std::string_view b) noexcept;
// Strips RFC 9110 optional whitespace (SP / HTAB) from both ends.
std::string_view trim_ows(std::string_view s) noexcept;

class Headers {
 public:
  using Field = std::pair<std::string, std::string>;

  void add(std::string name, std::string value);
  // Replaces every field of that name.
  void set(std::string name, std::string value);
  void remove(std::string_view name);
  // The first field of that name.
  std::optional<std::string_view> get(std::string_view name) const;
  std::vector<std::string_view> get_all(std::string_view name) const;
  bool contains(std::string_view name) const { return get(name).has_value(); }

  std::size_t size() const { return fields_.size(); }
  void reserve(std::size_t n) { fields_.reserve(n); }
  auto begin() const { return fields_.begin(); }
  auto end() const { return fields_.end(); }

 private:
  std::vector<Field> fields_;
};

struct Request {
  std::string method;  // as sent: "GET", "POST", ...
  std::string target;  // origin-form: "/mcp?x=1"
  std::string path;    // the target without its query
  Headers headers;
  std::string body;
  unsigned version = 11;       // 10 or 11
  std::string remote_address;  // the peer's IP address
  bool tls = false;
};

struct Response {
  int status = 200;
  Headers headers;
  std::string body;

  static Response text(int status, std::string body, std::string content_type = "text/plain");
};

// "Not Found" for 404 and so on; "Unknown" for codes without a registered phrase.
std::string_view reason_phrase(int status) noexcept;

// Does an Accept header value admit `media_type` ("type/subtype")? Honours "*/*", "type/*" and
// q=0 exclusions; media-type parameters other than q are ignored.
bool accepts(std::string_view accept, std::string_view media_type);
// The media type of a Content-Type value, lower-cased, without parameters.
std::string media_type(std::string_view content_type);

}  // namespace sallyport::http
