// Reading a user-named input file (or "-" for stdin) with a size bound, for the commands that
// analyse saved documents offline (`scan --definitions`, `screen`).
#pragma once

#include <cstddef>
#include <expected>
#include <string>

namespace sallyport::cli {

// The whole file, or why not ("cannot read F", "F: is a directory", "F: larger than N MiB").
std::expected<std::string, std::string> read_input_file(const std::string& path,
                                                        std::size_t max_bytes);

}  // namespace sallyport::cli
