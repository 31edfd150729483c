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

}  // namespace sallyport::guard::detail
