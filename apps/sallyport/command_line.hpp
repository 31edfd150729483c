// What every subcommand shares: how it fails, and parsing its options with --help.
#pragma once

#include <string>
#include <vector>

namespace CLI {
class App;
}

namespace sallyport::cli {

// Ends a command with `code` (exit_codes.hpp) and `message` on stderr.
struct Failure {
  int code;
  std::string message;
};

// Parses `args` (the words after the command's name) into `app`: false after printing --help,
// Failure{kUsage} on a bad command line.
bool parse_command_line(CLI::App& app, const std::vector<std::string>& args);

}  // namespace sallyport::cli
