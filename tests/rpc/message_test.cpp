// rpc::decode / rpc::encode: every malformed shape becomes a DecodeFailure carrying the error to
// send back (or the decision not to answer), never an exception or a crash.
#include <gtest/gtest.h>

#include <string>

#include "sallyport/rpc/message.hpp"
#include "support/json.hpp"

namespace sallyport::rpc {
namespace {

using testing::parse;

const Limits kLimits{};

DecodeFailure failure_of(std::string_view text, const Limits& limits = kLimits) {
  auto r = decode(text, limits);
  EXPECT_FALSE(r.has_value()) << "decoded: " << text;
  if (r) return DecodeFailure{Error::internal("unexpectedly decoded"), {}, false};
  return r.error();
}

Message message_of(std::string_view text) {
  auto r = decode(text, kLimits);
  EXPECT_TRUE(r.has_value()) << text << ": " << (r ? "" : r.error().error.message);
  if (!r) return Notification{"<failed>", nullptr};
  return *r;
}

// ---- malformed input ------------------------------------------------------------------------

TEST(Decode, InvalidJsonIsParseError) {
  for (std::string_view text : {"{", "not json", R"({"jsonrpc":"2.0",})", "", "   ",
                                R"({"jsonrpc":"2.0","method":"x"} trailing)", "\xff\xfe"}) {
    auto f = failure_of(text);
    EXPECT_EQ(f.error.code, error_code::kParseError) << text;
    EXPECT_FALSE(f.id.has_value());
    EXPECT_TRUE(f.respond);
  }
}

TEST(Decode, NonObjectIsInvalidRequest) {
  for (std::string_view text : {"42", R"("hello")", "null", "true"}) {
    auto f = failure_of(text);
    EXPECT_EQ(f.error.code, error_code::kInvalidRequest) << text;
    EXPECT_FALSE(f.id.has_value());
    EXPECT_TRUE(f.respond);
  }
}

TEST(Decode, BatchIsRejected) {
  auto f = failure_of(R"([{"jsonrpc":"2.0","id":1,"method":"ping"}])");
  EXPECT_EQ(f.error.code, error_code::kInvalidRequest);
  EXPECT_NE(f.error.message.find("batch"), std::string::npos) << f.error.message;
  EXPECT_FALSE(f.id.has_value());
  auto empty = failure_of("[]");
  EXPECT_EQ(empty.error.code, error_code::kInvalidRequest);
}

TEST(Decode, MissingOrWrongJsonrpcKeepsTheId) {
  for (std::string_view text :
       {R"({"id":7,"method":"ping"})", R"({"jsonrpc":"1.0","id":7,"method":"ping"})",
        R"({"jsonrpc":2.0,"id":7,"method":"ping"})",
        R"({"jsonrpc":null,"id":7,"method":"ping"})"}) {
    auto f = failure_of(text);
    EXPECT_EQ(f.error.code, error_code::kInvalidRequest) << text;
    ASSERT_TRUE(f.id.has_value()) << text;
    EXPECT_EQ(*f.id, RequestId{std::int64_t{7}});
  }
}

TEST(Decode, MethodNotAStringIsInvalidRequest) {
  for (std::string_view text :
       {R"({"jsonrpc":"2.0","id":"a","method":5})", R"({"jsonrpc":"2.0","id":"a","method":null})",
        R"({"jsonrpc":"2.0","id":"a","method":["ping"]})"}) {
    auto f = failure_of(text);
    EXPECT_EQ(f.error.code, error_code::kInvalidRequest) << text;
    ASSERT_TRUE(f.id.has_value());
    EXPECT_EQ(*f.id, RequestId{std::string("a")});
  }
}

TEST(Decode, BadIdKindsAreInvalidRequestWithNullId) {
  for (std::string_view id :
       {"1.5", "1.0", "true", "false", R"({"n":1})", "[1]", "null", "18446744073709551615"}) {
    std::string text =
        std::string(R"({"jsonrpc":"2.0","method":"ping","id":)") + std::string(id) + "}";
    auto f = failure_of(text);
    EXPECT_EQ(f.error.code, error_code::kInvalidRequest) << text;
    EXPECT_FALSE(f.id.has_value()) << text;
    EXPECT_TRUE(f.respond) << text;
  }
}

TEST(Decode, BadIdWinsOverBadParams) {
  // An unreadable id is the more fundamental defect: the answer cannot correlate anyway.
  auto f = failure_of(R"({"jsonrpc":"2.0","id":1.5,"method":"ping","params":[1]})");
  EXPECT_EQ(f.error.code, error_code::kInvalidRequest);
  EXPECT_FALSE(f.id.has_value());
  EXPECT_TRUE(f.respond);
}

TEST(Decode, ParamsNotAnObjectIsInvalidParamsWithTheId) {
  for (std::string_view params : {"[1,2]", "3", R"("x")", "true"}) {
    std::string text = std::string(R"({"jsonrpc":"2.0","id":12,"method":"tools/list","params":)") +
                       std::string(params) + "}";
    auto f = failure_of(text);
    EXPECT_EQ(f.error.code, error_code::kInvalidParams) << text;
    ASSERT_TRUE(f.id.has_value()) << text;
    EXPECT_EQ(*f.id, RequestId{std::int64_t{12}});
    EXPECT_TRUE(f.respond);
  }
}

TEST(Decode, NotificationWithBadParamsIsNotAnswered) {
  auto f = failure_of(R"({"jsonrpc":"2.0","method":"notifications/x","params":[1]})");
  EXPECT_EQ(f.error.code, error_code::kInvalidParams);
  EXPECT_FALSE(f.respond);
}

TEST(Decode, NullParamsMeansAbsent) {
  auto m = message_of(R"({"jsonrpc":"2.0","id":1,"method":"ping","params":null})");
  auto* r = std::get_if<Request>(&m);
  ASSERT_NE(r, nullptr);
  EXPECT_TRUE(r->params.is_null());
}

TEST(Decode, ResponseWithBothResultAndErrorIsNotAnswered) {
  auto f =
      failure_of(R"({"jsonrpc":"2.0","id":3,"result":{},"error":{"code":-32603,"message":"x"}})");
  EXPECT_EQ(f.error.code, error_code::kInvalidRequest);
  EXPECT_FALSE(f.respond);  // answering a response would make two peers loop
}

TEST(Decode, MalformedErrorObjectIsNotAnswered) {
  for (std::string_view err :
       {R"("boom")", R"({"message":"no code"})", R"({"code":"x","message":"m"})",
        R"({"code":-32603})", R"({"code":-32603,"message":7})", R"({"code":1.5,"message":"m"})"}) {
    std::string text = std::string(R"({"jsonrpc":"2.0","id":3,"error":)") + std::string(err) + "}";
    auto f = failure_of(text);
    EXPECT_EQ(f.error.code, error_code::kInvalidRequest) << text;
    EXPECT_FALSE(f.respond) << text;
  }
}

TEST(Decode, ResultWithoutIdIsNotAnswered) {
  auto f = failure_of(R"({"jsonrpc":"2.0","result":{}})");
  EXPECT_FALSE(f.respond);
  auto g = failure_of(R"({"jsonrpc":"2.0","id":null,"result":{}})");
  EXPECT_FALSE(g.respond);
}

TEST(Decode, NeitherMethodNorResultIsInvalidRequest) {
  auto f = failure_of(R"({"jsonrpc":"2.0","id":9})");
  EXPECT_EQ(f.error.code, error_code::kInvalidRequest);
  ASSERT_TRUE(f.id.has_value());
  EXPECT_EQ(*f.id, RequestId{std::int64_t{9}});
  EXPECT_TRUE(f.respond);
}

// ---- bounds -----------------------------------------------------------------------------------

TEST(Decode, SizeLimit) {
  Limits small;
  small.max_message_bytes = 64;
  std::string ok = R"({"jsonrpc":"2.0","method":"x"})";
  EXPECT_TRUE(decode(ok, small).has_value());
  std::string big = R"({"jsonrpc":"2.0","id":1,"method":"x","params":{"pad":")" +
                    std::string(100, 'a') + R"("}})";
  auto f = failure_of(big, small);
  EXPECT_EQ(f.error.code, error_code::kInvalidRequest);
  EXPECT_NE(f.error.message.find("exceeds"), std::string::npos) << f.error.message;
  EXPECT_FALSE(f.id.has_value());
  EXPECT_TRUE(f.respond);
  // Exactly at the limit is accepted.
  Limits exact;
  exact.max_message_bytes = ok.size();
  EXPECT_TRUE(decode(ok, exact).has_value());
}

