// One codec per protocol revision. A codec knows what a revision puts around the version-neutral
// model: which methods exist, what travels in `_meta`, what a result must carry (`resultType`,
// caching hints), which error codes it uses and which fields only it knows. The server and client
// ask the codec and never test version strings themselves: adding a revision means adding a
// codec (see legacy_codec.cpp and modern_codec.cpp).
#pragma once

#include <expected>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "sallyport/model/types.hpp"

namespace sallyport::wire {

// Everything a request carries besides its method-specific parameters.
struct RequestEnvelope {
  std::string protocol_version{};
  ClientCapabilities client_capabilities{};
  std::optional<Implementation> client_info{};
  std::optional<LoggingLevel> log_level{};
  std::optional<Json> progress_token{};
  // Multi round-trip retries (modern): responses keyed like the server's inputRequests.
  std::map<std::string, Json> input_responses{};
  std::optional<std::string> request_state{};
};

// What a server adds to a result besides the method-specific fields.
struct ResultHints {
  std::optional<CacheHints> cache;              // for cacheable results (lists, reads, discover)
  std::optional<Implementation> server_info{};  // modern: _meta serverInfo on every result
  // The same already converted by to_json(Implementation) and kept by the caller, which spares
  // converting it again for every result; used instead of server_info when set.
  const Json* server_info_json = nullptr;
};

enum class Direction { kClientToServer, kServerToClient };

class Codec {
 public:
  virtual ~Codec() = default;
  virtual Era era() const = 0;
  virtual std::string_view protocol_version() const = 0;

  // Is `method` a request of this revision in that direction?
  virtual bool has_request(std::string_view method, Direction direction) const = 0;

  // Server side: the envelope out of incoming params, and the finishing touches on a result.
  virtual std::expected<RequestEnvelope, Error> read_envelope(const Json& params) const = 0;
  virtual void finish_result(std::string_view method, JsonObject& result,
                             const ResultHints& hints) const = 0;
  virtual Json encode_tool(const Tool& tool) const = 0;
  // Maps version-neutral error codes to what this revision uses (e.g. resource not found).
  virtual Error encode_error(Error error) const = 0;

  // Client side: put the envelope into outgoing params; classify a result.
  virtual void write_envelope(JsonObject& params, const RequestEnvelope& envelope) const = 0;
  virtual bool is_input_required(const JsonObject& result) const = 0;
};

const Codec& modern_codec();
// Every legacy revision we accept shares one codec parameterised by its version string.
const Codec& legacy_codec(std::string_view version = protocol_version::kLegacy);
// nullptr for a version we do not speak.
const Codec* codec_for(std::string_view protocol_version);
// Newest first; the modern revision, then the legacy ones.
const std::vector<std::string>& supported_versions();
bool is_legacy_version(std::string_view version);

// The version-neutral code for "resource not found" (legacy -32002, modern -32602).
Error resource_not_found(std::string_view uri);

}  // namespace sallyport::wire
