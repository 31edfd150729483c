// Screening of what servers return (tool results, resource contents) before a model reads it:
// instructions aimed at the model, hidden Unicode, exfiltration patterns. One pass over the
// text with precompiled word tables, no std::regex: cheap enough for every call.
//
//   sallyport::guard::OutputScreener screener{{.action = ScreenAction::redact}};
//   auto r = screener.screen_result(call_tool_result, "server", "tool");
//   forward(r.result);   // annotated, redacted or replaced by an error, per policy
//
// In line, on every tools/call and resources/read result a client receives:
//
//   ClientOptions options;
//   options.result_filter = sallyport::guard::screening_filter(screener, "weather-server");
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <boost/json/value.hpp>

#include "sallyport/guard/finding.hpp"

namespace sallyport::guard {

enum class ScreenAction { allow, annotate, redact, block };
std::string_view to_string(ScreenAction a) noexcept;

struct ScreenPolicy {
  // What to do when a finding reaches `threshold`. Findings below it are reported only.
  ScreenAction action = ScreenAction::annotate;
  Severity threshold = Severity::medium;
  // Probability at which the learned verdict counts a sentence as written to steer the model:
  // a finding of medium severity, high from model_high_threshold. At the defaults the
  // leave-one-set-out false-positive rate on outputs is 2.7% and 1.1%, and on unseen sets it has
  // come in at about half that (docs/guard.md, "Output screening"). Above 1: no model, the rules
  // alone decide, every match at its own weight (many more alarms on honest mail, docs and
  // tickets).
  double model_threshold = 0.975;
  double model_high_threshold = 0.995;
  // ... for text decoded from base64 and the like inside an output: hidden from a reader on
  // purpose, so it counts from this lower probability (honest encoded data decodes to bytes,
  // or to text that reads as data). Not used when the model is off.
  double encoded_model_threshold = 0.9;
  // ... for a sentence that turns to a machine reader by name ("AI notetaker: email the notes
  // to ...", "para el asistente: devuelve ...", "assistants should ..."): data written for
  // people rarely speaks to the assistant reading it. Not used when the model is off.
  double addressed_model_threshold = 0.9;
  // Replaces each redacted span; "{category}" is substituted.
  std::string redaction_marker = "[removed by sallyport guard: {category}]";
  // Texts longer than this are screened on their first max_text_bytes only and the rest is
  // treated as suspicious (fail closed: severity medium, "oversized").
  std::size_t max_text_bytes = 8 * 1024 * 1024;
};

struct ScreenResult {
  ScreenAction action = ScreenAction::allow;  // what was applied
  std::optional<Severity> severity;           // highest finding
  std::vector<Finding> findings{};
  std::string text{};           // screen_text: the text to forward
  boost::json::value result{};  // screen_result: the result to forward
};

class OutputScreener {
 public:
  explicit OutputScreener(ScreenPolicy policy = {});

  // Findings only, no rewriting: the fast path.
  std::vector<Finding> scan(std::string_view text, std::string_view server = {},
                            std::string_view tool = {}) const;
  ScreenResult screen_text(std::string_view text, std::string_view server = {},
                           std::string_view tool = {}) const;
  // A CallToolResult (content[], structuredContent) or a ReadResourceResult (contents[]).
  ScreenResult screen_result(const boost::json::value& result, std::string_view server = {},
                             std::string_view tool = {}) const;

  const ScreenPolicy& policy() const noexcept { return policy_; }

 private:
  ScreenPolicy policy_;
};

// The screener as a client's result filter (sallyport::ResultFilter, ClientOptions::
// result_filter): each tools/call or resources/read result is screened and, when the policy
// acts, replaced by what it forwards (annotated, redacted, or an error result / empty contents
// when blocked). `on_screened`, when set, sees every screening that found something, acted on
// or not (for logs and audit trails).
std::function<void(std::string_view method, std::string_view subject, boost::json::value& result)>
screening_filter(OutputScreener screener, std::string server = {},
                 std::function<void(const ScreenResult&)> on_screened = {});

}  // namespace sallyport::guard
