// Mutual-TLS client authentication (RFC 8705) against a small TLS authorization server on
// 127.0.0.1 that demands a client certificate: the client presents its certificate, uses the
// server's mTLS token endpoint alias, identifies itself by client_id alone (no secret), and a
// client without the certificate cannot even connect. Certificates are made per run with the
// openssl command.
#include <gtest/gtest.h>

#include <sys/socket.h>
#include <atomic>
#include <boost/asio.hpp>
#include <boost/asio/ssl.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/beast/ssl.hpp>
#include <boost/json.hpp>

#include <cstdlib>
#include <filesystem>
#include <mutex>
#include <thread>

#include "sallyport/oauth/authorizer.hpp"

namespace sallyport::oauth {
namespace {

namespace asio = boost::asio;
namespace ssl = boost::asio::ssl;
namespace beast = boost::beast;
namespace bhttp = boost::beast::http;

std::filesystem::path make_dir() {
  auto dir = std::filesystem::path(::testing::TempDir()) /
             ("sallyport-mtls-" + std::to_string(::getpid()));
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  return dir;
}

// A self-signed P-256 certificate for `subject`, valid for 127.0.0.1.
bool make_certificate(const std::filesystem::path& dir, const std::string& name) {
  std::string cmd =
      "openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -days 1"
      " -subj /CN=" +
      name + " -addext subjectAltName=IP:127.0.0.1 -keyout " + (dir / (name + ".key")).string() +
      " -out " + (dir / (name + ".pem")).string() + " >/dev/null 2>&1";
  return std::system(cmd.c_str()) == 0;
}

// The authorization server: metadata, and a token endpoint only under the mTLS alias, which
// answers only a caller whose certificate the handshake verified.
class MtlsServer {
 public:
  MtlsServer(const std::filesystem::path& dir) : tls_(ssl::context::tls_server) {
    tls_.use_certificate_chain_file((dir / "server.pem").string());
    tls_.use_private_key_file((dir / "server.key").string(), ssl::context::pem);
    tls_.load_verify_file((dir / "client.pem").string());
    tls_.set_verify_mode(ssl::verify_peer | ssl::verify_fail_if_no_peer_cert);
    acceptor_.open(asio::ip::tcp::v4());
    acceptor_.bind({asio::ip::make_address("127.0.0.1"), 0});
    acceptor_.listen();
    port_ = acceptor_.local_endpoint().port();
    thread_ = std::thread([this] { serve(); });
  }
  ~MtlsServer() {
    stop_ = true;
    // A blocking accept() is not woken by close() from another thread: connect to end it.
    boost::system::error_code ec;
    asio::ip::tcp::socket wake(io_);
    wake.connect({asio::ip::make_address("127.0.0.1"), port_}, ec);
    thread_.join();
    acceptor_.close(ec);
  }
  std::string base() const { return "https://127.0.0.1:" + std::to_string(port_); }
  std::string token_form() {
    std::lock_guard lock(mutex_);
    return token_form_;
  }

 private:
  void serve() {
    while (!stop_) {
      boost::system::error_code ec;
      asio::ip::tcp::socket socket(io_);
      acceptor_.accept(socket, ec);
      if (ec || stop_) return;
      timeval limit{5, 0};  // bounded: a stuck peer must not hang the test
      ::setsockopt(socket.native_handle(), SOL_SOCKET, SO_RCVTIMEO, &limit, sizeof limit);
      beast::ssl_stream<asio::ip::tcp::socket> stream(std::move(socket), tls_);
      stream.handshake(ssl::stream_base::server, ec);
      if (ec) continue;  // no or the wrong client certificate
      // One request per connection: this server serves connections one at a time, and a
      // client holding a keep-alive connection idle would otherwise block the next one.
      beast::flat_buffer buffer;
      bhttp::request<bhttp::string_body> req;
      bhttp::read(stream, buffer, req, ec);
      if (ec) continue;
      bhttp::response<bhttp::string_body> res{bhttp::status::ok, req.version()};
      res.set(bhttp::field::content_type, "application/json");
      res.keep_alive(false);
      res.body() = answer(req, res);
      res.prepare_payload();
      bhttp::write(stream, res, ec);
      stream.shutdown(ec);
    }
  }

