// Small helpers shared by the fixture groups.
#include "fixtures.hpp"

namespace everything {

sallyport::JsonObject object_schema(sallyport::JsonObject properties,
                                    sallyport::JsonArray required) {
  sallyport::JsonObject schema{{"type", "object"}, {"properties", std::move(properties)}};
  if (!required.empty()) schema["required"] = std::move(required);
  return schema;
}

std::string sampled_text(const sallyport::CreateMessageResult& result) {
  for (const auto& block : result.content)
    if (auto* text = std::get_if<sallyport::TextContent>(&block)) return text->text;
  return {};
}

sallyport::CompleteResult complete_prefix(const std::vector<std::string>& candidates,
                                          const std::string& prefix) {
  sallyport::CompleteResult r;
  for (const auto& c : candidates)
    if (c.starts_with(prefix)) r.values.push_back(c);
  r.total = static_cast<std::int64_t>(r.values.size());
  r.has_more = false;
  return r;
}

std::string_view action_name(sallyport::ElicitResult::Action action) {
  switch (action) {
    case sallyport::ElicitResult::Action::kAccept:
      return "accept";
    case sallyport::ElicitResult::Action::kDecline:
      return "decline";
    case sallyport::ElicitResult::Action::kCancel:
      break;
  }
  return "cancel";
}

}  // namespace everything
