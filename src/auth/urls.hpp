// URL rules of OAuth metadata: loopback exceptions, RFC 8414 / RFC 9728 well-known locations.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace sallyport::auth::detail {

bool is_loopback_host(std::string_view url);  // host of an absolute URL

// nullopt when `url` is an absolute http(s) URL with a host, no userinfo and no fragment, https
// unless the host is loopback; else why not (the caller prefixes what the URL is).
std::optional<std::string> url_problem(std::string_view url, bool allow_query = true);

// Inserts "/.well-known/<suffix>" between the authority and the path (RFC 8414 §3.1,
// RFC 9728 §3.1); a path of "/" counts as none.
std::string well_known_url(std::string_view url, std::string_view suffix);
// The path of an absolute URL ("" for none or "/").
std::string url_path(std::string_view url);

}  // namespace sallyport::auth::detail
