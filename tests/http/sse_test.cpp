#include "sallyport/http/sse.hpp"

#include <gtest/gtest.h>

#include <vector>

namespace sallyport::http::sse {
namespace {

std::vector<Event> parse(Parser& p, std::initializer_list<std::string_view> pieces) {
  std::vector<Event> out;
  for (auto piece : pieces)
    EXPECT_TRUE(p.feed(piece, [&](Event&& e) { out.push_back(std::move(e)); }));
  return out;
}

TEST(SseFormat, DataIdTypeRetry) {
  Event e{
      .type = "message", .data = "{\"a\":1}", .id = "3-7", .retry = std::chrono::milliseconds(500)};
  EXPECT_EQ(format(e), "event: message\nid: 3-7\nretry: 500\ndata: {\"a\":1}\n\n");
}

TEST(SseFormat, MultiLineDataBecomesSeveralFields) {
  EXPECT_EQ(format(Event{.data = "a\nb\r\nc"}), "data: a\ndata: b\ndata: c\n\n");
}

TEST(SseFormat, PrimingEventHasIdAndEmptyData) {
  EXPECT_EQ(format(Event{.id = "0-0"}), "id: 0-0\ndata: \n\n");
}

TEST(SseFormat, LineBreaksInIdAndTypeAreDropped) {
  EXPECT_EQ(format(Event{.type = "x\ny", .data = "d", .id = "1\r2"}),
            "event: xy\nid: 12\ndata: d\n\n");
}

TEST(SseFormat, Comment) {
  EXPECT_EQ(comment(), ":\n\n");
  EXPECT_EQ(comment("keep\nalive"), ": keepalive\n\n");
}

TEST(SseParser, RoundTripsFormattedEvents) {
  Parser p;
  Event in{.type = "message", .data = "line1\nline2", .id = "9"};
  auto out = parse(p, {format(in), format(Event{.data = "x"})});
  ASSERT_EQ(out.size(), 2u);
  EXPECT_EQ(out[0].type, "message");
  EXPECT_EQ(out[0].data, "line1\nline2");
  EXPECT_EQ(out[0].id, "9");
  EXPECT_EQ(out[1].data, "x");
  EXPECT_EQ(out[1].id, "9");  // the last event id persists across events
}

TEST(SseParser, AllLineEndingsAndSplitsAnywhere) {
  std::string stream = "data: a\r\ndata: b\rdata: c\n\r\nid: 5\ndata: d\r\r";
  for (std::size_t split = 0; split <= stream.size(); ++split) {
    Parser p;
    auto out = parse(
        p, {std::string_view(stream).substr(0, split), std::string_view(stream).substr(split)});
    ASSERT_EQ(out.size(), 2u) << "split at " << split;
    EXPECT_EQ(out[0].data, "a\nb\nc");
    EXPECT_EQ(out[1].data, "d");
    EXPECT_EQ(out[1].id, "5");
  }
}

TEST(SseParser, ByteByByte) {
  std::string stream = "event: x\nid: 1\nretry: 250\ndata: {\"k\": \"v\"}\n\n";
  Parser p;
  std::vector<Event> out;
  for (char c : stream) p.feed(std::string_view(&c, 1), [&](Event&& e) { out.push_back(e); });
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out[0].type, "x");
  EXPECT_EQ(out[0].data, "{\"k\": \"v\"}");
  EXPECT_EQ(p.retry(), std::chrono::milliseconds(250));
}

TEST(SseParser, PrimingEventMovesLastIdWithoutDispatch) {
  Parser p;
  auto out = parse(p, {"id: 4-0\nretry: 1000\ndata: \n\n"});
  // "data:" with an empty value is still data: the standard dispatches an empty message. The
  // caller ignores events whose data is empty; the id is what matters.
  ASSERT_LE(out.size(), 1u);
  if (!out.empty()) {
    EXPECT_EQ(out[0].data, "");
  }
  EXPECT_EQ(p.last_event_id(), "4-0");
  EXPECT_EQ(p.retry(), std::chrono::milliseconds(1000));
  Parser q;
  EXPECT_TRUE(parse(q, {"id: 7\n\n"}).empty());
  EXPECT_EQ(q.last_event_id(), "7");
}

TEST(SseParser, CommentsAndUnknownFieldsIgnored) {
  Parser p;
  auto out = parse(p, {":hello\n: keep-alive\nfoo: bar\ndata\ndata:x\n\n"});
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out[0].data, "\nx");  // "data" with no colon is an empty data line
}

TEST(SseParser, InvalidRetryIgnored) {
  Parser p;
  parse(p, {"retry: 12a\n\nretry: -5\n\n"});
  EXPECT_FALSE(p.retry().has_value());
}

TEST(SseParser, IdWithNulIgnored) {
  Parser p;
  parse(p, {"id: 1\n\n", std::string_view("id: a\0b\n\n", 9)});
  EXPECT_EQ(p.last_event_id(), "1");
}

TEST(SseParser, LeadingBomSkippedEvenWhenSplit) {
  Parser p;
  auto out = parse(p, {"\xEF", "\xBB",
                       "\xBF"
                       "data: z\n\n"});
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out[0].data, "z");
}

TEST(SseParser, BoundedEvent) {
  Parser p(64);
  std::string big = "data: " + std::string(100, 'x');
  EXPECT_FALSE(p.feed(big, [](Event&&) {}));
  EXPECT_FALSE(p.feed("\n\n", [](Event&&) {}));  // stays failed
  Parser q(64);
  bool ok = true;
  for (int i = 0; i < 20 && ok; ++i) ok = q.feed("data: 0123456789\n", [](Event&&) {});
  EXPECT_FALSE(ok);  // many small lines add up
}

}  // namespace
}  // namespace sallyport::http::sse
