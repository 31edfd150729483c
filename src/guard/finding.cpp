#include "sallyport/guard/finding.hpp"

#include <algorithm>

namespace sallyport::guard {

std::string_view to_string(Severity s) noexcept {
  switch (s) {
    case Severity::info:
      return "info";
    case Severity::low:
      return "low";
    case Severity::medium:
      return "medium";
    case Severity::high:
      return "high";
    case Severity::critical:
      return "critical";
  }
  return "info";
}

std::optional<Severity> parse_severity(std::string_view s) noexcept {
  std::string l;
  for (char c : s) l.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c);
  for (Severity v :
       {Severity::info, Severity::low, Severity::medium, Severity::high, Severity::critical}) {
    if (l == to_string(v)) return v;
  }
  return std::nullopt;
}

namespace category {

const std::vector<std::string_view>& all() {
  static const std::vector<std::string_view> v = {hidden_unicode,
                                                  homoglyph,
                                                  model_instruction,
                                                  sensitive_reference,
                                                  exfiltration,
                                                  shadowing,
                                                  capability_mismatch,
                                                  suspicious_encoding,
                                                  hidden_content,
                                                  suspicious_length,
                                                  rug_pull,
                                                  config_risk,
                                                  authorization,
                                                  scan_coverage};
  return v;
}

std::string_view describe(std::string_view id) noexcept {
  if (id == hidden_unicode)
    return "Invisible or reordering Unicode characters (tag characters, zero-width, bidi "
           "overrides) that hide text from people but not from models.";
  if (id == homoglyph)
    return "Names or words written with look-alike characters to impersonate another tool.";
  if (id == model_instruction)
    return "Instructions addressed to the model: ignore previous instructions, keep things "
           "from the user, run before every other tool.";
  if (id == sensitive_reference)
    return "References to secrets, private keys, credential files or the conversation itself.";
  if (id == exfiltration)
    return "Channels that move data out: URLs with data parameters, e-mail copies, network "
           "commands, side-channel parameters.";
  if (id == shadowing)
    return "Text that changes how other tools (possibly of other servers) must be used.";
  if (id == capability_mismatch)
    return "The definition asks for more than its stated purpose needs (commands in a "
           "read-only tool, secrets in a calculator).";
  if (id == suspicious_encoding)
    return "Encoded or disguised text (base64, hex, entities, spaced letters) hiding content.";
  if (id == hidden_content) return "Comments, special tags or padding that keep text out of sight.";
  if (id == suspicious_length) return "Unusually long definitions.";
  if (id == rug_pull) return "A definition changed after it was approved.";
  if (id == config_risk)
    return "Risky client configuration: inline secrets, unpinned packages, plain-HTTP remotes.";
  if (id == authorization)
    return "A remote server's authorization posture: it accepts requests without a token, or "
           "its 401 challenge lacks WWW-Authenticate or resource metadata.";
  if (id == scan_coverage)
    return "A configured server that was not scanned: not started, unreachable or failing.";
  return "Guard finding.";
}

}  // namespace category

std::optional<Severity> max_severity(const std::vector<Finding>& findings) noexcept {
  std::optional<Severity> m;
  for (const Finding& f : findings)
    if (!m || f.severity > *m) m = f.severity;
  return m;
}

bool reaches(const std::vector<Finding>& findings, Severity threshold) noexcept {
  return std::any_of(findings.begin(), findings.end(),
                     [&](const Finding& f) { return f.severity >= threshold; });
}

}  // namespace sallyport::guard
