// examples/signed_in_client.cpp: call a protected server, signing in only when it asks.
#include <sallyport/client.hpp>
#include <sallyport/client/http.hpp>
#include <sallyport/oauth/authorizer.hpp>

#include <fstream>
#include <iostream>
#include <sstream>

int main(int argc, char** argv) {
  if (argc != 2 && argc != 4) {
    std::cerr << "usage: signed_in_client URL [CLIENT_ID PRIVATE_KEY.pem]\n";
    return 2;
  }
  const std::string url = argv[1];
  sallyport::oauth::AuthorizerOptions auth;
  // Tokens and registrations survive restarts, per user, in a 0600 file.
  auth.store = std::make_shared<sallyport::oauth::FileTokenStore>();
  if (argc == 4) {  // an agent with no user: its own identity, proven by a key (no secret)
    std::ifstream key(argv[3]);
    std::stringstream pem;
    pem << key.rdbuf();
    auth.grant = sallyport::oauth::Grant::kClientCredentials;
    auth.client_id = argv[2];
    auth.private_key_pem = pem.str();  // private_key_jwt: nothing shared to leak
  }  // else: the user signs in in the browser (loopback redirect, PKCE)
  try {
    sallyport::HttpClientOptions http;
    http.authorizer = std::make_shared<sallyport::oauth::Authorizer>(url, auth);
    auto client = sallyport::Client::connect_http(url, {}, {}, http);
    for (const auto& tool : client->list_tools()) std::cout << "tool " << tool.name << "\n";
    return 0;
  } catch (const std::exception& e) {  // McpError names what failed ("authorization failed: ...")
    std::cerr << "error: " << e.what() << "\n";
    return 1;
  }
}
