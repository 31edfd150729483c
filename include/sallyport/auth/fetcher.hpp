// The few outbound HTTP requests authorization needs (metadata, JWKS, introspection), behind an
// interface so this component does not depend on the HTTP transport and tests can fake them.
#pragma once

#include <chrono>
#include <cstddef>
#include <expected>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace sallyport::auth {

using Headers = std::vector<std::pair<std::string, std::string>>;

struct HttpResponse {
  int status = 0;
  std::string content_type;
  std::string body;
};

// A transport failure (unreachable, TLS, timeout, too large) is an error; any HTTP status is a
// response.
using FetchResult = std::expected<HttpResponse, std::string>;

class Fetcher {
 public:
  virtual ~Fetcher() = default;
  virtual FetchResult get(std::string_view url, const Headers& headers,
                          std::chrono::milliseconds timeout) = 0;
  // application/x-www-form-urlencoded body built from `form`.
  virtual FetchResult post_form(std::string_view url, const Headers& form, const Headers& headers,
                                std::chrono::milliseconds timeout) = 0;
};

struct BeastFetcherOptions {
  std::size_t max_response_bytes = 1 << 20;
  std::string ca_file{};  // empty: the system's trust store
  std::string user_agent = "sallyport-auth";
};

// Blocking HTTP/1.1 over Boost.Beast, TLS verified against the trust store and the host name.
// Redirects are not followed: metadata, keys and introspection must come from the URL given.
std::shared_ptr<Fetcher> make_beast_fetcher(BeastFetcherOptions options = {});

// application/x-www-form-urlencoded encoding of one value (RFC 6749 Appendix B).
std::string form_urlencode(std::string_view value);

}  // namespace sallyport::auth
