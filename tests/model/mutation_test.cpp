// Never crash, whatever the input: every node of every wire example that decodes as some model
// type is replaced in turn by values of each JSON kind (and a few hostile numbers); decoding
// must then either succeed or throw McpError(kInvalidParams), nothing else.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <functional>
#include <limits>
#include <sstream>

#include "sallyport/model/types.hpp"

namespace sallyport {
namespace {

namespace fs = std::filesystem;

using Decoder = std::function<void(const Json&)>;

template <typename T>
std::pair<std::string, Decoder> d(std::string name) {
  return {std::move(name), [](const Json& j) {
            (void)decode<T>(j);
          }};
}

const std::vector<std::pair<std::string, Decoder>>& decoders() {
  static const std::vector<std::pair<std::string, Decoder>> all = {
      d<Icon>("Icon"),
      d<Implementation>("Implementation"),
      d<Annotations>("Annotations"),
      d<ClientCapabilities>("ClientCapabilities"),
      d<ServerCapabilities>("ServerCapabilities"),
      d<ContentBlock>("ContentBlock"),
      d<SamplingContent>("SamplingContent"),
      d<Resource>("Resource"),
      d<ResourceContents>("ResourceContents"),
      d<Tool>("Tool"),
      d<CallToolParams>("CallToolParams"),
      d<CallToolResult>("CallToolResult"),
      d<ResourceTemplate>("ResourceTemplate"),
      d<ReadResourceResult>("ReadResourceResult"),
      d<Prompt>("Prompt"),
      d<GetPromptResult>("GetPromptResult"),
      d<CompleteParams>("CompleteParams"),
      d<CompleteResult>("CompleteResult"),
      d<LogMessage>("LogMessage"),
      d<Root>("Root"),
      d<ListRootsResult>("ListRootsResult"),
      d<SamplingMessage>("SamplingMessage"),
      d<CreateMessageParams>("CreateMessageParams"),
      d<CreateMessageResult>("CreateMessageResult"),
      d<ElicitParams>("ElicitParams"),
      d<ElicitResult>("ElicitResult"),
      d<InitializeParams>("InitializeParams"),
      d<InitializeResult>("InitializeResult"),
      d<DiscoverResult>("DiscoverResult"),
      d<SubscriptionFilter>("SubscriptionFilter"),
      d<InputRequest>("InputRequest"),
      d<InputRequiredResult>("InputRequiredResult"),
      d<CacheHints>("CacheHints"),
  };
  return all;
}

std::string escape(std::string_view key) {
  std::string out;
  for (char c : key) {
    if (c == '~')
      out += "~0";
    else if (c == '/')
      out += "~1";
    else
      out += c;
  }
  return out;
}

void collect_pointers(const Json& v, const std::string& at, std::vector<std::string>& out) {
  out.push_back(at);
  if (const auto* o = v.if_object())
    for (const auto& kv : *o) collect_pointers(kv.value(), at + "/" + escape(kv.key()), out);
  else if (const auto* a = v.if_array())
    for (std::size_t i = 0; i < a->size(); ++i)
      collect_pointers((*a)[i], at + "/" + std::to_string(i), out);
}

std::vector<Json> hostile_values() {
  Json deep = JsonObject{};
  for (int i = 0; i < 300; ++i) deep = JsonArray{std::move(deep)};
  return {nullptr,
          true,
          -1,
          0.5,
          1e300,
          std::numeric_limits<double>::quiet_NaN(),
          std::numeric_limits<std::uint64_t>::max(),
          std::numeric_limits<std::int64_t>::min(),
          "",
          "\xff\xfe not utf-8",
          JsonArray{},
          JsonArray{nullptr},
          JsonObject{},
          JsonObject{{"type", "text"}},
          deep};
}

Json read_json(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return json::parse(ss.str());
}

TEST(Mutation, ExamplesNeverCrashDecoders) {
  const fs::path dir = fs::path(SALLYPORT_SHARED_DIR) / "data/mcp-schema/2026-07-28/examples";
  const auto hostile = hostile_values();
  std::size_t decodes = 0;
  std::error_code ec;
  for (const auto& e : fs::recursive_directory_iterator(dir, ec)) {
    if (!e.is_regular_file() || e.path().extension() != ".json") continue;
    const Json doc = read_json(e.path());
    std::vector<std::string> pointers;
    collect_pointers(doc, "", pointers);
    for (const auto& [name, decoder] : decoders()) {
      try {
        decoder(doc);
      } catch (const McpError&) {
        continue;  // not this type: mutating it would only test the first check
      }
      for (const auto& ptr : pointers) {
        for (const auto& bad : hostile) {
          Json mutated = doc;
          if (ptr.empty()) {
            mutated = bad;
          } else {
            boost::system::error_code pec;
            Json* node = mutated.find_pointer(ptr, pec);
            ASSERT_NE(node, nullptr) << ptr;
            *node = bad;
          }
          ++decodes;
          try {
            decoder(mutated);
          } catch (const McpError& err) {
            EXPECT_EQ(err.code(), error_code::kInvalidParams);
          } catch (const std::exception& err) {
            ADD_FAILURE() << name << " " << e.path().filename() << " " << ptr << ": " << err.what();
          }
        }
      }
    }
  }
  EXPECT_GT(decodes, 10000u);
}

}  // namespace
}  // namespace sallyport
