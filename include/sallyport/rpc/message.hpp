// JSON-RPC 2.0 messages as MCP uses them: requests, notifications and responses, one JSON object
// per message (no batches since 2025-06-18). Decoding is strict and bounded: every malformed input
// becomes an Error that can be sent back, never an exception escaping or a crash.
#pragma once

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <expected>
#include <optional>
#include <string>
#include <string_view>
#include <variant>

#include "sallyport/model/error.hpp"
#include "sallyport/model/json.hpp"

namespace sallyport::rpc {

using RequestId = std::variant<std::int64_t, std::string>;
std::string to_string(const RequestId& id);
Json to_json(const RequestId& id);
// Accepts a JSON string or integer (the only id kinds MCP allows); anything else is rejected.
std::optional<RequestId> request_id_from_json(const Json& j);

struct Request {
  RequestId id;
  std::string method;
  Json params;  // an object, or null when absent
};

struct Notification {
  std::string method;
  Json params;  // an object, or null when absent
};

struct Response {
  std::optional<RequestId> id;  // absent only for errors about messages whose id was unreadable
  std::variant<Json, Error> outcome;

  bool ok() const noexcept { return outcome.index() == 0; }
  const Json& result() const { return std::get<0>(outcome); }
  const Error& error() const { return std::get<1>(outcome); }
  static Response success(RequestId id, Json result) { return {std::move(id), std::move(result)}; }
  static Response failure(std::optional<RequestId> id, Error e) {
    return {std::move(id), std::move(e)};
  }
};

using Message = std::variant<Request, Notification, Response>;

// Bounds applied to everything read from a peer.
struct Limits {
  std::size_t max_message_bytes = 4 * 1024 * 1024;    // one JSON-RPC message
  std::size_t max_json_depth = 64;                    // nesting of arrays/objects
  std::size_t max_concurrent_requests = 64;           // incoming requests in flight
  std::size_t max_pending_outgoing = 1024;            // our requests awaiting an answer
  std::chrono::milliseconds request_timeout{60'000};  // default for our outgoing requests
};

// Why a frame could not be turned into a message, and what to answer (if anything).
struct DecodeFailure {
  Error error;
  std::optional<RequestId> id;  // the id, when it could be read, so the answer correlates
  bool respond = true;          // false for broken responses/notifications (nothing to answer)
};

std::expected<Message, DecodeFailure> decode(std::string_view text, const Limits& limits);
// Parses `text` as exactly one JSON value with a parser kept per thread (its work stack is
// allocated once; boost::json::parse() builds and frees one per call). On error `ec` is set and
// the result is null.
Json parse_json(std::string_view text, std::size_t max_depth, boost::system::error_code& ec);
// Decodes an already-parsed value (HTTP bodies are parsed once by the transport).
std::expected<Message, DecodeFailure> decode(const Json& value);
std::expected<Message, DecodeFailure> decode(Json&& value);

std::string encode(const Message& message);
std::string encode(const Response& response);
// A success response whose result is already serialised (`result_json`, a JSON object).
std::string encode_success(const RequestId& id, std::string_view result_json);
// Serialises `value` onto the end of `out` (no intermediate string).
void append_json(std::string& out, const Json& value);
// Serialises `text` as a JSON string onto the end of `out` (quoted and escaped).
void append_json_string(std::string& out, std::string_view text);
Json to_json(const Message& message);

}  // namespace sallyport::rpc
