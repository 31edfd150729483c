// Checks made before a request reaches the engine: Host/Origin (DNS rebinding) and the
// 2026-07-28 request metadata headers (Streamable HTTP, "Server Validation").
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>
#include <openssl/sha.h>

#include <algorithm>
#include <memory>

#include <fmt/format.h>

#include "sallyport/http/param_headers.hpp"
#include "sallyport/model/log.hpp"
#include "server/http/internal.hpp"

namespace sallyport::server::http_binding {

namespace {

std::string lower(std::string_view s) {
  std::string out(s);
  for (auto& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// "host", "host:port", "[v6]" or "[v6]:port" → the host part (brackets kept).
std::string_view host_part(std::string_view authority) {
  if (authority.starts_with('[')) {
    auto close = authority.find(']');
    return close == std::string_view::npos ? authority : authority.substr(0, close + 1);
  }
  return authority.substr(0, authority.find(':'));
}

bool is_loopback_host(std::string_view host) {
  return host == "localhost" || host == "127.0.0.1" || host == "[::1]";
}

bool is_loopback_bind(std::string_view host) {
  return host == "localhost" || host == "::1" || host.starts_with("127.");
}

Error mismatch(std::string message) {
  return Error{error_code::kHeaderMismatch, "Header mismatch: " + std::move(message), {}};
}

// Lower-case hex, written into a string sized once (a fmt::format per byte cost about 20,000
// instructions for a session key, on every 2025-11-25 request).
std::string hex(const unsigned char* data, std::size_t n) {
  static constexpr char kDigits[] = "0123456789abcdef";
  std::string out(n * 2, '\0');
  for (std::size_t i = 0; i < n; ++i) {
    out[2 * i] = kDigits[data[i] >> 4];
    out[2 * i + 1] = kDigits[data[i] & 0x0f];
  }
  return out;
}

}  // namespace

OriginPolicy make_origin_policy(const HttpOptions& options) {
  OriginPolicy p;
  p.protect = options.dns_rebinding_protection.value_or(is_loopback_bind(options.host));
  for (auto& h : options.allowed_hosts) p.hosts.push_back(lower(h));
  if (p.protect && p.hosts.empty()) p.hosts = {"localhost", "127.0.0.1", "[::1]"};
  for (auto& o : options.allowed_origins) {
    std::string_view v = o;
    while (v.ends_with('/')) v.remove_suffix(1);
    p.origins.push_back(lower(v));
  }
  return p;
}

std::optional<std::string> check_host_and_origin(const http::Request& request,
                                                 const OriginPolicy& policy) {
  auto host_header = request.headers.get("Host");
  std::string host = host_header ? lower(*host_header) : std::string{};
  if (policy.protect) {
    if (host.empty()) return "missing Host header";
    std::string name(host_part(host));
    bool ok =
        std::any_of(policy.hosts.begin(), policy.hosts.end(),
                    [&](const std::string& allowed) { return allowed == host || allowed == name; });
    if (!ok) return fmt::format("Host '{}' is not allowed", host);
  }
  auto origin_header = request.headers.get("Origin");
  if (!origin_header) return std::nullopt;  // not a browser, or a same-origin GET
  std::string origin = lower(*origin_header);
  if (!policy.origins.empty()) {
    if (std::find(policy.origins.begin(), policy.origins.end(), origin) != policy.origins.end())
      return std::nullopt;
    return fmt::format("Origin '{}' is not allowed", origin);
  }
  auto scheme_end = origin.find("://");
  if (scheme_end == std::string::npos) return fmt::format("Origin '{}' is not allowed", origin);
  std::string_view scheme = std::string_view(origin).substr(0, scheme_end);
  std::string_view authority = std::string_view(origin).substr(scheme_end + 3);
  authority = authority.substr(0, authority.find('/'));
  if (policy.protect) {
    if ((scheme == "http" || scheme == "https") && is_loopback_host(host_part(authority)))
      return std::nullopt;
    return fmt::format("Origin '{}' is not allowed", origin);
  }
  // Without a list: same origin only.
  if (authority == host) return std::nullopt;
  return fmt::format("Origin '{}' does not match Host", origin);
}

std::optional<Error> check_standard_headers(const http::Request& request,
                                            const rpc::Request& body) {
  auto method = request.headers.get("Mcp-Method");
  if (!method) return mismatch("missing Mcp-Method header");
  if (*method != body.method)
    return mismatch(fmt::format("Mcp-Method header value '{}' does not match body method '{}'",
                                *method, body.method));
  const char* source = nullptr;
  if (body.method == "tools/call" || body.method == "prompts/get") source = "name";
  if (body.method == "resources/read") source = "uri";
  // The tasks extension (SEP-2663) routes tasks/get, tasks/update, tasks/cancel by task id.
  if (body.method == "tasks/get" || body.method == "tasks/update" || body.method == "tasks/cancel")
    source = "taskId";
  if (!source) return std::nullopt;
  const Json* value =
      body.params.is_object() ? body.params.get_object().if_contains(source) : nullptr;
  if (!value || !value->is_string()) return std::nullopt;  // the engine rejects the params
  auto name = request.headers.get("Mcp-Name");
  if (!name) return mismatch("missing Mcp-Name header");
  auto decoded = http::decode_header_value(*name);
  if (!decoded) return mismatch("Mcp-Name header value is malformed");
  if (*decoded != value->get_string())
    return mismatch(fmt::format("Mcp-Name header value does not match body params.{}", source));
  return std::nullopt;
}

std::optional<Error> check_param_headers(const http::Request& request, const rpc::Request& body,
                                         const Tool& tool) {
  auto params = http::header_params(tool.input_schema);
  if (!params) {
    logger()->debug("tool '{}': x-mcp-header annotations are invalid ({}); not checking headers",
                    tool.name, params.error());
    return std::nullopt;
  }
  static const Json empty = JsonObject{};
  const Json* arguments =
      body.params.is_object() ? body.params.get_object().if_contains("arguments") : nullptr;
  if (!arguments) arguments = &empty;
  for (auto& p : *params) {
    std::string header = "Mcp-Param-" + p.name;
    auto raw = request.headers.get(header);
    std::optional<std::string> decoded;
    if (raw) {
      decoded = http::decode_header_value(*raw);
      if (!decoded) return mismatch(fmt::format("{} header value is malformed", header));
    }
    const Json* value = http::param_value(*arguments, p);
    // A value of the wrong type is the schema validation's to report (-32602), not ours.
    if (!value || !http::param_text(*value, p.type)) continue;
    if (!decoded) return mismatch(fmt::format("missing {} header", header));
    if (!http::param_matches(*decoded, *value, p.type))
      return mismatch(fmt::format("{} header value does not match the argument", header));
  }
  return std::nullopt;
}

std::string session_key(std::string_view session_id) {
  // Every 2025-11-25 request names its session, and a client keeps its connection (so its I/O
  // thread): each thread remembers the last id it hashed and its key. The ids are compared in
  // constant time, so a hit tells no more than the session lookup itself (whether the whole id
  // is a known one), nothing about how much of a guess matched. Only ids of a sensible length are
  // kept.
  struct Last {
    std::string id;
    std::string key;
  };
  thread_local Last last;
  if (!last.key.empty() && last.id.size() == session_id.size() &&
      CRYPTO_memcmp(last.id.data(), session_id.data(), session_id.size()) == 0)
    return last.key;
  // The algorithm is fetched once (SHA256() fetches it from the provider, under a lock, on every
  // call) and each thread keeps its digest context (EVP_Digest() allocates one per call).
  static EVP_MD* const md = EVP_MD_fetch(nullptr, "SHA256", nullptr);
  struct CtxFree {
    void operator()(EVP_MD_CTX* c) const { EVP_MD_CTX_free(c); }
  };
  thread_local std::unique_ptr<EVP_MD_CTX, CtxFree> ctx(EVP_MD_CTX_new());
  unsigned char digest[SHA256_DIGEST_LENGTH];
  unsigned int len = 0;
  if (!md || !ctx || EVP_DigestInit_ex2(ctx.get(), md, nullptr) != 1 ||
      EVP_DigestUpdate(ctx.get(), session_id.data(), session_id.size()) != 1 ||
      EVP_DigestFinal_ex(ctx.get(), digest, &len) != 1 || len != sizeof digest)
    throw std::runtime_error("SHA-256 failed");
  std::string key = hex(digest, sizeof digest);
  if (session_id.size() <= 128) {
    last.id.assign(session_id);
    last.key = key;
  }
  return key;
}

std::string new_session_id() {
  unsigned char bytes[32];
  if (RAND_bytes(bytes, sizeof bytes) != 1) throw std::runtime_error("CSPRNG failure");
  return hex(bytes, sizeof bytes);
}

}  // namespace sallyport::server::http_binding
