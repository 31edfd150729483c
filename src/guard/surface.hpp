// A server surface flattened into definitions and the strings each carries, with locations.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include <boost/json/value.hpp>

#include "sallyport/guard/analyzer.hpp"

namespace sallyport::guard::detail {

struct Field {
  enum Role { name, title, description, prop_name, value, other };
  std::string location;  // tools[3].inputSchema.properties.path.description
  std::string text;
  Role role;
};

struct Definition {
  std::string kind;  // tool, prompt, resource, resourceTemplate, server
  std::string name;
  std::string location;  // tools[3]
  const boost::json::value* value = nullptr;
  std::vector<Field> fields;
};

struct Surface {
  std::string server;
  std::vector<Definition> definitions;
  boost::json::value holder;  // keeps `value` pointers valid when the input was rewrapped
};

Surface read_surface(const boost::json::value& v, const AnalyzerOptions& opts);

// "readSshKey" / "read_ssh-key" → "read Ssh key": identifiers as words for the scanner.
std::string split_identifier(std::string_view s);
// Lowercase with '_', '-', '.', ' ' removed: how tool names are compared for identity.
std::string normal_name(std::string_view s);
// The lowercase ASCII words of an identifier or a text: "muteAllMonitors" → mute, all,
// monitors; "publish_to_public_share" → publish, to, public, share.
std::vector<std::string> words_of(std::string_view s);

}  // namespace sallyport::guard::detail
