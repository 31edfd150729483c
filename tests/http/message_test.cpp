#include "sallyport/http/message.hpp"

#include <gtest/gtest.h>

namespace sallyport::http {
namespace {

TEST(Headers, CaseInsensitiveNames) {
  Headers h;
  h.add("Mcp-Method", "tools/list");
  h.add("X-Many", "1");
  h.add("x-many", "2");
  EXPECT_EQ(h.get("MCP-METHOD"), "tools/list");
  EXPECT_EQ(h.get_all("X-MANY").size(), 2u);
  h.set("X-Many", "3");
  EXPECT_EQ(h.get_all("x-many").size(), 1u);
  EXPECT_EQ(h.get("x-many"), "3");
  h.remove("mcp-method");
  EXPECT_FALSE(h.contains("Mcp-Method"));
}

TEST(Headers, TrimOws) {
  EXPECT_EQ(trim_ows(" \t a b \t"), "a b");
  EXPECT_EQ(trim_ows(""), "");
}

TEST(Accept, BothMcpTypes) {
  EXPECT_TRUE(accepts("application/json, text/event-stream", "application/json"));
  EXPECT_TRUE(accepts("application/json, text/event-stream", "text/event-stream"));
  EXPECT_TRUE(accepts("text/event-stream, application/json", "application/json"));
  EXPECT_FALSE(accepts("application/json", "text/event-stream"));
  EXPECT_FALSE(accepts("", "application/json"));
}

TEST(Accept, WildcardsParametersAndQZero) {
  EXPECT_TRUE(accepts("*/*", "text/event-stream"));
  EXPECT_TRUE(accepts("text/*;q=0.5", "text/event-stream"));
  EXPECT_TRUE(accepts("APPLICATION/JSON; charset=utf-8", "application/json"));
  EXPECT_FALSE(accepts("*/*, text/event-stream;q=0", "text/event-stream"));
  EXPECT_FALSE(accepts("application/json;q=0.000", "application/json"));
  EXPECT_TRUE(accepts("application/json;q=0.001", "application/json"));
  EXPECT_FALSE(accepts("application/jsonx", "application/json"));
}

TEST(MediaType, LowerCasedWithoutParameters) {
  EXPECT_EQ(media_type("Application/JSON; charset=UTF-8"), "application/json");
  EXPECT_EQ(media_type(" text/event-stream "), "text/event-stream");
}

TEST(Reason, KnownAndUnknown) {
  EXPECT_EQ(reason_phrase(431), "Request Header Fields Too Large");
  EXPECT_EQ(reason_phrase(599), "Unknown");
}

}  // namespace
}  // namespace sallyport::http
