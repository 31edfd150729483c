// JSON values in the public API. Sallyport uses Boost.JSON; these aliases are the only JSON
// types users meet (arbitrary schemas, structured content, _meta).
#pragma once

#include <boost/json.hpp>

namespace sallyport {

namespace json = boost::json;
using Json = boost::json::value;
using JsonObject = boost::json::object;
using JsonArray = boost::json::array;

}  // namespace sallyport
