#include "auth/urls.hpp"

#include <boost/url/parse.hpp>
#include <boost/url/url_view.hpp>

#include "auth/encoding.hpp"

namespace sallyport::auth::detail {

namespace urls = boost::urls;

bool is_loopback_host(std::string_view url) {
  auto u = urls::parse_absolute_uri(url);
  if (!u || !u->has_authority()) return false;
  switch (u->host_type()) {
    case urls::host_type::ipv4:
      return u->host_ipv4_address().is_loopback();
    case urls::host_type::ipv6:
      return u->host_ipv6_address().is_loopback();
    case urls::host_type::name:
      return iequals(u->encoded_host(), "localhost");
    default:
      return false;
  }
}

std::optional<std::string> url_problem(std::string_view url, bool allow_query) {
  auto u = urls::parse_uri(url);  // not parse_absolute_uri: a fragment gets its own message
  if (!u) return "is not an absolute URI";
  auto scheme = u->scheme_id();
  if (scheme != urls::scheme::https && scheme != urls::scheme::http)
    return "must use https (http only for loopback hosts)";
  if (!u->has_authority() || u->encoded_host().empty()) return "has no host";
  if (u->has_userinfo()) return "must not contain user information";
  if (u->has_fragment()) return "must not contain a fragment";
  if (!allow_query && u->has_query()) return "must not contain a query";
  if (scheme == urls::scheme::http && !is_loopback_host(url))
    return "uses plain http outside loopback; use https";
  return std::nullopt;
}

std::string url_path(std::string_view url) {
  auto u = urls::parse_absolute_uri(url);
  if (!u) return {};
  std::string path(u->encoded_path().data(), u->encoded_path().size());
  if (path == "/") path.clear();
  return path;
}

std::string well_known_url(std::string_view url, std::string_view suffix) {
  auto u = urls::parse_absolute_uri(url);
  if (!u) return {};
  std::string out(u->encoded_origin().data(), u->encoded_origin().size());
  out += "/.well-known/";
  out += suffix;
  out += url_path(url);
  if (u->has_query()) {
    out += '?';
    out.append(u->encoded_query().data(), u->encoded_query().size());
  }
  return out;
}

}  // namespace sallyport::auth::detail
