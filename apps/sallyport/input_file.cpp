#include "input_file.hpp"

#include <fmt/format.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <istream>

namespace sallyport::cli {

namespace {

// Reads until EOF, failing as soon as the bound is passed (a huge or endless input never
// fills memory).
std::expected<std::string, std::string> read_stream(std::istream& in, const std::string& name,
                                                    std::size_t max_bytes) {
  std::string text;
  char buf[65536];
  while (in.read(buf, sizeof buf) || in.gcount() > 0) {
    text.append(buf, static_cast<std::size_t>(in.gcount()));
    if (text.size() > max_bytes)
      return std::unexpected(fmt::format("{}: larger than {} MiB", name, max_bytes >> 20));
  }
  if (in.bad()) return std::unexpected(fmt::format("cannot read {}", name));
  return text;
}

}  // namespace

std::expected<std::string, std::string> read_input_file(const std::string& path,
                                                        std::size_t max_bytes) {
  if (path == "-") {
    std::ifstream in("/dev/stdin", std::ios::binary);
    if (!in) return std::unexpected("cannot read standard input");
    return read_stream(in, "standard input", max_bytes);
  }
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) return std::unexpected(path + ": is a directory");
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::unexpected(fmt::format("cannot read {}", path));
  return read_stream(in, path, max_bytes);
}

}  // namespace sallyport::cli
