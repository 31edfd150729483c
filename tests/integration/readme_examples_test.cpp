// The README's code must be code that compiles and works. Its examples live in examples/ (built
// by examples/CMakeLists.txt); here we check that each ```cpp block of the README that names a
// file in its first line (`// examples/NAME.cpp: ...`) is that file verbatim, and that the client
// example, run against the server example over stdio, does what the README says.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <array>
#include <cstdio>
#include <fstream>
#include <map>
#include <memory>
#include <sstream>
#include <string>

namespace {

using ::testing::HasSubstr;

const std::string kSource = SALLYPORT_SOURCE_DIR;
const std::string kBin = SALLYPORT_BIN_DIR;

std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  EXPECT_TRUE(in) << "cannot read " << path;
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// ```cpp blocks of a Markdown text, keyed by the path their first line names
// ("// examples/server_example.cpp: ..." → "examples/server_example.cpp").
std::map<std::string, std::string> named_cpp_blocks(const std::string& markdown) {
  std::map<std::string, std::string> blocks;
  std::istringstream in(markdown);
  std::string line, body;
  bool inside = false;
  while (std::getline(in, line)) {
    if (!inside && line == "```cpp") {
      inside = true;
      body.clear();
    } else if (inside && line == "```") {
      inside = false;
      if (body.starts_with("// ")) {
        auto end = body.find_first_of(": \n", 3);
        blocks[body.substr(3, end - 3)] = body;
      }
    } else if (inside) {
      body += line + "\n";
    }
  }
  EXPECT_FALSE(inside) << "README.md has an unclosed ```cpp block";
  return blocks;
}

TEST(ReadmeExamples, CodeBlocksAreTheExampleFiles) {
  auto blocks = named_cpp_blocks(slurp(kSource + "/README.md"));
  for (const char* file : {"examples/server_example.cpp", "examples/client_example.cpp"}) {
    ASSERT_TRUE(blocks.contains(file)) << "README.md has no ```cpp block starting with // " << file;
    EXPECT_EQ(blocks[file], slurp(kSource + "/" + file))
        << "README.md's block differs from " << file << ": copy the file into the README";
  }
  for (const auto& [path, body] : blocks)
    EXPECT_EQ(body, slurp(kSource + "/" + path)) << "README.md's block for " << path;
}

struct Output {
  int code = -1;
  std::string out;
};

// Runs a shell command line (stdin from /dev/null, stderr passed through), capturing stdout.
Output run(const std::string& command) {
  Output o;
  std::unique_ptr<FILE, int (*)(FILE*)> pipe(::popen((command + " </dev/null").c_str(), "r"),
                                             ::pclose);
  if (!pipe) return o;
  std::array<char, 4096> buf{};
  std::size_t n = 0;
  while ((n = std::fread(buf.data(), 1, buf.size(), pipe.get())) > 0) o.out.append(buf.data(), n);
  int status = ::pclose(pipe.release());
  o.code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return o;
}

TEST(ReadmeExamples, ClientExampleTalksToServerExample) {
  auto r = run("timeout 60 '" + kBin + "/client_example' '" + kBin + "/server_example'");
  ASSERT_EQ(r.code, 0) << r.out;
  EXPECT_EQ(r.out,
            "connected to greeter (2026-07-28)\n"
            "tool greet: Says hello to someone.\n"
            "Hello, Ada!\n");
}

TEST(ReadmeExamples, CallCommandFromTheReadmeWorks) {
  auto r = run("timeout 60 '" + kBin + "/sallyport' call --stdio -- '" + kBin +
               "/server_example' tools/call greet name=Ada");
  ASSERT_EQ(r.code, 0) << r.out;
  EXPECT_EQ(r.out, "Hello, Ada!\n");
}

}  // namespace
