#include "json_schema/uri.hpp"

#include <cctype>

namespace sallyport::json_schema::uri {
namespace {

struct Parts {
  std::string_view scheme, authority, path, query, fragment;
  bool has_scheme = false, has_authority = false, has_query = false, has_fragment = false;
};

bool is_scheme(std::string_view s) {
  if (s.empty() || std::isalpha(static_cast<unsigned char>(s[0])) == 0) return false;
  for (char c : s) {
    if (std::isalnum(static_cast<unsigned char>(c)) == 0 && c != '+' && c != '-' && c != '.') {
      return false;
    }
  }
  return true;
}

// RFC 3986 Appendix B.
Parts parse(std::string_view s) {
  Parts p;
  if (auto hash = s.find('#'); hash != std::string_view::npos) {
    p.has_fragment = true;
    p.fragment = s.substr(hash + 1);
    s = s.substr(0, hash);
  }
  if (auto q = s.find('?'); q != std::string_view::npos) {
    p.has_query = true;
    p.query = s.substr(q + 1);
    s = s.substr(0, q);
  }
  if (auto colon = s.find(':'); colon != std::string_view::npos) {
    auto candidate = s.substr(0, colon);
    if (candidate.find('/') == std::string_view::npos && is_scheme(candidate)) {
      p.has_scheme = true;
      p.scheme = candidate;
      s = s.substr(colon + 1);
    }
  }
  if (s.starts_with("//")) {
    s.remove_prefix(2);
    auto slash = s.find('/');
    p.has_authority = true;
    p.authority = s.substr(0, slash);
    s = slash == std::string_view::npos ? std::string_view{} : s.substr(slash);
  }
  p.path = s;
  return p;
}

// RFC 3986 §5.2.4.
std::string remove_dot_segments(std::string_view in) {
  std::string out;
  while (!in.empty()) {
    if (in.starts_with("../")) {
      in.remove_prefix(3);
    } else if (in.starts_with("./")) {
      in.remove_prefix(2);
    } else if (in.starts_with("/./")) {
      in.remove_prefix(2);
    } else if (in == "/.") {
      in = "/";
    } else if (in.starts_with("/../") || in == "/..") {
      in = in.size() == 3 ? std::string_view("/") : in.substr(3);
      auto last = out.rfind('/');
      out.erase(last == std::string::npos ? 0 : last);
    } else if (in == "." || in == "..") {
      in = {};
    } else {
      auto next = in.find('/', in[0] == '/' ? 1 : 0);
      auto seg = in.substr(0, next);
      out += seg;
      in.remove_prefix(seg.size());
    }
  }
  return out;
}

std::string merge(const Parts& base, std::string_view ref_path) {
  if (base.has_authority && base.path.empty()) return "/" + std::string(ref_path);
  auto last = base.path.rfind('/');
  if (last == std::string_view::npos) return std::string(ref_path);
  return std::string(base.path.substr(0, last + 1)) + std::string(ref_path);
}

std::string recompose(std::string_view scheme, bool has_authority, std::string_view authority,
                      std::string_view path, bool has_query, std::string_view query,
                      bool has_fragment, std::string_view fragment) {
  std::string out;
  if (!scheme.empty()) {
    out += scheme;
    out += ':';
  }
  if (has_authority) {
    out += "//";
    out += authority;
  }
  out += path;
  if (has_query) {
    out += '?';
    out += query;
  }
  if (has_fragment) {
    out += '#';
    out += fragment;
  }
  return out;
}

}  // namespace

std::string resolve(std::string_view base_s, std::string_view ref_s) {
  const Parts r = parse(ref_s);
  const Parts b = parse(base_s);
  if (r.has_scheme) {
    return recompose(r.scheme, r.has_authority, r.authority, remove_dot_segments(r.path),
                     r.has_query, r.query, r.has_fragment, r.fragment);
  }
  if (r.has_authority) {
    return recompose(b.scheme, true, r.authority, remove_dot_segments(r.path), r.has_query, r.query,
                     r.has_fragment, r.fragment);
  }
  if (r.path.empty()) {
    return recompose(b.scheme, b.has_authority, b.authority, b.path, r.has_query || b.has_query,
                     r.has_query ? r.query : b.query, r.has_fragment, r.fragment);
  }
  std::string path =
      r.path.starts_with('/') ? remove_dot_segments(r.path) : remove_dot_segments(merge(b, r.path));
  return recompose(b.scheme, b.has_authority, b.authority, path, r.has_query, r.query,
                   r.has_fragment, r.fragment);
}

Split split_fragment(std::string_view s) {
  auto hash = s.find('#');
  if (hash == std::string_view::npos) return {s, {}, false};
  return {s.substr(0, hash), s.substr(hash + 1), true};
}

std::string percent_decode(std::string_view s) {
  auto hex = [](char c) -> int {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
  };
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '%' && i + 2 < s.size() && hex(s[i + 1]) >= 0 && hex(s[i + 2]) >= 0) {
      out += static_cast<char>(hex(s[i + 1]) * 16 + hex(s[i + 2]));
      i += 2;
    } else {
      out += s[i];
    }
  }
  return out;
}

}  // namespace sallyport::json_schema::uri
