// Hostile input: random templates and URIs must never crash, and worst-case templates against
// maximal URIs must finish quickly (the matcher never backtracks).
#include <gtest/gtest.h>

#include <ctime>
#include <random>
#include <string>

#include "sallyport/uri_template/uri_template.hpp"

namespace {

using sallyport::uri_template::AssocList;
using sallyport::uri_template::kMaxUriLength;
using sallyport::uri_template::kMaxVarSpecs;
using sallyport::uri_template::List;
using sallyport::uri_template::UriTemplate;
using sallyport::uri_template::Variables;

class Fuzz : public ::testing::Test {
 protected:
  std::string random_string(std::string_view alphabet, std::size_t max_len) {
    std::string s(rng_() % (max_len + 1), ' ');
    for (auto& c : s) c = alphabet[rng_() % alphabet.size()];
    return s;
  }
  std::string random_bytes(std::size_t max_len) {
    std::string s(rng_() % (max_len + 1), ' ');
    for (auto& c : s) c = static_cast<char>(rng_() % 256);
    return s;
  }
  Variables random_variables(const UriTemplate& t) {
    Variables vars;
    for (const auto& name : t.variable_names()) {
      switch (rng_() % 4) {
        case 0:
          break;  // undefined
        case 1:
          vars.emplace(name, random_bytes(8));
          break;
        case 2:
          vars.emplace(name, List{random_bytes(4), random_bytes(4)});
          break;
        default:
          vars.emplace(name, AssocList{{random_bytes(3), random_bytes(3)}});
          break;
      }
    }
    return vars;
  }
  std::mt19937_64 rng_{20240611};
};

// Template-ish pieces, so that a good share of the random templates parse.
constexpr std::string_view kTemplateAlphabet =
    "{}{}{}+#./;?&=,!@|:*%0123456789abcxyz_-~ \x80\xC3\xA9";
constexpr std::string_view kUriAlphabet = "/?#&=;.,%20aAzZ:@!+*~-_\xC3\xA9";

TEST_F(Fuzz, RandomTemplatesParseExpandAndMatchWithoutCrashing) {
  int parsed = 0;
  for (int i = 0; i < 20000; ++i) {
    const std::string text = random_string(kTemplateAlphabet, 40);
    const auto t = UriTemplate::parse(text);
    if (!t) {
      EXPECT_FALSE(t.error().empty());
      continue;
    }
    ++parsed;
    const std::string uri = t->expand(random_variables(*t));
    (void)t->match(uri);
    (void)t->match(random_string(kUriAlphabet, 60));
    (void)t->match(random_bytes(60));
    std::string mutated = uri;
    if (!mutated.empty())
      mutated[rng_() % mutated.size()] = kUriAlphabet[rng_() % kUriAlphabet.size()];
    (void)t->match(mutated);
  }
  EXPECT_GT(parsed, 500);  // the generator must exercise more than the parser's errors
}

TEST_F(Fuzz, RandomBytesAsTemplates) {
  for (int i = 0; i < 20000; ++i) {
    const auto t = UriTemplate::parse(random_bytes(64));
    if (t) (void)t->match(random_bytes(64));
  }
}

TEST_F(Fuzz, RandomUrisAgainstMcpTemplates) {
  const char* templates[] = {
      "test://template/{id}/data", "file:///{+path}", "bank://accounts/{id}/statement{?month,year}",
      "{/a*}{.b}{;c}{#d}",         "x{?q,rest*}{&r}", "{a,b,c}{+d,e}"};
  for (const char* text : templates) {
    const auto t = UriTemplate::parse(text);
    ASSERT_TRUE(t.has_value()) << text;
    for (int i = 0; i < 3000; ++i) {
      (void)t->match(random_string(kUriAlphabet, 80));
      (void)t->match(random_bytes(80));
    }
  }
}

// Adversarial shapes: many adjacent variables (maximal ambiguity) against maximal URIs.
TEST_F(Fuzz, WorstCaseTemplatesStayFast) {
  const auto many = [](std::string_view open, std::string_view sep, std::string_view close,
                       bool one_expression) {
    std::string s;
    for (std::size_t i = 0; i < kMaxVarSpecs; ++i) {
      const std::string name = "v" + std::to_string(i);
      if (one_expression) {
        s += (i == 0 ? std::string(open) : std::string(sep)) + name;
      } else {
        s += std::string(open) + name + std::string(close);
      }
    }
    return one_expression ? s + std::string(close) : s;
  };
  const std::vector<std::string> templates = {
      many("{", "", "}", false),   many("{+", "", "}", false), many("{#", "", "}", false),
      many("{/", "", "*}", false), many("{", ",", "}", true),  many("{/", ",", "}", true),
      many("{;", ",", "}", true),  many("{?", ",", "}", true), many("a{+", "", "}a", false),
      many("{.", ",", "}", true),
  };
  const std::vector<std::string> uris = {
      std::string(kMaxUriLength, 'a'),
      [] {
        std::string s;
        while (s.size() + 2 <= kMaxUriLength) s += "/a";
        return s;
      }(),
      [] {
        std::string s;
        while (s.size() + 2 <= kMaxUriLength) s += ",a";
        return s;
      }(),
      [&] {
        std::string s;
        while (s.size() + 5 <= kMaxUriLength) s += "&v1=a";
        return "?" + s.substr(1);
      }(),
  };
  for (const auto& text : templates) {
    const auto t = UriTemplate::parse(text);
    ASSERT_TRUE(t.has_value()) << text << ": " << t.error();
    for (const auto& uri : uris) {
      const std::clock_t start = std::clock();  // CPU time: other jobs share the machine
      (void)t->match(uri);
      EXPECT_LT(std::clock() - start, 2 * CLOCKS_PER_SEC)
          << text.substr(0, 20) << " vs " << uri.substr(0, 8);
    }
  }
}

// The largest template the limits allow, made of variables and ASCII literal text, against the
// longest URI: must still be decided (the work budget is not for such templates).
TEST_F(Fuzz, MaximalTemplateAgainstMaximalUriIsDecided) {
  std::string text = "{;";
  for (std::size_t i = 0; i < kMaxVarSpecs; ++i) text += (i ? ",v" : "v") + std::to_string(i);
  text += "}";
  text += std::string(sallyport::uri_template::kMaxTemplateLength - text.size(), 'x');
  const auto t = UriTemplate::parse(text);
  ASSERT_TRUE(t.has_value()) << t.error();
  const std::string tail(sallyport::uri_template::kMaxTemplateLength - text.find('}') - 1, 'x');
  const std::string value(kMaxUriLength - tail.size() - 4, 'a');
  const auto m = t->match(";v9=" + value + tail);
  ASSERT_TRUE(m.has_value());
  EXPECT_EQ(m->at("v9"), value);
}

}  // namespace