  std::string answer(const bhttp::request<bhttp::string_body>& req,
                     bhttp::response<bhttp::string_body>& res) {
    std::string target(req.target());
    if (target == "/.well-known/oauth-protected-resource/mcp")
      return boost::json::serialize(
          boost::json::object{{"resource", base() + "/mcp"}, {"authorization_servers", {base()}}});
    if (target == "/.well-known/oauth-authorization-server")
      return boost::json::serialize(boost::json::object{
          {"issuer", base()},
          {"token_endpoint", base() + "/token"},
          {"mtls_endpoint_aliases", {{"token_endpoint", base() + "/mtls/token"}}},
          {"token_endpoint_auth_methods_supported", {"tls_client_auth"}},
          {"grant_types_supported", {"client_credentials"}}});
    if (target == "/mtls/token") {
      std::lock_guard lock(mutex_);
      token_form_ = req.body();
      return R"({"access_token":"cert-bound-token","token_type":"Bearer","expires_in":600})";
    }
    res.result(bhttp::status::not_found);
    return R"({"error":"not_found"})";
  }

  asio::io_context io_;
  ssl::context tls_;
  asio::ip::tcp::acceptor acceptor_{io_};
  std::uint16_t port_ = 0;
  std::atomic<bool> stop_{false};
  std::thread thread_;
  std::mutex mutex_;
  std::string token_form_;
};

class MutualTls : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = make_dir();
    if (!make_certificate(dir_, "server") || !make_certificate(dir_, "client"))
      GTEST_SKIP() << "the openssl command is not available to make test certificates";
    server_ = std::make_unique<MtlsServer>(dir_);
  }
  AuthorizerOptions options(bool with_certificate) {
    AuthorizerOptions o;
    o.grant = Grant::kClientCredentials;
    o.client_id = "mtls-workload";
    o.ca_file = (dir_ / "server.pem").string();
    if (with_certificate) {
      o.tls_certificate_file = (dir_ / "client.pem").string();
      o.tls_private_key_file = (dir_ / "client.key").string();
    }
    o.timeout = std::chrono::seconds(5);
    return o;
  }
  std::filesystem::path dir_;
  std::unique_ptr<MtlsServer> server_;
};

TEST_F(MutualTls, TheCertificateAuthenticatesTheClientAtTheAliasEndpoint) {
  Authorizer authorizer(server_->base() + "/mcp", options(true));
  auto signed_in = authorizer.sign_in();
  ASSERT_TRUE(signed_in) << signed_in.error();
  http::Headers headers;
  std::uint64_t generation = 0;
  authorizer.authorize("POST", server_->base() + "/mcp", headers, generation);
  EXPECT_EQ(headers.get("Authorization").value_or(""), "Bearer cert-bound-token");
  auto form = server_->token_form();
  EXPECT_NE(form.find("grant_type=client_credentials"), std::string::npos) << form;
  EXPECT_NE(form.find("client_id=mtls-workload"), std::string::npos) << form;
  EXPECT_EQ(form.find("client_secret"), std::string::npos) << form;
  EXPECT_EQ(form.find("client_assertion"), std::string::npos) << form;
}

TEST_F(MutualTls, WithoutTheCertificateNothingIsObtained) {
  Authorizer authorizer(server_->base() + "/mcp", options(false));
  auto signed_in = authorizer.sign_in();
  ASSERT_FALSE(signed_in);
  EXPECT_NE(signed_in.error().find("cannot reach"), std::string::npos) << signed_in.error();
  EXPECT_TRUE(server_->token_form().empty());
}

}  // namespace
}  // namespace sallyport::oauth