TEST(Decode, DepthLimit) {
  Limits limits;
  limits.max_json_depth = 16;
  auto nested = [](std::size_t depth) {
    return std::string(R"({"jsonrpc":"2.0","id":1,"method":"x","params":{"a":)") +
           std::string(depth, '[') + std::string(depth, ']') + "}}";
  };
  // params object + "a" array nesting: the message object is depth 1, params depth 2.
  EXPECT_TRUE(decode(nested(10), limits).has_value());
  auto f = failure_of(nested(100), limits);
  EXPECT_TRUE(f.error.code == error_code::kParseError ||
              f.error.code == error_code::kInvalidRequest)
      << f.error.code;
  EXPECT_TRUE(f.respond);
  // Far beyond any stack: must still be a clean error (default limits).
  std::string deep = std::string(200000, '[') + std::string(200000, ']');
  auto g = failure_of(deep);
  EXPECT_TRUE(g.error.code == error_code::kParseError ||
              g.error.code == error_code::kInvalidRequest);
}

// ---- well-formed messages -------------------------------------------------------------------

TEST(Decode, RequestNotificationResponse) {
  auto m =
      message_of(R"({"jsonrpc":"2.0","id":"abc","method":"tools/list","params":{"cursor":"c"}})");
  auto* req = std::get_if<Request>(&m);
  ASSERT_NE(req, nullptr);
  EXPECT_EQ(req->id, RequestId{std::string("abc")});
  EXPECT_EQ(req->method, "tools/list");
  EXPECT_EQ(req->params, parse(R"({"cursor":"c"})"));

  m = message_of(R"({"jsonrpc":"2.0","method":"notifications/initialized"})");
  auto* n = std::get_if<Notification>(&m);
  ASSERT_NE(n, nullptr);
  EXPECT_EQ(n->method, "notifications/initialized");
  EXPECT_TRUE(n->params.is_null());

  m = message_of(R"({"jsonrpc":"2.0","id":5,"result":{"x":1}})");
  auto* ok = std::get_if<Response>(&m);
  ASSERT_NE(ok, nullptr);
  ASSERT_TRUE(ok->ok());
  EXPECT_EQ(ok->id, RequestId{std::int64_t{5}});
  EXPECT_EQ(ok->result(), parse(R"({"x":1})"));

  m = message_of(
      R"({"jsonrpc":"2.0","id":null,"error":{"code":-32700,"message":"bad","data":[1]}})");
  auto* err = std::get_if<Response>(&m);
  ASSERT_NE(err, nullptr);
  ASSERT_FALSE(err->ok());
  EXPECT_FALSE(err->id.has_value());
  EXPECT_EQ(err->error().code, -32700);
  EXPECT_EQ(err->error().message, "bad");
  ASSERT_TRUE(err->error().data.has_value());
  EXPECT_EQ(*err->error().data, parse("[1]"));
}

