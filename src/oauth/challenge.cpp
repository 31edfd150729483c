#include "oauth/challenge.hpp"

#include <cctype>

namespace sallyport::oauth::detail {

namespace {

bool is_tchar(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) ||
         std::string_view("!#$%&'*+-.^_`|~").find(c) != std::string_view::npos;
}

std::string lower(std::string_view s) {
  std::string out(s);
  for (auto& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

class Reader {
 public:
  explicit Reader(std::string_view s) : s_(s) {}
  bool done() const { return i_ >= s_.size(); }
  char peek() const { return done() ? '\0' : s_[i_]; }
  void skip_ws() {
    while (!done() && (s_[i_] == ' ' || s_[i_] == '\t')) ++i_;
  }
  std::string_view token() {
    std::size_t start = i_;
    while (!done() && is_tchar(s_[i_])) ++i_;
    return s_.substr(start, i_ - start);
  }
  // token68 may end in '='s (RFC 9110 §11.2).
  std::string_view token68() {
    std::size_t start = i_;
    while (!done() && (is_tchar(s_[i_]) || s_[i_] == '/')) ++i_;
    while (!done() && s_[i_] == '=') ++i_;
    return s_.substr(start, i_ - start);
  }
  std::optional<std::string> quoted() {
    if (peek() != '"') return std::nullopt;
    ++i_;
    std::string out;
    while (!done()) {
      char c = s_[i_++];
      if (c == '"') return out;
      if (c == '\\') {
        if (done()) return std::nullopt;
        c = s_[i_++];
      }
      out.push_back(c);
    }
    return std::nullopt;  // unterminated
  }
  std::size_t pos() const { return i_; }
  void seek(std::size_t p) { i_ = p; }
  void advance() { ++i_; }

 private:
  std::string_view s_;
  std::size_t i_ = 0;
};

// Skips to just after the next comma at the top level (quotes respected).
void skip_element(Reader& r) {
  while (!r.done() && r.peek() != ',') {
    if (r.peek() == '"') {
      if (!r.quoted()) return;
    } else {
      r.advance();
    }
  }
}

void parse_field(std::string_view field, std::vector<Challenge>& out) {
  Reader r(field);
  Challenge* current = nullptr;
  while (!r.done()) {
    r.skip_ws();
    if (r.peek() == ',') {
      r.advance();
      continue;
    }
    std::size_t start = r.pos();
    auto name = r.token();
    if (name.empty()) {  // garbage: drop it up to the next comma
      r.advance();
      skip_element(r);
      continue;
    }
    r.skip_ws();
    if (r.peek() == '=' && current) {  // auth-param of the current challenge
      r.advance();
      r.skip_ws();
      std::optional<std::string> value;
      if (r.peek() == '"')
        value = r.quoted();
      else
        value = std::string(r.token());
      if (value) current->params.emplace(lower(name), std::move(*value));
      skip_element(r);
      continue;
    }
    // A new challenge: "scheme" alone, "scheme token68", or "scheme param=value, ...".
    (void)start;
    out.push_back(Challenge{lower(name), {}});
    current = &out.back();
    std::size_t after = r.pos();
    auto t = r.token68();
    r.skip_ws();
    if (!t.empty() && (r.done() || r.peek() == ',')) continue;  // token68: nothing we use
    r.seek(after);
  }
}

}  // namespace

const std::string* Challenge::param(std::string_view name) const {
  auto it = params.find(std::string(name));
  return it == params.end() ? nullptr : &it->second;
}

std::vector<Challenge> parse_challenges(const std::vector<std::string_view>& field_values) {
  std::vector<Challenge> out;
  for (auto f : field_values) parse_field(f, out);
  return out;
}

ChallengeInfo summarize(const std::vector<Challenge>& challenges) {
  ChallengeInfo info;
  for (auto& c : challenges) {
    if (c.scheme != "bearer" && c.scheme != "dpop") continue;
    if (c.scheme == "dpop") info.dpop_offered = true;
    if (auto* v = c.param("resource_metadata"); v && !info.resource_metadata)
      info.resource_metadata = *v;
    if (auto* v = c.param("scope"); v && !info.scope) info.scope = *v;
    // A DPoP nonce request outranks anything else the other scheme says.
    if (auto* v = c.param("error"); v && (!info.error || *v == "use_dpop_nonce")) info.error = *v;
  }
  return info;
}

}  // namespace sallyport::oauth::detail
