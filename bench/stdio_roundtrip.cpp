// Sequential tools/call round trips over stdio against any server command.
//
//   stdio_roundtrip [--calls N] [--warmup N] [--era modern|legacy] -- CMD ARGS...
//
// The driver is deliberately dumb (raw lines, no JSON parser, no SDK) so that every server is
// measured through the same client: what differs between runs is the server alone. It prints
// one line: `calls/s p50_us p99_us` plus a label, parsed by bench/run.sh.
#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

extern char** environ;

namespace {

struct Child {
  pid_t pid = -1;
  int in = -1;   // we write the child's stdin
  int out = -1;  // we read the child's stdout
  std::string buffer;

  bool write_line(const std::string& line) {
    std::string s = line + "\n";
    const char* p = s.data();
    std::size_t left = s.size();
    while (left) {
      ssize_t n = ::write(in, p, left);
      if (n <= 0) return false;
      p += n;
      left -= static_cast<std::size_t>(n);
    }
    return true;
  }

  bool read_line(std::string& line) {
    for (;;) {
      auto nl = buffer.find('\n');
      if (nl != std::string::npos) {
        line.assign(buffer, 0, nl);
        buffer.erase(0, nl + 1);
        return true;
      }
      char chunk[65536];
      ssize_t n = ::read(out, chunk, sizeof chunk);
      if (n <= 0) return false;
      buffer.append(chunk, static_cast<std::size_t>(n));
    }
  }
};

Child spawn(std::vector<std::string> argv) {
  int to[2], from[2];
  if (pipe2(to, O_CLOEXEC) || pipe2(from, O_CLOEXEC)) std::exit(2);
  posix_spawn_file_actions_t fa;
  posix_spawn_file_actions_init(&fa);
  posix_spawn_file_actions_adddup2(&fa, to[0], 0);
  posix_spawn_file_actions_adddup2(&fa, from[1], 1);
  std::vector<char*> args;
  for (auto& a : argv) args.push_back(a.data());
  args.push_back(nullptr);
  Child c;
  if (posix_spawnp(&c.pid, args[0], &fa, nullptr, args.data(), environ) != 0) {
    std::fprintf(stderr, "cannot start %s\n", args[0]);
    std::exit(2);
  }
  ::close(to[0]);
  ::close(from[1]);
  c.in = to[1];
  c.out = from[0];
  return c;
}

std::string call_request(long id, bool modern) {
  std::string meta = modern ? R"(,"_meta":{"io.modelcontextprotocol/protocolVersion":"2026-07-28",)"
                              R"("io.modelcontextprotocol/clientCapabilities":{}})"
                            : "";
  return R"({"jsonrpc":"2.0","id":)" + std::to_string(id) +
         R"(,"method":"tools/call","params":{"name":"echo","arguments":{"text":"hello"})" + meta +
         "}}";
}

}  // namespace

int main(int argc, char** argv) {
  long calls = 20000, warmup = 1000;
  bool modern = true;
  std::string label = "server";
  int i = 1;
  for (; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--calls" && i + 1 < argc)
      calls = std::atol(argv[++i]);
    else if (a == "--warmup" && i + 1 < argc)
      warmup = std::atol(argv[++i]);
    else if (a == "--era" && i + 1 < argc)
      modern = std::string(argv[++i]) == "modern";
    else if (a == "--label" && i + 1 < argc)
      label = argv[++i];
    else if (a == "--") {
      ++i;
      break;
    }
  }
  if (i >= argc || calls <= 0) {
    std::fprintf(stderr,
                 "usage: stdio_roundtrip [--calls N] [--warmup N] [--era modern|legacy] "
                 "[--label L] -- CMD ARGS...\n");
    return 2;
  }
  Child child = spawn(std::vector<std::string>(argv + i, argv + argc));
  std::string line;
  if (!modern) {
    child.write_line(
        R"({"jsonrpc":"2.0","id":0,"method":"initialize","params":{"protocolVersion":"2025-11-25","capabilities":{},"clientInfo":{"name":"bench","version":"1"}}})");
    if (!child.read_line(line)) return 3;
    child.write_line(R"({"jsonrpc":"2.0","method":"notifications/initialized"})");
  }
  std::vector<double> latencies;
  latencies.reserve(static_cast<std::size_t>(calls));
  auto start = std::chrono::steady_clock::now();
  for (long id = 1; id <= warmup + calls; ++id) {
    if (id == warmup + 1) start = std::chrono::steady_clock::now();
    auto t0 = std::chrono::steady_clock::now();
    if (!child.write_line(call_request(id, modern))) return 3;
    // Skip notifications; stop at the response carrying our id.
    std::string want = "\"id\":" + std::to_string(id);
    do {
      if (!child.read_line(line)) {
        std::fprintf(stderr, "%s: server closed the connection\n", label.c_str());
        return 3;
      }
    } while (line.find(want) == std::string::npos);
    if (line.find("\"error\"") != std::string::npos &&
        line.find("\"result\"") == std::string::npos) {
      std::fprintf(stderr, "%s: error response: %s\n", label.c_str(), line.c_str());
      return 3;
    }
    if (id > warmup)
      latencies.push_back(
          std::chrono::duration<double, std::micro>(std::chrono::steady_clock::now() - t0).count());
  }
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  ::close(child.in);
  int status;
  waitpid(child.pid, &status, 0);
  std::sort(latencies.begin(), latencies.end());
  auto pct = [&](double p) {
    return latencies[static_cast<std::size_t>(p * (latencies.size() - 1))];
  };
  std::printf("%s %.0f calls/s p50 %.1f us p99 %.1f us\n", label.c_str(),
              static_cast<double>(calls) / seconds, pct(0.5), pct(0.99));
  return 0;
}