TEST(Decode, LargeIntegerAndNegativeIds) {
  auto m = message_of(R"({"jsonrpc":"2.0","id":9223372036854775807,"method":"ping"})");
  ASSERT_TRUE(std::holds_alternative<Request>(m));
  EXPECT_EQ(std::get<Request>(m).id, RequestId{std::int64_t{9223372036854775807}});
  m = message_of(R"({"jsonrpc":"2.0","id":-4,"method":"ping"})");
  EXPECT_EQ(std::get<Request>(m).id, RequestId{std::int64_t{-4}});
  m = message_of(R"({"jsonrpc":"2.0","id":"","method":"ping"})");
  EXPECT_EQ(std::get<Request>(m).id, RequestId{std::string()});
}

TEST(Decode, SchemaExamples) {
  for (auto type :
       {"ListToolsRequest", "CallToolRequest", "SubscriptionsListenRequest", "DiscoverRequest"}) {
    auto text = boost::json::serialize(testing::example(type));
    auto m = message_of(text);
    EXPECT_TRUE(std::holds_alternative<Request>(m)) << type;
  }
  for (auto type : {"DiscoverResultResponse", "CallToolResultResponse",
                    "UnsupportedProtocolVersionError", "MissingRequiredClientCapabilityError"}) {
    auto text = boost::json::serialize(testing::example(type));
    auto m = message_of(text);
    EXPECT_TRUE(std::holds_alternative<Response>(m)) << type;
  }
  auto unsupported = std::get<Response>(
      message_of(boost::json::serialize(testing::example("UnsupportedProtocolVersionError"))));
  EXPECT_EQ(unsupported.error().code, error_code::kUnsupportedProtocolVersion);
  auto cancelled = message_of(boost::json::serialize(testing::example("CancelledNotification")));
  EXPECT_TRUE(std::holds_alternative<Notification>(cancelled));
}

