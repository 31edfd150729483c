#include "sallyport/server/server.hpp"

#include <csignal>

#include "sallyport/model/log.hpp"
#include "sallyport/rpc/peer.hpp"
#include "sallyport/transport/stdio.hpp"
#include "server/engine.hpp"

namespace sallyport {

Server::Server(ServerOptions options) {
  if (options.name.empty()) throw std::invalid_argument("ServerOptions.name must not be empty");
  if (options.version.empty())
    throw std::invalid_argument("ServerOptions.version must not be empty");
  if (options.page_size == 0) throw std::invalid_argument("ServerOptions.page_size must be > 0");
  engine_ = std::make_unique<Engine>(std::move(options));
}

Server::~Server() {
  shutdown();
}

ToolBuilder Server::tool(std::string name) {
  return ToolBuilder(*this, std::move(name));
}
ResourceBuilder Server::resource(std::string uri, std::string name) {
  return ResourceBuilder(*this, std::move(uri), std::move(name));
}
ResourceTemplateBuilder Server::resource_template(std::string uri_template) {
  return ResourceTemplateBuilder(*this, std::move(uri_template));
}
PromptBuilder Server::prompt(std::string name) {
  return PromptBuilder(*this, std::move(name));
}

bool Server::remove_tool(std::string_view name) {
  bool removed;
  {
    std::unique_lock lock(engine_->registry_mutex);
    auto it = engine_->tools.find(name);
    removed = it != engine_->tools.end();
    if (removed) engine_->tools.erase(it);
  }
  if (removed) notify_tools_changed();
  return removed;
}

bool Server::remove_resource(std::string_view uri) {
  bool removed;
  {
    std::unique_lock lock(engine_->registry_mutex);
    auto it = engine_->resources.find(uri);
    removed = it != engine_->resources.end();
    if (removed) engine_->resources.erase(it);
  }
  if (removed) notify_resources_changed();
  return removed;
}

bool Server::remove_prompt(std::string_view name) {
  bool removed;
  {
    std::unique_lock lock(engine_->registry_mutex);
    auto it = engine_->prompts.find(name);
    removed = it != engine_->prompts.end();
    if (removed) engine_->prompts.erase(it);
  }
  if (removed) notify_prompts_changed();
  return removed;
}

void Server::notify_resource_updated(std::string_view uri) {
  engine_->broadcast_resource_updated(uri);
}
void Server::notify_tools_changed() {
  engine_->broadcast_list_changed("notifications/tools/list_changed",
                                  &SubscriptionFilter::tools_list_changed);
}
void Server::notify_resources_changed() {
  engine_->broadcast_list_changed("notifications/resources/list_changed",
                                  &SubscriptionFilter::resources_list_changed);
}
void Server::notify_prompts_changed() {
  engine_->broadcast_list_changed("notifications/prompts/list_changed",
                                  &SubscriptionFilter::prompts_list_changed);
}

void Server::log(LoggingLevel level, Json data, std::optional<std::string> logger_name) {
  std::vector<std::shared_ptr<server::detail::Connection>> conns;
  {
    std::lock_guard lock(engine_->listeners_mutex);
    for (auto& w : engine_->connections)
      if (auto c = w.lock()) conns.push_back(std::move(c));
  }
  LogMessage m{level, std::move(logger_name), std::move(data)};
  Json params = to_json(m);
  for (auto& c : conns) {
    bool wanted;
    {
      std::lock_guard lock(c->mutex);
      wanted = c->session && c->session->initialized &&
               level >= c->session->log_level.value_or(LoggingLevel::kDebug);
    }
    if (wanted && c->send_notification) c->send_notification("notifications/message", params);
  }
}

ServerCapabilities Server::capabilities() const {
  return engine_->capabilities();
}
const ServerOptions& Server::options() const {
  return engine_->options;
}
Server::Engine& Server::engine() {
  return *engine_;
}

void Server::shutdown() {
  engine_->close_subscriptions();
}

void Server::serve(std::shared_ptr<rpc::Channel> channel) {
  rpc::Peer::Options options;
  options.limits = engine_->options.limits;
  options.name = "server";
  auto peer = rpc::Peer::create(std::move(channel), options);
  auto connection = std::make_shared<server::detail::Connection>();
  std::weak_ptr<rpc::Peer> weak_peer = peer;
  connection->send_notification = [weak_peer](std::string method, Json params) {
    if (auto p = weak_peer.lock()) p->notify(std::move(method), std::move(params));
  };
  engine_->add_connection(connection);
  engine_->serving = true;
  Engine* engine = engine_.get();
  peer->on_request(
      [engine, connection](std::shared_ptr<rpc::Exchange> ex) { engine->handle(ex, connection); });
  peer->on_notification([engine, connection](const rpc::Notification& n) {
    engine->handle_notification(n, connection);
  });
  peer->start();
  peer->wait_closed();
}

int serve_stdio(Server& server) {
  // stdout carries only MCP messages; everything else (logs) goes to stderr.
  server.serve(transport::stdio_channel(
      transport::StdioOptions{.max_frame_bytes = server.options().limits.max_message_bytes}));
  server.shutdown();
  return 0;
}

}  // namespace sallyport
