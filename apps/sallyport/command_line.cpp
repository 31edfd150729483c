#include "command_line.hpp"

#include <fmt/format.h>
#include <CLI/CLI.hpp>

#include "exit_codes.hpp"

namespace sallyport::cli {

bool parse_command_line(CLI::App& app, const std::vector<std::string>& args) {
  std::vector<std::string> reversed(args.rbegin(), args.rend());  // CLI11 takes them reversed
  try {
    app.parse(reversed);
  } catch (const CLI::CallForHelp&) {
    fmt::print(stdout, "{}", app.help());
    return false;
  } catch (const CLI::ParseError& e) {
    throw Failure{exit_code::kUsage, e.what()};
  }
  return true;
}

}  // namespace sallyport::cli
