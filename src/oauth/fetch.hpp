// The OAuth client's own HTTP requests (metadata, registration, token endpoints): bounded JSON
// answers over the project's HTTP client, which never follows redirects (metadata and tokens
// must come from the URL asked).
#pragma once

#include <expected>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "sallyport/http/client.hpp"
#include "sallyport/model/json.hpp"

namespace sallyport::oauth::detail {

using Form = std::vector<std::pair<std::string, std::string>>;

struct Answer {
  int status = 0;
  http::Headers headers;
  std::optional<JsonObject> json;  // the body, when it is a JSON object
  std::string body;                // raw, for error messages (never logged whole)
};

class Fetch {
 public:
  explicit Fetch(http::ClientOptions options);
  // Errors are transport failures ("cannot reach URL: ..."); any HTTP status is an Answer.
  std::expected<Answer, std::string> get(const std::string& url);
  std::expected<Answer, std::string> post_form(const std::string& url, const Form& form,
                                               http::Headers headers = {});
  std::expected<Answer, std::string> post_json(const std::string& url, const JsonObject& body,
                                               http::Headers headers = {});

 private:
  std::expected<Answer, std::string> send(http::ClientRequest request);
  http::Client client_;
  std::size_t max_bytes_;
};

std::string encode_form(const Form& form);

// "error: description" from an OAuth error response (RFC 6749 §5.2), else "HTTP N"; bounded
// and with control characters removed, so it is safe to show.
std::string describe_error(const Answer& answer);

// String members of an OAuth JSON object.
std::string string_member(const JsonObject& o, std::string_view key);
std::vector<std::string> string_list(const JsonObject& o, std::string_view key);

}  // namespace sallyport::oauth::detail
