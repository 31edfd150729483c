#include "oauth/fetch.hpp"

#include <fmt/format.h>

#include "auth/encoding.hpp"
#include "sallyport/auth/fetcher.hpp"

namespace sallyport::oauth::detail {

namespace {

std::string printable(std::string_view s, std::size_t max = 300) {
  std::string out;
  for (char c : s.substr(0, max)) out.push_back(static_cast<unsigned char>(c) < 0x20 ? ' ' : c);
  if (s.size() > max) out += "...";
  return out;
}

}  // namespace

Fetch::Fetch(http::ClientOptions options) : client_(options), max_bytes_(options.max_body_bytes) {}

std::expected<Answer, std::string> Fetch::send(http::ClientRequest request) {
  request.headers.set("Accept", "application/json");
  auto r = client_.send(request);
  if (!r)
    return std::unexpected(fmt::format("cannot reach {}: {}", request.url, r.error().message));
  Answer a;
  a.status = r->status;
  a.headers = std::move(r->headers);
  a.body = std::move(r->body);
  if (auto ct = a.headers.get("Content-Type"); ct && (http::media_type(*ct) == "application/json" ||
                                                      http::media_type(*ct).ends_with("+json")))
    a.json = auth::detail::parse_object(a.body, max_bytes_);
  else if (!a.body.empty() && a.body.front() == '{')  // servers that omit the media type
    a.json = auth::detail::parse_object(a.body, max_bytes_);
  return a;
}

std::expected<Answer, std::string> Fetch::get(const std::string& url) {
  return send({.method = "GET", .url = url, .headers = {}, .body = {}});
}

std::expected<Answer, std::string> Fetch::post_form(const std::string& url, const Form& form,
                                                    http::Headers headers) {
  headers.set("Content-Type", "application/x-www-form-urlencoded");
  return send(
      {.method = "POST", .url = url, .headers = std::move(headers), .body = encode_form(form)});
}

std::expected<Answer, std::string> Fetch::post_json(const std::string& url, const JsonObject& body,
                                                    http::Headers headers) {
  headers.set("Content-Type", "application/json");
  return send({.method = "POST",
               .url = url,
               .headers = std::move(headers),
               .body = boost::json::serialize(body)});
}

std::string encode_form(const Form& form) {
  std::string body;
  for (auto& [k, v] : form) {
    if (!body.empty()) body += '&';
    body += auth::form_urlencode(k);
    body += '=';
    body += auth::form_urlencode(v);
  }
  return body;
}

std::string describe_error(const Answer& a) {
  if (a.json) {
    auto error = string_member(*a.json, "error");
    auto description = string_member(*a.json, "error_description");
    if (!error.empty())
      return printable(description.empty()
                           ? fmt::format("{} (HTTP {})", error, a.status)
                           : fmt::format("{}: {} (HTTP {})", error, description, a.status));
  }
  return fmt::format("HTTP {}", a.status);
}

std::string string_member(const JsonObject& o, std::string_view key) {
  auto* v = o.if_contains(key);
  return v && v->is_string() ? std::string(v->get_string()) : std::string();
}

std::vector<std::string> string_list(const JsonObject& o, std::string_view key) {
  std::vector<std::string> out;
  auto* v = o.if_contains(key);
  if (!v || !v->is_array()) return out;
  for (auto& e : v->get_array())
    if (e.is_string()) out.emplace_back(e.get_string());
  return out;
}

}  // namespace sallyport::oauth::detail
