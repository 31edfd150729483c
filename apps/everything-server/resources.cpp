// Resources: resources-list, resources-read-text, resources-read-binary,
// resources-templates-read, resources-(un)subscribe, caching, and completion of the template's
// {id}. Unknown URIs get the SDK's resource-not-found error (sep-2164-resource-not-found).
#include "fixtures.hpp"

namespace everything {

using sallyport::Context;
using sallyport::ReadResourceResult;

namespace {

ReadResourceResult text_result(const std::string& uri, std::string mime, std::string text) {
  ReadResourceResult r;
  r.contents.push_back(sallyport::TextResourceContents{uri, std::move(mime), std::move(text), {}});
  return r;
}

}  // namespace

void register_resources(sallyport::Server& server) {
  server.resource("test://static-text", "Static text")
      .description("A fixed text resource")
      .mime_type("text/plain")
      .text("This is the content of the static text resource.");

  server.resource("test://static-binary", "Static binary")
      .description("A fixed binary resource (a 1x1 PNG image)")
      .mime_type("image/png")
      .read([](const std::string& uri, Context&) {
        ReadResourceResult r;
        r.contents.push_back(sallyport::BlobResourceContents{uri, "image/png", kPngBase64, {}});
        return r;
      });

  // Subscribable (resources/subscribe in 2025-11-25, subscriptions/listen in 2026-07-28).
  server.resource("test://watched-resource", "Watched resource")
      .description("A resource clients can subscribe to")
      .mime_type("text/plain")
      .text("Watched resource content");

  server.resource_template("test://template/{id}/data")
      .name("Template data")
      .description("Data for any id, with the id substituted")
      .mime_type("application/json")
      .complete("id",
                [](const sallyport::CompleteParams& p, Context&) {
                  return complete_prefix({"1", "2", "3", "123", "456"}, p.argument_value);
                })
      .read([](const std::string& uri, const sallyport::UriParams& params, Context&) {
        const std::string& id = params.at("id");
        sallyport::JsonObject data{
            {"id", id}, {"templateTest", true}, {"data", "Data for ID: " + id}};
        return text_result(uri, "application/json", boost::json::serialize(data));
      });
}

}  // namespace everything
