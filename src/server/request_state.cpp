#include "server/request_state.hpp"

#include <openssl/crypto.h>
#include <openssl/hmac.h>
#include <openssl/rand.h>

#include <stdexcept>

namespace sallyport::server::detail {

namespace {

constexpr char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

std::string hmac_sha256(std::string_view key, std::string_view data) {
  unsigned char out[EVP_MAX_MD_SIZE];
  unsigned int len = 0;
  if (!HMAC(EVP_sha256(), key.data(), static_cast<int>(key.size()),
            reinterpret_cast<const unsigned char*>(data.data()), data.size(), out, &len))
    throw std::runtime_error("HMAC failed");
  return std::string(reinterpret_cast<char*>(out), len);
}

std::int64_t now_seconds() {
  return std::chrono::duration_cast<std::chrono::seconds>(
             std::chrono::system_clock::now().time_since_epoch())
      .count();
}

}  // namespace

std::string base64url_encode(std::string_view data) {
  std::string out;
  out.reserve((data.size() + 2) / 3 * 4);
  std::size_t i = 0;
  auto byte = [&](std::size_t k) {
    return static_cast<unsigned char>(data[k]);
  };
  for (; i + 2 < data.size(); i += 3) {
    unsigned v = (byte(i) << 16) | (byte(i + 1) << 8) | byte(i + 2);
    out += kAlphabet[(v >> 18) & 63];
    out += kAlphabet[(v >> 12) & 63];
    out += kAlphabet[(v >> 6) & 63];
    out += kAlphabet[v & 63];
  }
  if (data.size() - i == 1) {
    unsigned v = byte(i) << 16;
    out += kAlphabet[(v >> 18) & 63];
    out += kAlphabet[(v >> 12) & 63];
  } else if (data.size() - i == 2) {
    unsigned v = (byte(i) << 16) | (byte(i + 1) << 8);
    out += kAlphabet[(v >> 18) & 63];
    out += kAlphabet[(v >> 12) & 63];
    out += kAlphabet[(v >> 6) & 63];
  }
  return out;
}

std::expected<std::string, std::string> base64url_decode(std::string_view text) {
  auto value = [](char c) -> int {
    if (c >= 'A' && c <= 'Z') return c - 'A';
    if (c >= 'a' && c <= 'z') return c - 'a' + 26;
    if (c >= '0' && c <= '9') return c - '0' + 52;
    if (c == '-') return 62;
    if (c == '_') return 63;
    return -1;
  };
  while (!text.empty() && text.back() == '=') text.remove_suffix(1);
  if (text.size() % 4 == 1) return std::unexpected("bad base64url length");
  std::string out;
  out.reserve(text.size() * 3 / 4);
  unsigned acc = 0;
  int bits = 0;
  for (char c : text) {
    int v = value(c);
    if (v < 0) return std::unexpected("bad base64url character");
    acc = (acc << 6) | static_cast<unsigned>(v);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out += static_cast<char>((acc >> bits) & 0xFF);
    }
  }
  return out;
}

RequestSealer::RequestSealer(std::string key, std::chrono::seconds ttl)
    : key_(std::move(key)), ttl_(ttl) {
  if (key_.empty()) {
    key_.resize(32);
    if (RAND_bytes(reinterpret_cast<unsigned char*>(key_.data()), 32) != 1)
      throw std::runtime_error("cannot generate the requestState key");
  }
}

std::string RequestSealer::seal(const SealedContent& c) const {
  JsonObject payload{{"v", 1},
                     {"m", c.method},
                     {"t", c.target},
                     {"c", c.caller},
                     {"exp", now_seconds() + ttl_.count()},
                     {"a", c.answers},
                     {"s", c.user_state}};
  std::string body = base64url_encode(boost::json::serialize(payload));
  return body + "." + base64url_encode(hmac_sha256(key_, body));
}

std::expected<SealedContent, Error> RequestSealer::open(std::string_view token) const {
  auto invalid = [](std::string why) {
    return std::unexpected(Error::invalid_params("invalid requestState: " + std::move(why)));
  };
  if (token.size() > kMaxTokenBytes) return invalid("too large");
  auto dot = token.find('.');
  if (dot == std::string_view::npos) return invalid("malformed");
  std::string_view body = token.substr(0, dot);
  auto mac = base64url_decode(token.substr(dot + 1));
  if (!mac) return invalid("malformed");
  std::string expected = hmac_sha256(key_, body);
  if (mac->size() != expected.size() ||
      CRYPTO_memcmp(mac->data(), expected.data(), expected.size()) != 0)
    return invalid("integrity check failed");
  auto text = base64url_decode(body);
  if (!text) return invalid("malformed");
  boost::system::error_code ec;
  Json j = boost::json::parse(*text, ec);
  if (ec || !j.is_object()) return invalid("malformed");
  auto& o = j.get_object();
  auto* exp = o.if_contains("exp");
  if (!exp || !exp->is_int64() || exp->get_int64() < now_seconds()) return invalid("expired");
  SealedContent c;
  auto str = [&](const char* k) -> std::string {
    auto* v = o.if_contains(k);
    return v && v->is_string() ? std::string(v->get_string()) : std::string();
  };
  c.method = str("m");
  c.target = str("t");
  c.caller = str("c");
  if (auto* a = o.if_contains("a"); a && a->is_object()) c.answers = a->get_object();
  if (auto* s = o.if_contains("s"); s && s->is_object()) c.user_state = s->get_object();
  return c;
}

}  // namespace sallyport::server::detail
