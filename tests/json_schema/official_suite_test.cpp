// Runs the JSON-Schema-Test-Suite (draft2020-12) from the shared data folder. Every test in a
// required file must pass, except the cases listed in kSkipped; optional/ files are reported but
// do not fail the build.

#include "sallyport/json_schema/validator.hpp"

#include <gtest/gtest.h>
#include <boost/json/parse.hpp>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

namespace {

namespace fs = std::filesystem;
namespace json = boost::json;
using sallyport::json_schema::Schema;

constexpr std::string_view kRemote =
    "references a schema that is not embedded in the document (the suite serves it from "
    "localhost:1234); we never fetch, compile must fail";

struct Skipped {
  std::string_view file;
  std::string_view description;  // empty = whole file
  std::string_view reason;
  bool expect_remote_error;
};

// Required-file cases we do not run. Remote ones must still fail to compile with the
// "remote $ref not supported" error, which the test checks.
constexpr Skipped kSkipped[] = {
    {"refRemote.json", "", kRemote, true},
    {"dynamicRef.json", "strict-tree schema, guards against misspelled properties", kRemote, true},
    {"dynamicRef.json", "tests for implementation dynamic anchor and reference link", kRemote,
     true},
    {"dynamicRef.json", "$ref and $dynamicAnchor are independent of order - $defs first", kRemote,
     true},
    {"dynamicRef.json", "$ref and $dynamicAnchor are independent of order - $ref first", kRemote,
     true},
    {"dynamicRef.json", "$ref to $dynamicRef finds detached $dynamicAnchor", kRemote, true},
    {"vocabulary.json", "schema that uses custom metaschema with with no validation vocabulary",
     "needs the custom meta-schema at localhost:1234 to switch the validation vocabulary off; "
     "\"$schema\" is never fetched and all 2020-12 vocabularies are always on",
     false},
};

const Skipped* find_skip(std::string_view file, std::string_view description) {
  for (const auto& s : kSkipped) {
    if (s.file == file && (s.description.empty() || s.description == description)) return &s;
  }
  return nullptr;
}

struct Tally {
  std::size_t passed = 0, failed = 0, skipped = 0;
  Tally& operator+=(const Tally& o) {
    passed += o.passed;
    failed += o.failed;
    skipped += o.skipped;
    return *this;
  }
};

json::value load(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  json::parse_options options;
  options.max_depth = 1000;  // some cases nest deeper than Boost.JSON's default of 32
  json::error_code ec;
  json::value v = json::parse(text.str(), ec, {}, options);
  EXPECT_FALSE(ec) << path << ": " << ec.message();
  return v;
}

// SALLYPORT_SUITE_VERBOSE=1 lists failures in optional files too.
bool verbose() {
  const char* v = std::getenv("SALLYPORT_SUITE_VERBOSE");
  return v != nullptr && *v != '\0' && std::string_view(v) != "0";
}

bool is_remote_error(const std::string& message) {
  return message.find("remote $ref not supported") != std::string::npos;
}

Tally run_file(const fs::path& path, const std::string& name, bool optional) {
  Tally t;
  const json::value doc = load(path);
  if (!doc.is_array()) return t;
  for (const auto& c : doc.get_array()) {
    const auto& group = c.as_object();
    const std::string description(group.at("description").as_string());
    const auto& tests = group.at("tests").as_array();
    const auto compiled = Schema::compile(group.at("schema"));

    if (const Skipped* skip = optional ? nullptr : find_skip(name, description)) {
      t.skipped += tests.size();
      if (skip->expect_remote_error) {
        EXPECT_TRUE(!compiled && is_remote_error(compiled.error()))
            << name << " / " << description << ": expected a remote $ref compile error, got "
            << (compiled ? std::string("success") : compiled.error());
      }
      continue;
    }
    if (!compiled) {
      if (optional && is_remote_error(compiled.error())) {
        t.skipped += tests.size();
        continue;
      }
      t.failed += tests.size();
      if (!optional) ADD_FAILURE() << name << " / " << description << ": " << compiled.error();
      if (optional && verbose()) {
        std::cout << "    optional compile failure: " << description << ": " << compiled.error()
                  << "\n";
      }
      continue;
    }
    for (const auto& test : tests) {
      const auto& o = test.as_object();
      const bool expected = o.at("valid").as_bool();
      const json::value& data = o.at("data");
      const bool fast = compiled->is_valid(data);
      const auto errors = compiled->validate(data);
      if (fast == expected && errors.empty() == expected) {
        ++t.passed;
        continue;
      }
      ++t.failed;
      if (optional && verbose()) {
        std::cout << "    optional failure: " << description << " / "
                  << o.at("description").as_string() << "\n";
      }
      if (!optional) {
        ADD_FAILURE() << name << " / " << description << " / " << o.at("description").as_string()
                      << ": expected " << (expected ? "valid" : "invalid") << ", is_valid=" << fast
                      << ", validate errors=" << errors.size();
      }
    }
  }
  return t;
}

TEST(OfficialSuite, Draft2020_12) {
  const fs::path root = fs::path(SALLYPORT_SHARED_DIR) / "data/json-schema-test-suite/draft2020-12";
  ASSERT_TRUE(fs::is_directory(root)) << root;

  std::vector<fs::path> files;
  for (const auto& e : fs::recursive_directory_iterator(root)) {
    if (e.is_regular_file() && e.path().extension() == ".json") files.push_back(e.path());
  }
  std::sort(files.begin(), files.end());
  ASSERT_FALSE(files.empty());

  Tally required, optional_total;
  for (const auto& path : files) {
    const std::string name = fs::relative(path, root).generic_string();
    const bool optional = name.starts_with("optional/");
    const Tally t = run_file(path, name, optional);
    (optional ? optional_total : required) += t;
    std::cout << "  " << name << ": " << t.passed << "/" << (t.passed + t.failed) << " passed";
    if (t.skipped != 0) std::cout << ", " << t.skipped << " skipped";
    std::cout << "\n";
  }
  Tally all = required;
  all += optional_total;
  std::cout << "json-schema-test-suite: " << all.passed << "/" << (all.passed + all.failed)
            << " passed, " << all.skipped << " skipped (required: " << required.passed << "/"
            << (required.passed + required.failed) << ", " << required.skipped
            << " skipped; optional: " << optional_total.passed << "/"
            << (optional_total.passed + optional_total.failed) << ", " << optional_total.skipped
            << " skipped)\n";
  std::cout << "skipped in required files:\n";
  for (const auto& s : kSkipped) {
    std::cout << "  " << s.file << (s.description.empty() ? "" : " / ") << s.description << ": "
              << s.reason << "\n";
  }
  EXPECT_EQ(required.failed, 0U);
}

}  // namespace
