// The `authorization:` section of a YAML config file, key for key the command-line flags.
#include <fmt/format.h>
#include <yaml-cpp/yaml.h>

#include <fstream>
#include <functional>
#include <map>
#include <sstream>

#include "sallyport/auth/config.hpp"

namespace sallyport::auth {

namespace {

struct Reader {
  std::string error;

  void fail(const YAML::Node& n, std::string_view key, std::string_view what) {
    if (!error.empty()) return;
    auto mark = n.Mark();
    error = fmt::format("authorization.{}: {}", key, what);
    if (mark.line >= 0) error += fmt::format(" (line {})", mark.line + 1);
  }

  void string(const YAML::Node& n, std::string_view key, std::string& out) {
    if (!n.IsScalar()) return fail(n, key, "expected a string");
    out = n.Scalar();
  }
  void boolean(const YAML::Node& n, std::string_view key, bool& out) {
    bool v = false;
    if (!n.IsScalar() || !YAML::convert<bool>::decode(n, v))
      return fail(n, key, "expected true or false");
    out = v;
  }
  void list(const YAML::Node& n, std::string_view key, std::vector<std::string>& out) {
    out.clear();
    if (n.IsNull()) return;
    if (n.IsScalar()) {
      out.push_back(n.Scalar());
      return;
    }
    if (!n.IsSequence()) return fail(n, key, "expected a list of strings");
    for (const auto& item : n) {
      if (!item.IsScalar()) return fail(item, key, "expected a list of strings");
      out.push_back(item.Scalar());
    }
  }
  template <class Duration>
  void duration(const YAML::Node& n, std::string_view key, Duration& out) {
    long long v = 0;
    if (!n.IsScalar() || !YAML::convert<long long>::decode(n, v) || v < 0)
      return fail(n, key, "expected a non-negative integer");
    out = Duration(v);
  }
  void size(const YAML::Node& n, std::string_view key, std::size_t& out) {
    long long v = 0;
    if (!n.IsScalar() || !YAML::convert<long long>::decode(n, v) || v < 0)
      return fail(n, key, "expected a non-negative integer");
    out = static_cast<std::size_t>(v);
  }
};

}  // namespace

std::expected<AuthConfig, std::string> auth_config_from_yaml_node(const YAML::Node& section) {
  AuthConfig cfg;
  if (!section || section.IsNull()) return cfg;
  if (!section.IsMap()) return std::unexpected("authorization: expected a mapping");
  Reader r;
  using Field = std::function<void(const YAML::Node&, std::string_view)>;
  auto str = [&](std::string& f) -> Field {
    return [&](const YAML::Node& n, std::string_view k) {
      r.string(n, k, f);
    };
  };
  auto lst = [&](std::vector<std::string>& f) -> Field {
    return [&](const YAML::Node& n, std::string_view k) {
      r.list(n, k, f);
    };
  };
  auto flag = [&](bool& f) -> Field {
    return [&](const YAML::Node& n, std::string_view k) {
      r.boolean(n, k, f);
    };
  };
  auto secs = [&](std::chrono::seconds& f) -> Field {
    return [&](const YAML::Node& n, std::string_view k) {
      r.duration(n, k, f);
    };
  };
  const std::map<std::string, Field, std::less<>> fields{
      {"issuer", str(cfg.issuer)},
      {"audience", str(cfg.audience)},
      {"jwks_uri", str(cfg.jwks_uri)},
      {"introspection_uri", str(cfg.introspection_uri)},
      {"client_id", str(cfg.client_id)},
      {"client_secret", str(cfg.client_secret)},
      {"client_secret_file", str(cfg.client_secret_file)},
      {"required_scopes", lst(cfg.required_scopes)},
      {"scopes_supported", lst(cfg.scopes_supported)},
      {"authorization_servers", lst(cfg.authorization_servers)},
      {"algorithms", lst(cfg.algorithms)},
      {"clock_skew", secs(cfg.clock_skew)},
      {"resource_name", str(cfg.resource_name)},
      {"resource_metadata_url", str(cfg.resource_metadata_url)},
      {"require_at_jwt_typ", flag(cfg.require_at_jwt_typ)},
      {"prefer_introspection", flag(cfg.prefer_introspection)},
      {"introspection_require_audience", flag(cfg.introspection_require_audience)},
      {"jwks_cache_ttl", secs(cfg.jwks_cache_ttl)},
      {"jwks_min_refresh_interval", secs(cfg.jwks_min_refresh_interval)},
      {"introspection_cache_ttl", secs(cfg.introspection_cache_ttl)},
      {"token_cache_size",
       [&](const YAML::Node& n, std::string_view k) {
         r.size(n, k, cfg.token_cache_size);
       }},
      {"fetch_timeout_ms",
       [&](const YAML::Node& n, std::string_view k) {
         r.duration(n, k, cfg.fetch_timeout);
       }},
      {"claims",
       [&](const YAML::Node& n, std::string_view k) {
         if (!n.IsMap()) return r.fail(n, k, "expected a mapping with roles, groups, tenant");
         for (const auto& kv : n) {
           auto name = kv.first.Scalar();
           std::string* target = name == "roles"    ? &cfg.claims.roles
                                 : name == "groups" ? &cfg.claims.groups
                                 : name == "tenant" ? &cfg.claims.tenant
                                                    : nullptr;
           if (!target) return r.fail(kv.first, fmt::format("claims.{}", name), "unknown key");
           r.string(kv.second, fmt::format("claims.{}", name), *target);
         }
       }},
  };
  for (const auto& kv : section) {
    if (!kv.first.IsScalar()) return std::unexpected("authorization: keys must be strings");
    auto key = kv.first.Scalar();
    auto it = fields.find(key);
    if (it == fields.end()) {
      r.fail(kv.first, key, "unknown key");
    } else {
      it->second(kv.second, key);
    }
    if (!r.error.empty()) return std::unexpected(r.error);
  }
  return cfg;
}

std::expected<AuthConfig, std::string> auth_config_from_yaml(std::string_view yaml_text) {
  try {
    YAML::Node root = YAML::Load(std::string(yaml_text));
    if (!root || root.IsNull()) return AuthConfig{};
    if (!root.IsMap()) return std::unexpected("config: expected a mapping at the top level");
    const YAML::Node& croot = root;  // const: a missing key must not be inserted
    return auth_config_from_yaml_node(croot["authorization"]);
  } catch (const YAML::Exception& e) {
    return std::unexpected(fmt::format("config: {}", e.what()));
  }
}

std::expected<AuthConfig, std::string> auth_config_from_yaml_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::unexpected(fmt::format("config: cannot read {}", path));
  std::ostringstream ss;
  ss << in.rdbuf();
  auto cfg = auth_config_from_yaml(ss.str());
  if (!cfg) return std::unexpected(fmt::format("{}: {}", path, cfg.error()));
  return cfg;
}

}  // namespace sallyport::auth
