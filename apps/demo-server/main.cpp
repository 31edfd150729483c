// demo-server: a small MCP server that shows the server API end to end (tools with structured
// output, progress and elicitation, a resource, a resource template, a prompt with completion).
// `make demo` drives it with `sallyport call`. It serves both protocol eras, on stdio by default
// or on Streamable HTTP:
//   demo-server                       stdio
//   demo-server --http [HOST:]PORT    HTTP on http://HOST:PORT/mcp (HOST 127.0.0.1, PORT 0:
//                                     any free port); the URL is printed on stderr
//        [--issuer URL --audience URL ... | --auth-config FILE.yaml]
//                                     as an OAuth resource server (docs/authorization.md)
#include <signal.h>

#include <sallyport/auth/cli.hpp>
#include <sallyport/server.hpp>
#include <sallyport/server/http.hpp>
#include <sallyport/wire/codec.hpp>

#include <fmt/chrono.h>
#include <fmt/format.h>

#include <chrono>
#include <ctime>
#include <map>
#include <mutex>
#include <string>
#include <thread>

namespace {

using sallyport::Context;
using sallyport::JsonObject;
using sallyport::ToolResult;

constexpr const char* kReadme = R"(# Sallyport demo server

This server exists to show the Sallyport API. Try:

    sallyport call --stdio -- demo-server tools/list
    sallyport call --stdio -- demo-server tools/call echo text=hello
    sallyport call --stdio -- demo-server tools/call add --json '{"a": 2, "b": 3}'
    sallyport call --stdio -- demo-server resources/read demo://notes/1
    sallyport call --stdio -- demo-server prompts/get summarize note=1
)";

// A 1x1 transparent PNG and a few bytes of silence, so clients can show every content type.
constexpr const char* kPixelPng =
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAAC0lEQVR4nGNgAAIAAAUAAXpeqz8AAAAASUVORK5CYII=";
constexpr const char* kSilenceWav =
    "UklGRiwAAABXQVZFZm10IBAAAAABAAEAQB8AAEAfAAABAAgAZGF0YQgAAACAgICAgICAgA==";

// The notes behind demo://notes/{id}. reset_notes clears them, so they are guarded.
class Notes {
 public:
  std::optional<std::string> get(const std::string& id) const {
    std::lock_guard lock(mutex_);
    auto it = notes_.find(id);
    if (it == notes_.end()) return std::nullopt;
    return it->second;
  }
  std::vector<std::string> ids_starting_with(std::string_view prefix) const {
    std::lock_guard lock(mutex_);
    std::vector<std::string> out;
    for (auto& [id, text] : notes_)
      if (id.starts_with(prefix)) out.push_back(id);
    return out;
  }
  std::size_t reset() {
    std::lock_guard lock(mutex_);
    auto n = notes_.size();
    notes_.clear();
    return n;
  }

 private:
  mutable std::mutex mutex_;
  std::map<std::string, std::string> notes_{
      {"1", "Ship the CLI: call, then scan, then gateway. Demo on Friday."},
      {"2", "Audit log: hash-chained, one row per decision, verify on start-up."},
      {"3", "Remember: stdout carries only MCP messages on stdio."},
  };
};

sallyport::CompleteResult completions(std::vector<std::string> values) {
  sallyport::CompleteResult r;
  r.values = std::move(values);
  return r;
}

double number_arg(const JsonObject& args, const char* key) {
  return args.at(key).to_number<double>();  // the input schema guarantees a number
}

JsonObject object_schema(JsonObject properties, std::initializer_list<const char*> required) {
  sallyport::JsonArray req;
  for (auto* r : required) req.emplace_back(r);
  return {{"type", "object"}, {"properties", std::move(properties)}, {"required", std::move(req)}};
}