// ---- encode ---------------------------------------------------------------------------------

TEST(Encode, RoundTrip) {
  std::vector<Message> messages = {
      Request{RequestId{std::int64_t{1}}, "tools/call", parse(R"({"name":"x","arguments":{}})")},
      Request{RequestId{std::string("s-1")}, "ping", nullptr},
      Notification{"notifications/progress", parse(R"({"progressToken":1,"progress":0.5})")},
      Notification{"notifications/initialized", nullptr},
      Response::success(RequestId{std::int64_t{-3}}, parse(R"({"content":[]})")),
      Response::failure(RequestId{std::string("q")}, Error{-32602, "bad", parse(R"({"k":1})")}),
      Response::failure(std::nullopt, Error::parse_error("nope")),
  };
  for (auto& m : messages) {
    std::string text = encode(m);
    EXPECT_EQ(text.find('\n'), std::string::npos);
    auto back = decode(text, kLimits);
    ASSERT_TRUE(back.has_value()) << text;
    EXPECT_EQ(encode(*back), text);
    EXPECT_EQ(to_json(*back), parse(text));
  }
}

TEST(Encode, Shapes) {
  auto j = to_json(Message{Request{RequestId{std::int64_t{4}}, "ping", nullptr}});
  EXPECT_EQ(j, parse(R"({"jsonrpc":"2.0","id":4,"method":"ping"})"));
  j = to_json(Message{Response::failure(std::nullopt, Error::invalid_request("x"))});
  EXPECT_TRUE(j.as_object().at("id").is_null());
  EXPECT_EQ(j.as_object().at("error").as_object().at("code"), -32600);
  EXPECT_FALSE(j.as_object().contains("result"));
  // A message with an embedded newline in a string still encodes on one line.
  auto n = encode(Notification{"x", JsonObject{{"text", "a\nb"}}});
  EXPECT_EQ(n.find('\n'), std::string::npos);
}

TEST(RequestId, Conversions) {
  EXPECT_EQ(to_string(RequestId{std::int64_t{42}}), "42");
  EXPECT_EQ(to_string(RequestId{std::string("x")}), "x");
  EXPECT_EQ(to_json(RequestId{std::int64_t{42}}), Json(42));
  EXPECT_EQ(request_id_from_json(Json(std::uint64_t{5})), RequestId{std::int64_t{5}});
  EXPECT_FALSE(request_id_from_json(Json(2.0)).has_value());
  EXPECT_FALSE(request_id_from_json(Json(nullptr)).has_value());
}

}  // namespace
}  // namespace sallyport::rpc
