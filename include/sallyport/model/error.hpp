// Protocol errors: JSON-RPC 2.0 codes plus the MCP-defined ones. One exception type carries an
// error across API boundaries; inside the engine errors travel as values.
#pragma once

#include <optional>
#include <stdexcept>
#include <string>

#include "sallyport/model/json.hpp"

namespace sallyport {

namespace error_code {
inline constexpr int kParseError = -32700;
inline constexpr int kInvalidRequest = -32600;
inline constexpr int kMethodNotFound = -32601;
inline constexpr int kInvalidParams = -32602;
inline constexpr int kInternalError = -32603;
// -32000..-32019: implementation-defined. Ours:
inline constexpr int kRequestTimeout = -32001;    // our own (same as the TypeScript SDK)
inline constexpr int kRequestCancelled = -32800;  // LSP-style "request cancelled" (local only)
inline constexpr int kConnectionClosed = -32000;  // the peer went away with requests in flight
// MCP-defined (2026-07-28):
inline constexpr int kHeaderMismatch = -32020;
inline constexpr int kMissingRequiredClientCapability = -32021;
inline constexpr int kUnsupportedProtocolVersion = -32022;
// Legacy (2025-11-25 and earlier); never reused by later revisions.
inline constexpr int kLegacyResourceNotFound = -32002;
inline constexpr int kLegacyUrlElicitationRequired = -32042;
}  // namespace error_code

struct Error {
  int code = error_code::kInternalError;
  std::string message;
  std::optional<Json> data;

  static Error parse_error(std::string msg) {
    return {error_code::kParseError, std::move(msg), {}};
  }
  static Error invalid_request(std::string msg) {
    return {error_code::kInvalidRequest, std::move(msg), {}};
  }
  static Error method_not_found(std::string_view method);
  static Error invalid_params(std::string msg) {
    return {error_code::kInvalidParams, std::move(msg), {}};
  }
  static Error internal(std::string msg) {
    return {error_code::kInternalError, std::move(msg), {}};
  }
};

// Thrown by the user-facing API (client calls that fail, handlers that want a protocol error).
class McpError : public std::runtime_error {
 public:
  explicit McpError(Error e) : std::runtime_error(e.message), error_(std::move(e)) {}
  McpError(int code, std::string message, std::optional<Json> data = {})
      : McpError(Error{code, std::move(message), std::move(data)}) {}
  const Error& error() const noexcept { return error_; }
  int code() const noexcept { return error_.code; }

 private:
  Error error_;
};

Json to_json(const Error& e);
std::optional<Error> error_from_json(const Json& j);

}  // namespace sallyport
