// What the guard reports: one finding per suspicious span, with a stable category id.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace sallyport::guard {

enum class Severity : std::uint8_t { info, low, medium, high, critical };

std::string_view to_string(Severity s) noexcept;
// "info", "low", "medium", "high", "critical" (any case); nullopt otherwise.
std::optional<Severity> parse_severity(std::string_view s) noexcept;

// Stable, kebab-case category ids (they appear in JSON and as SARIF rule ids).
namespace category {
inline constexpr std::string_view hidden_unicode = "hidden-unicode";
inline constexpr std::string_view homoglyph = "homoglyph";
inline constexpr std::string_view model_instruction = "model-instruction";
inline constexpr std::string_view sensitive_reference = "sensitive-reference";
inline constexpr std::string_view exfiltration = "exfiltration";
inline constexpr std::string_view shadowing = "shadowing";
inline constexpr std::string_view capability_mismatch = "capability-mismatch";
inline constexpr std::string_view suspicious_encoding = "suspicious-encoding";
inline constexpr std::string_view hidden_content = "hidden-content";
inline constexpr std::string_view suspicious_length = "suspicious-length";
inline constexpr std::string_view rug_pull = "rug-pull";
inline constexpr std::string_view config_risk = "config-risk";
// Remote authorization posture (sallyport scan): no 401 challenge, no resource metadata.
inline constexpr std::string_view authorization = "authorization";
// What a scan could not look at: servers not started, unreachable or failing (sallyport scan).
inline constexpr std::string_view scan_coverage = "scan-coverage";
// Every category above, in report order.
const std::vector<std::string_view>& all();
std::string_view describe(std::string_view id) noexcept;
}  // namespace category

struct Finding {
  Severity severity = Severity::info;
  std::string category{};  // one of category::*
  std::string rule{};      // finer id within the category, e.g. "conceal-from-user"
  std::string server{};
  std::string tool{};      // tool, prompt or resource name; empty for server-level findings
  std::string kind{};      // "tool", "prompt", "resource", "resourceTemplate", "server", "config"
  std::string location{};  // e.g. tools[3].inputSchema.properties.path.description
  std::string message{};
  std::string evidence{};  // the offending span, invisible characters escaped as \u{E0041}
};

// Highest severity among findings; nullopt when there are none.
std::optional<Severity> max_severity(const std::vector<Finding>& findings) noexcept;

// The --fail-on rule: true when some finding is at least `threshold`.
bool reaches(const std::vector<Finding>& findings, Severity threshold) noexcept;

}  // namespace sallyport::guard
