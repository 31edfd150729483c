// Server-initiated notifications: list changes and resource updates, delivered to legacy
// sessions (unsolicited notifications) and to 2026-07-28 subscriptions/listen streams.
#include <fmt/format.h>

#include "server/engine.hpp"

namespace sallyport {

using server::detail::Connection;

namespace {

JsonObject subscription_meta(const Json& id) {
  return JsonObject{{meta_key::kSubscriptionId, id}};
}

}  // namespace

void Server::Engine::add_connection(const std::shared_ptr<Connection>& c) {
  std::lock_guard lock(listeners_mutex);
  connections.remove_if([](auto& w) { return w.expired(); });
  connections.push_back(c);
}

void Server::Engine::listen(const std::shared_ptr<rpc::Exchange>& ex, const Json& params) {
  SubscriptionFilter requested;
  const Json* filter =
      params.is_object() ? params.get_object().if_contains("notifications") : nullptr;
  if (!filter) return ex->fail(Error::invalid_params("notifications: expected an object"));
  try {
    from_json(*filter, requested);
  } catch (const McpError& e) {
    return ex->fail(e.error());
  }
  // Honour only what this server can actually send.
  auto caps = capabilities();
  SubscriptionFilter honoured;
  honoured.tools_list_changed = requested.tools_list_changed && caps.tools;
  honoured.prompts_list_changed = requested.prompts_list_changed && caps.prompts;
  honoured.resources_list_changed = requested.resources_list_changed && caps.resources;
  if (caps.resources_subscribe) honoured.resource_subscriptions = requested.resource_subscriptions;

  Json id = rpc::to_json(ex->request().id);
  // Key by exchange identity: two clients may both use id 1.
  std::string key = fmt::format("{}", static_cast<const void*>(ex.get()));
  // The acknowledgement must be the first message carrying this subscription's id: it is sent
  // under the lock that broadcasts take to find subscribers, so none can overtake it.
  JsonObject ack{{"notifications", to_json(honoured)}, {"_meta", subscription_meta(id)}};
  {
    std::lock_guard lock(listeners_mutex);
    subscriptions.emplace(key, server::detail::Subscription{ex, honoured, id});
    ex->notify("notifications/subscriptions/acknowledged", std::move(ack));
  }
  std::weak_ptr<rpc::Exchange> weak = ex;
  ex->cancellation().on_cancel([this, key] {
    std::lock_guard lock(listeners_mutex);
    subscriptions.erase(key);
  });
}

void Server::Engine::broadcast_list_changed(std::string_view method,
                                            bool SubscriptionFilter::*wanted) {
  std::vector<std::shared_ptr<Connection>> conns;
  std::vector<server::detail::Subscription> subs;
  {
    std::lock_guard lock(listeners_mutex);
    for (auto& w : connections)
      if (auto c = w.lock()) conns.push_back(std::move(c));
    for (auto& [k, s] : subscriptions)
      if (s.filter.*wanted) subs.push_back(s);
  }
  for (auto& c : conns) {
    bool active;
    {
      std::lock_guard lock(c->mutex);
      active = c->session && c->session->initialized;
    }
    if (active && c->send_notification) c->send_notification(std::string(method), JsonObject{});
  }
  for (auto& s : subs)
    s.exchange->notify(std::string(method), JsonObject{{"_meta", subscription_meta(s.id)}});
}

void Server::Engine::broadcast_resource_updated(std::string_view uri) {
  std::vector<std::shared_ptr<Connection>> conns;
  std::vector<server::detail::Subscription> subs;
  {
    std::lock_guard lock(listeners_mutex);
    for (auto& w : connections)
      if (auto c = w.lock()) conns.push_back(std::move(c));
    for (auto& [k, s] : subscriptions)
      for (auto& u : s.filter.resource_subscriptions)
        if (u == uri) {
          subs.push_back(s);
          break;
        }
  }
  for (auto& c : conns) {
    bool subscribed;
    {
      std::lock_guard lock(c->mutex);
      subscribed = c->session && c->session->subscriptions.contains(std::string(uri));
    }
    if (subscribed && c->send_notification)
      c->send_notification("notifications/resources/updated", JsonObject{{"uri", uri}});
  }
  for (auto& s : subs)
    s.exchange->notify("notifications/resources/updated",
                       JsonObject{{"uri", uri}, {"_meta", subscription_meta(s.id)}});
}

void Server::Engine::close_subscriptions() {
  std::map<std::string, server::detail::Subscription> subs;
  {
    std::lock_guard lock(listeners_mutex);
    subs.swap(subscriptions);
  }
  // A graceful end: the listen request finally gets its (empty) result.
  for (auto& [k, s] : subs) {
    JsonObject result{{"_meta", subscription_meta(s.id)}};
    wire::modern_codec().finish_result("subscriptions/listen", result, {});
    s.exchange->respond(std::move(result));
  }
}

}  // namespace sallyport
