// sallyport: one program, one subcommand per job. A subcommand is a function that takes the
// arguments after its name and returns the exit code; each parses its own options (CLI11), so
// a grammar like `call --stdio -- CMD... METHOD` stays in its own file. New subcommands (scan,
// gateway, auth, audit) add one line to kCommands.
#include <fmt/format.h>

#include <exception>
#include <string>
#include <string_view>
#include <vector>

#include "auth_command.hpp"
#include "call_command.hpp"
#include "exit_codes.hpp"
#include "scan_command.hpp"
#include "screen_command.hpp"

namespace {

struct Subcommand {
  std::string_view name;
  std::string_view summary;
  int (*run)(const std::vector<std::string>& args);
};

constexpr Subcommand kCommands[] = {
    {"call", sallyport::cli::kCallSummary, &sallyport::cli::run_call},
    {"scan", sallyport::cli::kScanSummary, &sallyport::cli::run_scan},
    {"screen", sallyport::cli::kScreenSummary, &sallyport::cli::run_screen},
    {"auth", sallyport::cli::kAuthSummary, &sallyport::cli::run_auth},
};

constexpr std::string_view kVersion = "0.1.0";

void print_usage(std::FILE* out) {
  fmt::print(out,
             "Sallyport {}: MCP from the shell.\n\nUsage: sallyport COMMAND [ARGS...]\n\n"
             "Commands:\n",
             kVersion);
  for (const auto& c : kCommands) fmt::print(out, "  {:<8} {}\n", c.name, c.summary);
  fmt::print(out, "\nRun 'sallyport COMMAND --help' for a command's options.\n");
}

}  // namespace

int main(int argc, char** argv) {
  namespace exit_code = sallyport::cli::exit_code;
  std::vector<std::string> args(argv + 1, argv + argc);
  if (args.empty()) {
    print_usage(stderr);
    return exit_code::kUsage;
  }
  const std::string& word = args.front();
  if (word == "-h" || word == "--help" || word == "help") {
    print_usage(stdout);
    return exit_code::kOk;
  }
  if (word == "--version") {
    fmt::print("sallyport {}\n", kVersion);
    return exit_code::kOk;
  }
  for (const auto& c : kCommands) {
    if (c.name != word) continue;
    try {
      return c.run({args.begin() + 1, args.end()});
    } catch (const std::exception& e) {
      fmt::print(stderr, "sallyport {}: {}\n", c.name, e.what());
      return exit_code::kConnection;
    }
  }
  fmt::print(stderr, "sallyport: unknown command '{}'\n\n", word);
  print_usage(stderr);
  return exit_code::kUsage;
}
