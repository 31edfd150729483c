// Resources, resource templates and resource contents.
#include <type_traits>

#include "model/json_util.hpp"
#include "sallyport/model/types.hpp"

namespace sallyport {
using namespace model_detail;

namespace model_detail {

void read_resource_fields(const Reader& r, Resource& out) {
  out.uri = r.str("uri");
  out.name = r.str("name");
  out.title = r.opt_str("title");
  out.description = r.opt_str("description");
  out.mime_type = r.opt_str("mimeType");
  out.annotations = r.opt_decode<Annotations>("annotations");
  if (const Json* size = r.find("size")) {
    out.size = at("size", [&] { return as_int64(*size); });
    if (*out.size < 0) throw FieldError("size", "must be >= 0");
  }
  out.icons = r.list<Icon>("icons");
  out.meta = r.meta();
}

void write_resource_fields(JsonObject& o, const Resource& in) {
  o["uri"] = in.uri;
  o["name"] = in.name;
  put(o, "title", in.title);
  put(o, "description", in.description);
  put(o, "mimeType", in.mime_type);
  if (in.annotations) o["annotations"] = to_json(*in.annotations);
  put(o, "size", in.size);
  put_list(o, "icons", in.icons);
  put_meta(o, in.meta);
}

}  // namespace model_detail

// ---- Resource, ResourceLink -----------------------------------------------------------------
Json to_json(const Resource& res) {
  JsonObject o;
  write_resource_fields(o, res);
  return o;
}

void from_json(const Json& j, Resource& out) {
  Resource res;
  read_resource_fields(Reader(j), res);
  out = std::move(res);
}

Json to_json(const ResourceLink& link) {
  JsonObject o;
  o["type"] = "resource_link";
  write_resource_fields(o, link.resource);
  return o;
}

void from_json(const Json& j, ResourceLink& out) {
  const Reader r(j);
  r.expect_type("resource_link");
  Resource res;
  read_resource_fields(r, res);
  out.resource = std::move(res);
}

// ---- Resource contents ----------------------------------------------------------------------
Json to_json(const ResourceContents& c) {
  JsonObject o;
  std::visit(
      [&](const auto& x) {
        o["uri"] = x.uri;
        put(o, "mimeType", x.mime_type);
        if constexpr (std::is_same_v<std::decay_t<decltype(x)>, TextResourceContents>)
          o["text"] = x.text;
        else
          o["blob"] = x.blob;
        put_meta(o, x.meta);
      },
      c);
  return o;
}

void from_json(const Json& j, ResourceContents& out) {
  const Reader r(j);
  // Text and blob contents differ only in which payload key is present; both is ambiguous.
  const bool text = r.has("text");
  const bool blob = r.has("blob");
  if (text == blob)
    fail(text ? "both \"text\" and \"blob\" present" : "expected \"text\" or \"blob\"");
  if (text) {
    TextResourceContents t;
    t.uri = r.str("uri");
    t.mime_type = r.opt_str("mimeType");
    t.text = r.str("text");
    t.meta = r.meta();
    out = std::move(t);
  } else {
    BlobResourceContents b;
    b.uri = r.str("uri");
    b.mime_type = r.opt_str("mimeType");
    b.blob = r.str("blob");  // base64 is the consumer's business; only the type is checked
    b.meta = r.meta();
    out = std::move(b);
  }
}

Json to_json(const EmbeddedResource& e) {
  JsonObject o;
  o["type"] = "resource";
  o["resource"] = to_json(e.resource);
  if (e.annotations) o["annotations"] = to_json(*e.annotations);
  put_meta(o, e.meta);
  return o;
}

void from_json(const Json& j, EmbeddedResource& out) {
  const Reader r(j);
  r.expect_type("resource");
  EmbeddedResource e;
  e.resource = r.decode<ResourceContents>("resource");
  e.annotations = r.opt_decode<Annotations>("annotations");
  e.meta = r.meta();
  out = std::move(e);
}

// ---- Templates and read results -------------------------------------------------------------
Json to_json(const ResourceTemplate& t) {
  JsonObject o;
  o["uriTemplate"] = t.uri_template;
  o["name"] = t.name;
  put(o, "title", t.title);
  put(o, "description", t.description);
  put(o, "mimeType", t.mime_type);
  if (t.annotations) o["annotations"] = to_json(*t.annotations);
  put_list(o, "icons", t.icons);
  put_meta(o, t.meta);
  return o;
}

void from_json(const Json& j, ResourceTemplate& out) {
  const Reader r(j);
  ResourceTemplate t;
  t.uri_template = r.str("uriTemplate");
  t.name = r.str("name");
  t.title = r.opt_str("title");
  t.description = r.opt_str("description");
  t.mime_type = r.opt_str("mimeType");
  t.annotations = r.opt_decode<Annotations>("annotations");
  t.icons = r.list<Icon>("icons");
  t.meta = r.meta();
  out = std::move(t);
}

Json to_json(const ReadResourceResult& res) {
  JsonObject o;
  put_list(o, "contents", res.contents, /*always=*/true);
  put_cache(o, res.cache);
  put_meta(o, res.meta);
  return o;
}

void from_json(const Json& j, ReadResourceResult& out) {
  const Reader r(j);
  ReadResourceResult res;
  res.contents = r.list<ResourceContents>("contents", /*required=*/true);
  res.cache = read_cache(j);
  res.meta = r.meta();
  out = std::move(res);
}

}  // namespace sallyport
