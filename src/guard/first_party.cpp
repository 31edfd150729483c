#include "guard/first_party.hpp"

#include <algorithm>
#include <cctype>

#include "guard/scanner.hpp"

namespace sallyport::guard::detail {
namespace {

constexpr std::size_t kMaxCommands = 32;

bool host_char(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) || c == '.' || c == '-';
}

// "api.replicate.com" → "replicate": the label before the top-level domain.
std::string vendor_label(std::string_view host) {
  const auto last = host.rfind('.');
  if (last == std::string_view::npos || last == 0) return {};
  const auto dot = host.rfind('.', last - 1);
  const std::size_t from = dot == std::string_view::npos ? 0 : dot + 1;
  return lower_copy(host.substr(from, last - from));
}

bool credential_name(std::string_view name) {
  for (std::string_view w : {"TOKEN", "KEY", "SECRET", "PASSWORD", "PASS", "CREDENTIAL", "AUTH"})
    if (name.find(w) != std::string_view::npos) return true;
  return false;
}

// Where the command starting at `at` ends: its line, and the next while a line ends in '\' or
// a quoted argument (-d '{ ... }') is still open.
std::size_t command_end(std::string_view text, std::size_t at) {
  bool single = false, dbl = false;
  for (std::size_t i = at; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '\'' && !dbl)
      single = !single;
    else if (c == '"' && !single)
      dbl = !dbl;
    else if (c == '\n' && !single && !dbl) {
      std::size_t k = i;
      while (k > at && (text[k - 1] == ' ' || text[k - 1] == '\r')) --k;
      if (k == at || text[k - 1] != '\\') return i;
    }
  }
  return text.size();
}

// Every URL of the command is the vendor's, every credential variable too.
bool calls_only(std::string_view cmd, const std::vector<std::string>& server_words) {
  std::string vendor;
  for (std::size_t at = cmd.find("://"); at != std::string_view::npos;
       at = cmd.find("://", at + 3)) {
    std::size_t end = at + 3;
    while (end < cmd.size() && host_char(cmd[end])) ++end;
    const std::string label = vendor_label(cmd.substr(at + 3, end - at - 3));
    if (label.size() < 4 || (!vendor.empty() && label != vendor) ||
        std::find(server_words.begin(), server_words.end(), label) == server_words.end())
      return false;
    vendor = label;
  }
  if (vendor.empty()) return false;
  std::string prefix = vendor;
  std::transform(prefix.begin(), prefix.end(), prefix.begin(), [](char c) {
    return static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  });
  for (std::size_t i = cmd.find('$'); i != std::string_view::npos; i = cmd.find('$', i + 1)) {
    std::size_t b = i + 1;
    if (b < cmd.size() && cmd[b] == '{') ++b;
    std::size_t e = b;
    while (e < cmd.size() && (std::isupper(static_cast<unsigned char>(cmd[e])) ||
                              std::isdigit(static_cast<unsigned char>(cmd[e])) || cmd[e] == '_'))
      ++e;
    const std::string_view name = cmd.substr(b, e - b);
    if (credential_name(name) && !name.starts_with(prefix)) return false;
  }
  return true;
}

}  // namespace

std::vector<Span> own_api_commands(std::string_view text,
                                   const std::vector<std::string>& server_words) {
  const std::string low = lower_copy(text);
  for (std::string_view p : {"~/", "/etc/", ".ssh", "id_rsa", ".env", ".aws", "credentials",
                             "keychain", "/proc/", ".kube", ".npmrc", ".netrc"})
    if (low.find(p) != std::string::npos) return {};
  std::vector<Span> out;
  for (std::string_view verb : {"curl ", "wget ", "http "}) {
    for (std::size_t at = low.find(verb); at != std::string::npos && out.size() < kMaxCommands;
         at = low.find(verb, at + 1)) {
      if (at > 0 && std::isalnum(static_cast<unsigned char>(low[at - 1]))) continue;
      const std::size_t end = command_end(text, at);
      if (calls_only(text.substr(at, end - at), server_words)) out.emplace_back(at, end);
    }
  }
  return out;
}

bool configured_from_env(std::string_view text, std::size_t begin, std::size_t end) {
  end = std::min(end, text.size());
  begin = std::min(begin, end);
  const auto boundary = [](char c) {
    return c == '.' || c == '\n' || c == ';';
  };
  std::size_t from = begin, to = end;
  while (from > 0 && !boundary(text[from - 1])) --from;
  while (to < text.size() && !boundary(text[to])) ++to;
  // the sentence's words, lower-cased ("IDB_UDID" stays one word)
  std::vector<std::string> words;
  std::string w;
  for (std::size_t i = from; i <= to; ++i) {
    const char c = i < to ? text[i] : ' ';
    if (std::isalnum(static_cast<unsigned char>(c)) || c == '_') {
      w += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    } else if (!w.empty()) {
      words.push_back(std::move(w));
      w.clear();
    }
  }
  const auto one_of = [](const std::string& x, std::initializer_list<std::string_view> set) {
    return std::find(set.begin(), set.end(), x) != set.end();
  };
  // "<is> set with", "<is> read from" (an imperative "read ... from the environment" is not
  // configuration, so these need the auxiliary); "the directory specified by" needs none
  const auto setting_at = [&](std::size_t i) -> std::size_t {
    if (one_of(words[i], {"be", "is", "are", "was"}) && i + 1 < words.size() &&
        one_of(words[i + 1], {"set", "configured", "overridden", "provided", "specified", "passed",
                              "read", "taken", "supplied", "loaded"}))
      return i + 2;
    if (one_of(words[i], {"specified", "configured", "defined", "given"})) return i + 1;
    return 0;
  };
  for (std::size_t i = 0; i + 2 < words.size(); ++i) {
    const std::size_t prep = setting_at(i);
    if (prep == 0 || prep >= words.size()) continue;
    if (!one_of(words[prep], {"with", "via", "using", "through", "from", "by"})) continue;
    for (std::size_t k = prep + 1; k < words.size() && k <= prep + 7; ++k)
      if (one_of(words[k], {"env", "environment", "envvar", "envvars"})) return true;
  }
  return false;
}

}  // namespace sallyport::guard::detail