void add_tools(sallyport::Server& server, Notes& notes) {
  server.tool("echo")
      .title("Echo")
      .description("Returns the text it is given.")
      .input_schema(object_schema({{"text", {{"type", "string"}, {"description", "Text to echo"}}}},
                                  {"text"}))
      .read_only()
      .handle([](const JsonObject& args, Context& ctx) {
        std::string text(args.at("text").as_string());
        ctx.log(sallyport::LoggingLevel::kInfo,
                sallyport::Json(fmt::format("echoing {} characters", text.size())), "echo");
        return text;
      });

  server.tool("add")
      .title("Add two numbers")
      .description("Adds a and b; the sum comes back as structured content.")
      .input_schema(
          object_schema({{"a", {{"type", "number"}}}, {"b", {{"type", "number"}}}}, {"a", "b"}))
      .output_schema(object_schema({{"sum", {{"type", "number"}}}}, {"sum"}))
      .read_only()
      .idempotent()
      .handle([](const JsonObject& args, Context&) {
        const auto &a = args.at("a"), &b = args.at("b");
        std::int64_t sum = 0;
        // Whole numbers stay whole (2 + 3 is 5, not 5.0) unless the sum would overflow.
        if (a.is_int64() && b.is_int64() &&
            !__builtin_add_overflow(a.get_int64(), b.get_int64(), &sum))
          return sallyport::Json{{"sum", sum}};
        return sallyport::Json{{"sum", number_arg(args, "a") + number_arg(args, "b")}};
      });

  server.tool("divide")
      .title("Divide two numbers")
      .description("Divides a by b. Dividing by zero is a tool error the model can see.")
      .input_schema(
          object_schema({{"a", {{"type", "number"}}}, {"b", {{"type", "number"}}}}, {"a", "b"}))
      .read_only()
      .handle([](const JsonObject& args, Context&) {
        double b = number_arg(args, "b");
        if (b == 0) return ToolResult::error("cannot divide by zero");
        return ToolResult::text(fmt::format("{}", number_arg(args, "a") / b));
      });

  server.tool("get_time")
      .title("Current time")
      .description("The server's current time in UTC, ISO 8601.")
      .read_only()
      .handle([](const JsonObject&, Context&) {
        std::time_t now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
        std::tm utc{};
        gmtime_r(&now, &utc);
        return fmt::format("{:%Y-%m-%dT%H:%M:%SZ}", utc);
      });

  server.tool("count")
      .title("Count slowly")
      .description("Counts to n (at most 20), reporting progress after each step.")
      .input_schema(object_schema(
          {{"n", {{"type", "integer"}, {"minimum", 1}, {"maximum", 20}, {"default", 5}}}}, {}))
      .read_only()
      .handle([](const JsonObject& args, Context& ctx) {
        std::int64_t n = 5;
        if (auto* v = args.if_contains("n")) n = v->to_number<std::int64_t>();
        for (std::int64_t i = 1; i <= n; ++i) {
          ctx.throw_if_cancelled();
          std::this_thread::sleep_for(std::chrono::milliseconds(50));
          ctx.progress(static_cast<double>(i), static_cast<double>(n), fmt::format("step {}", i));
        }
        return fmt::format("counted to {}", n);
      });

  // Asks before acting. In 2026-07-28 the handler runs again once the answer arrives, so it
  // touches nothing before the question (see context.hpp).
  server.tool("reset_notes")
      .title("Reset notes")
      .description("Deletes every note after asking the user to confirm.")
      .destructive()
      .handle([&notes](const JsonObject&, Context& ctx) {
        auto answer = ctx.elicit(
            "Delete every note? This cannot be undone.",
            object_schema({{"confirm", {{"type", "boolean"}, {"title", "Delete all notes"}}}},
                          {"confirm"}));
        bool confirmed = answer.action == sallyport::ElicitResult::Action::kAccept &&
                         answer.content && answer.content->contains("confirm") &&
                         answer.content->at("confirm") == true;
        if (!confirmed) return ToolResult::text("Nothing was deleted.");
        return ToolResult::text(fmt::format("Deleted {} notes.", notes.reset()));
      });

  server.tool("content_types")
      .title("One of each content type")
      .description("Returns text, an image, audio, a resource link and an embedded resource.")
      .read_only()
      .handle([](const JsonObject&, Context&) {
        sallyport::Resource link;
        link.uri = "demo://readme";
        link.name = "readme";
        link.mime_type = "text/markdown";
        return ToolResult::text("Here is one of each:")
            .add_image(kPixelPng, "image/png")
            .add_audio(kSilenceWav, "audio/wav")
            .add_resource_link(link)
            .add_resource(sallyport::TextResourceContents{
                "demo://notes/1", "text/plain", "An embedded note.", {}});
      });
}

void add_resources(sallyport::Server& server, Notes& notes) {
  server.resource("demo://readme", "readme")
      .title("About this server")
      .mime_type("text/markdown")
      .text(kReadme);

  server.resource_template("demo://notes/{id}")
      .name("note")
      .title("A note")
      .description("One note by id (1, 2, 3 until reset_notes runs).")
      .mime_type("text/plain")
      .complete("id",
                [&notes](const sallyport::CompleteParams& p, Context&) {
                  return completions(notes.ids_starting_with(p.argument_value));
                })
      .read([&notes](const std::string& uri, const sallyport::UriParams& params, Context&) {
        auto text = notes.get(params.at("id"));
        if (!text) throw sallyport::McpError(sallyport::wire::resource_not_found(uri));
        sallyport::ReadResourceResult r;
        r.contents.push_back(sallyport::TextResourceContents{uri, "text/plain", *text, {}});
        return r;
      });
}

