// Answers the server's questions (elicitation, sampling) on behalf of the person at the shell.
// With a terminal on stdin the person is asked on stderr/stdin; without one the CLI declines
// elicitation and refuses sampling, saying so on stderr, so scripts never hang on a question.
#pragma once

#include <cstdio>
#include <istream>
#include <mutex>

#include <sallyport/model/types.hpp>

namespace sallyport::cli {

class UserInput {
 public:
  // `interactive`: whether to ask (normally isatty(stdin)). Questions go to `prompts`.
  UserInput(bool interactive, std::istream& in, std::FILE* prompts);

  ElicitResult elicit(const ElicitParams& params);
  // Throws McpError (code -1, user rejected) when it cannot or will not answer.
  CreateMessageResult sample(const CreateMessageParams& params);

 private:
  // One line from the user; nullopt at end of input.
  std::optional<std::string> read_line();
  // Asks for one form field until the answer fits its schema; nullopt means give up (cancel),
  // a null Json means "left empty" for an optional field.
  std::optional<Json> ask_field(const std::string& name, const JsonObject& schema, bool required);

  bool interactive_;
  std::mutex mutex_;  // one question at a time, even if the server asks two at once
  std::istream& in_;
  std::FILE* prompts_;
};

}  // namespace sallyport::cli
