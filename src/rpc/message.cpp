#include "sallyport/rpc/message.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <optional>

namespace sallyport::rpc {

std::string to_string(const RequestId& id) {
  if (auto* n = std::get_if<std::int64_t>(&id)) return std::to_string(*n);
  return std::get<std::string>(id);
}

Json to_json(const RequestId& id) {
  if (auto* n = std::get_if<std::int64_t>(&id)) return Json(*n);
  return Json(std::get<std::string>(id));
}

std::optional<RequestId> request_id_from_json(const Json& j) {
  if (j.is_string()) return RequestId{std::string(j.get_string())};
  if (j.is_int64()) return RequestId{j.get_int64()};
  if (j.is_uint64() && j.get_uint64() <= static_cast<std::uint64_t>(INT64_MAX))
    return RequestId{static_cast<std::int64_t>(j.get_uint64())};
  // Integral doubles (1.0) are not ids: JSON-RPC says ids SHOULD NOT contain fractional parts and
  // MCP says string or integer. Rejecting them keeps correlation exact.
  return std::nullopt;
}

namespace {

std::unexpected<DecodeFailure> fail(Error e, std::optional<RequestId> id = {},
                                    bool respond = true) {
  return std::unexpected(DecodeFailure{std::move(e), std::move(id), respond});
}

std::expected<Error, std::string> decode_error_object(const Json& j) {
  if (!j.is_object()) return std::unexpected("error must be an object");
  const auto& o = j.get_object();
  auto* code = o.if_contains("code");
  auto* message = o.if_contains("message");
  if (!code || !(code->is_int64() || code->is_uint64()))
    return std::unexpected("error.code must be an integer");
  if (!message || !message->is_string()) return std::unexpected("error.message must be a string");
  Error e;
  e.code = code->is_int64() ? static_cast<int>(code->get_int64()) : -1;
  e.message = std::string(message->get_string());
  if (auto* data = o.if_contains("data")) e.data = *data;
  return e;
}

}  // namespace

std::expected<Message, DecodeFailure> decode(const Json& value) {
  return decode(Json(value));
}

// Takes the parsed value by value so that params and results are moved out, not copied: a
// message is parsed once and its parts change owners, never get duplicated.
std::expected<Message, DecodeFailure> decode(Json&& value) {
  if (value.is_array())
    return fail(Error::invalid_request("JSON-RPC batches are not supported by MCP"));
  if (!value.is_object())
    return fail(Error::invalid_request("a JSON-RPC message must be an object"));
  auto& o = value.get_object();

  // Read the id first so that every later complaint can be correlated.
  std::optional<RequestId> id;
  const Json* id_value = o.if_contains("id");
  bool id_valid = true;
  if (id_value && !id_value->is_null()) {
    id = request_id_from_json(*id_value);
    id_valid = id.has_value();
  }

  const auto* version = o.if_contains("jsonrpc");
  if (!version || !version->is_string() || version->get_string() != "2.0")
    return fail(Error::invalid_request("\"jsonrpc\" must be \"2.0\""), id);

  if (auto* method = o.if_contains("method")) {
    if (!method->is_string())
      return fail(Error::invalid_request("\"method\" must be a string"), id);
    // An unreadable id is the more basic defect: report it (with a null id) before the params.
    if (id_value && (!id_valid || id_value->is_null()))
      return fail(Error::invalid_request("\"id\" must be a string or an integer"));
    Json params = nullptr;
    if (auto* p = o.if_contains("params")) {
      if (!p->is_object() && !p->is_null())
        return fail(Error::invalid_params("\"params\" must be an object"), id, id_value != nullptr);
      params = std::move(*p);
    }
    std::string name(method->get_string());
    if (!id_value) return Notification{std::move(name), std::move(params)};
    return Request{*id, std::move(name), std::move(params)};
  }

  auto* result = o.if_contains("result");
  auto* error = o.if_contains("error");
  if (result || error) {
    // A broken response cannot be answered (answering responses loops); the engine logs it.
    if (result && error)
      return fail(Error::invalid_request("response has both result and error"), id, false);
    if (result) {
      if (!id) return fail(Error::invalid_request("response without a valid id"), {}, false);
      return Response::success(*id, std::move(*result));
    }
    auto e = decode_error_object(*error);
    if (!e) return fail(Error::invalid_request(e.error()), id, false);
    return Response::failure(id, std::move(*e));
  }
  return fail(Error::invalid_request("message has neither method nor result/error"), id);
}

namespace {

// One parser per thread, kept between messages: a parser's work stack is allocated once and
// reused, where boost::json::parse() builds and frees one per call (a fifth of the cost of
// parsing a small request). Rebuilt when a peer with another depth limit uses the thread.
boost::json::parser& thread_parser(std::size_t max_depth) {
  thread_local std::optional<boost::json::parser> parser;
  thread_local std::size_t depth = 0;
  if (!parser || depth != max_depth) {
    boost::json::parse_options opts;
    opts.max_depth = max_depth;
    parser.emplace(boost::json::storage_ptr{}, opts);
    depth = max_depth;
  }
  return *parser;
}

}  // namespace

std::expected<Message, DecodeFailure> decode(std::string_view text, const Limits& limits) {
  if (text.size() > limits.max_message_bytes)
    return fail(Error::invalid_request(fmt::format("message of {} bytes exceeds the limit of {}",
                                                   text.size(), limits.max_message_bytes)));
  boost::system::error_code ec;
  Json value = parse_json(text, limits.max_json_depth, ec);
  if (ec) return fail(Error::parse_error(fmt::format("invalid JSON: {}", ec.message())));
  return decode(std::move(value));
}

Json parse_json(std::string_view text, std::size_t max_depth, boost::system::error_code& ec) {
  auto& parser = thread_parser(max_depth);
  parser.reset();
  parser.write(text.data(), text.size(), ec);
  if (ec) {
    parser.reset();  // drop the partial value now, not at the next message
    return nullptr;
  }
  return parser.release();
}

namespace {

// Serialises straight into `out`, with one serializer per thread (its stack is reused).
// `what` is anything serializer::reset takes (a pointer to a value, a string_view).
template <typename T>
void append_serialized(std::string& out, T what) {
  thread_local boost::json::serializer serializer;
  serializer.reset(what);
  while (!serializer.done()) {
    const std::size_t used = out.size();
    const std::size_t room = std::max<std::size_t>(256, out.capacity() - used);
    out.resize_and_overwrite(used + room, [&](char* data, std::size_t) {
      return used + serializer.read(data + used, room).size();
    });
  }
}

}  // namespace

void append_json(std::string& out, const Json& value) {
  append_serialized(out, &value);
}

void append_json_string(std::string& out, std::string_view text) {
  append_serialized(out, boost::json::string_view(text.data(), text.size()));
}

std::string encode_success(const RequestId& id, std::string_view result_json) {
  std::string out = R"({"jsonrpc":"2.0","id":)";
  if (auto* n = std::get_if<std::int64_t>(&id))
    out += std::to_string(*n);
  else
    append_json_string(out, std::get<std::string>(id));
  out += R"(,"result":)";
  out += result_json;
  out += '}';
  return out;
}

Json to_json(const Message& message) {
  JsonObject o;
  o["jsonrpc"] = "2.0";
  if (auto* r = std::get_if<Request>(&message)) {
    o["id"] = to_json(r->id);
    o["method"] = r->method;
    if (!r->params.is_null()) o["params"] = r->params;
  } else if (auto* n = std::get_if<Notification>(&message)) {
    o["method"] = n->method;
    if (!n->params.is_null()) o["params"] = n->params;
  } else {
    const auto& resp = std::get<Response>(message);
    o["id"] = resp.id ? to_json(*resp.id) : Json(nullptr);
    if (resp.ok())
      o["result"] = resp.result();
    else
      o["error"] = sallyport::to_json(resp.error());
  }
  return o;
}

std::string encode(const Response& resp) {
  std::string out = R"({"jsonrpc":"2.0","id":)";
  if (resp.id)
    append_json(out, to_json(*resp.id));
  else
    out += "null";
  if (resp.ok()) {
    out += R"(,"result":)";
    append_json(out, resp.result());
  } else {
    out += R"(,"error":)";
    append_json(out, sallyport::to_json(resp.error()));
  }
  out += '}';
  return out;
}

std::string encode(const Message& message) {
  // Written directly rather than through to_json(): building the envelope object would copy the
  // params or result, which is most of the message.
  std::string out;
  if (auto* r = std::get_if<Request>(&message)) {
    out = R"({"jsonrpc":"2.0","id":)";
    append_json(out, to_json(r->id));
    out += R"(,"method":)";
    append_json(out, Json(r->method));
    if (!r->params.is_null()) {
      out += R"(,"params":)";
      append_json(out, r->params);
    }
  } else if (auto* n = std::get_if<Notification>(&message)) {
    out = R"({"jsonrpc":"2.0","method":)";
    append_json(out, Json(n->method));
    if (!n->params.is_null()) {
      out += R"(,"params":)";
      append_json(out, n->params);
    }
  } else {
    return encode(std::get<Response>(message));
  }
  out += '}';
  return out;
}

}  // namespace sallyport::rpc