void add_prompts(sallyport::Server& server, Notes& notes) {
  static const std::vector<std::string> kStyles{"brief", "detailed", "bullet points"};
  server.prompt("summarize")
      .title("Summarize a note")
      .description("Asks the model to summarize one note.")
      .argument("note", "Id of the note to summarize", true)
      .argument("style", "brief, detailed or bullet points")
      .complete("note",
                [&notes](const sallyport::CompleteParams& p, Context&) {
                  return completions(notes.ids_starting_with(p.argument_value));
                })
      .complete("style",
                [](const sallyport::CompleteParams& p, Context&) {
                  std::vector<std::string> values;
                  for (auto& s : kStyles)
                    if (s.starts_with(p.argument_value)) values.push_back(s);
                  return completions(std::move(values));
                })
      .get([&notes](const sallyport::PromptArguments& args, Context&) {
        auto text = notes.get(args.at("note"));
        if (!text)
          throw sallyport::McpError(sallyport::Error::invalid_params(
              fmt::format("no note with id '{}'", args.at("note"))));
        auto style = args.contains("style") ? args.at("style") : "brief";
        sallyport::GetPromptResult r;
        r.description = fmt::format("Summarize note {}", args.at("note"));
        r.messages.push_back(
            {sallyport::Role::kUser,
             sallyport::text(fmt::format("Summarize this note ({} style):\n\n{}", style, *text))});
        return r;
      });
}

// Serves on HTTP until SIGINT/SIGTERM; like sallyport::serve_http, but says where it listens
// (with port 0 only the server knows).
int serve_on_http(sallyport::Server& server, std::string_view address,
                  std::shared_ptr<const sallyport::auth::Authenticator> authn) {
  sallyport::HttpOptions options;
  options.authorization = std::move(authn);
  if (!sallyport::parse_listen_address(address, options))
    throw std::invalid_argument(fmt::format("--http: expected [HOST:]PORT, got '{}'", address));

  // Block the signals before the server's threads start, so that only sigwait sees them.
  sigset_t signals;
  sigemptyset(&signals);
  sigaddset(&signals, SIGINT);
  sigaddset(&signals, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &signals, nullptr);
  sallyport::HttpServer http(server, options);
  http.start();
  fmt::print(stderr, "demo-server: serving MCP on {}\n", http.url());
  std::fflush(stderr);
  int received = 0;
  sigwait(&signals, &received);
  http.stop();
  server.shutdown();
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  // stdio: no arguments. HTTP: --http ADDRESS, then the authorization flags if any.
  bool http = argc >= 3 && std::string_view(argv[1]) == "--http";
  if (argc > 1 && !http) {
    fmt::print(
        stderr,
        "usage: demo-server            (stdio)\n"
        "       demo-server --http [HOST:]PORT [authorization flags, see --http 0 --help]\n");
    return 2;
  }
  std::shared_ptr<const sallyport::auth::Authenticator> authn;
  if (http) {
    CLI::App app{"demo-server --http [HOST:]PORT: authorization flags", "demo-server"};
    sallyport::auth::AuthFlags flags;
    sallyport::auth::add_flags(app, flags);
    try {
      app.parse(argc - 2, argv + 2);  // CLI11 skips argv[0]: here that is the address
    } catch (const CLI::ParseError& e) {
      return app.exit(e);
    }
    auto made = sallyport::auth::authenticator_from_flags(app, flags);
    if (!made) {
      fmt::print(stderr, "demo-server: {}\n", made.error());
      return 2;
    }
    authn = std::move(*made);
  }
  try {
    sallyport::Server server{{.name = "sallyport-demo",
                              .version = "0.1.0",
                              .title = "Sallyport demo server",
                              .instructions = "Tools: echo, add, divide, get_time, count, "
                                              "reset_notes, content_types. Notes live at "
                                              "demo://notes/{id}."}};
    Notes notes;
    add_tools(server, notes);
    add_resources(server, notes);
    add_prompts(server, notes);
    return http ? serve_on_http(server, argv[2], std::move(authn)) : sallyport::serve_stdio(server);
  } catch (const std::exception& e) {
    fmt::print(stderr, "demo-server: {}\n", e.what());
    return 1;
  }
}
