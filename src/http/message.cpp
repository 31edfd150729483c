#include "sallyport/http/message.hpp"

#include <algorithm>
#include <cctype>

namespace sallyport::http {

namespace {
char lower(char c) noexcept {
  return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c;
}
}  // namespace

bool iequals(std::string_view a, std::string_view b) noexcept {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i)
    if (lower(a[i]) != lower(b[i])) return false;
  return true;
}

std::string_view trim_ows(std::string_view s) noexcept {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

void Headers::add(std::string name, std::string value) {
  fields_.emplace_back(std::move(name), std::move(value));
}

void Headers::set(std::string name, std::string value) {
  remove(name);
  add(std::move(name), std::move(value));
}

void Headers::remove(std::string_view name) {
  std::erase_if(fields_, [&](const Field& f) { return iequals(f.first, name); });
}

std::optional<std::string_view> Headers::get(std::string_view name) const {
  // Most fields differ in length from the name sought: no call for those.
  for (auto& [k, v] : fields_)
    if (k.size() == name.size() && iequals(k, name)) return std::string_view(v);
  return std::nullopt;
}

std::vector<std::string_view> Headers::get_all(std::string_view name) const {
  std::vector<std::string_view> out;
  for (auto& [k, v] : fields_)
    if (iequals(k, name)) out.emplace_back(v);
  return out;
}

Response Response::text(int status, std::string body, std::string content_type) {
  Response r;
  r.status = status;
  r.headers.set("Content-Type", std::move(content_type));
  r.body = std::move(body);
  return r;
}

std::string_view reason_phrase(int status) noexcept {
  switch (status) {
    case 100:
      return "Continue";
    case 200:
      return "OK";
    case 201:
      return "Created";
    case 202:
      return "Accepted";
    case 204:
      return "No Content";
    case 301:
      return "Moved Permanently";
    case 302:
      return "Found";
    case 304:
      return "Not Modified";
    case 400:
      return "Bad Request";
    case 401:
      return "Unauthorized";
    case 403:
      return "Forbidden";
    case 404:
      return "Not Found";
    case 405:
      return "Method Not Allowed";
    case 406:
      return "Not Acceptable";
    case 408:
      return "Request Timeout";
    case 409:
      return "Conflict";
    case 410:
      return "Gone";
    case 411:
      return "Length Required";
    case 413:
      return "Content Too Large";
    case 414:
      return "URI Too Long";
    case 415:
      return "Unsupported Media Type";
    case 417:
      return "Expectation Failed";
    case 421:
      return "Misdirected Request";
    case 422:
      return "Unprocessable Content";
    case 429:
      return "Too Many Requests";
    case 431:
      return "Request Header Fields Too Large";
    case 500:
      return "Internal Server Error";
    case 501:
      return "Not Implemented";
    case 502:
      return "Bad Gateway";
    case 503:
      return "Service Unavailable";
    case 504:
      return "Gateway Timeout";
    case 505:
      return "HTTP Version Not Supported";
    default:
      return "Unknown";
  }
}

std::string media_type(std::string_view content_type) {
  auto semi = content_type.find(';');
  std::string_view t = trim_ows(content_type.substr(0, semi));
  std::string out(t);
  for (auto& c : out) c = lower(c);
  return out;
}

bool accepts(std::string_view accept, std::string_view wanted) {
  auto slash = wanted.find('/');
  std::string_view wanted_type = wanted.substr(0, slash);
  // The most specific matching range decides (RFC 9110 §12.5.1), so "text/event-stream;q=0"
  // excludes it even when "*/*" is present.
  int best_specificity = -1;
  bool best_allows = false;
  while (!accept.empty()) {
    auto comma = accept.find(',');
    std::string_view item = accept.substr(0, comma);
    accept = comma == std::string_view::npos ? std::string_view{} : accept.substr(comma + 1);
    auto semi = item.find(';');
    // Compared case-insensitively below: no lower-cased copy (this runs for every request).
    std::string_view range = trim_ows(item.substr(0, semi));
    bool allows = true;
    while (semi != std::string_view::npos) {
      item = item.substr(semi + 1);
      semi = item.find(';');
      std::string_view param = trim_ows(item.substr(0, semi));
      if (param.size() >= 2 && lower(param[0]) == 'q' && param[1] == '=') {
        std::string_view q = trim_ows(param.substr(2));
        // q=0, q=0.0, q=0.00, q=0.000 mean "not acceptable".
        allows = !(q.starts_with('0') && std::all_of(q.begin() + 1, q.end(),
                                                     [](char c) { return c == '.' || c == '0'; }));
      }
    }
    int specificity = -1;
    if (range == "*/*") {
      specificity = 0;
    } else if (range.size() == wanted_type.size() + 2 && range.ends_with("/*") &&
               iequals(range.substr(0, wanted_type.size()), wanted_type)) {
      specificity = 1;
    } else if (iequals(range, wanted)) {
      specificity = 2;
    }
    if (specificity > best_specificity) {
      best_specificity = specificity;
      best_allows = allows;
    }
  }
  return best_specificity >= 0 && best_allows;
}

}  // namespace sallyport::http
