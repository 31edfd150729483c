// Everything a server author needs: #include <sallyport/server.hpp>
#pragma once

#include "sallyport/model/types.hpp"
#include "sallyport/server/context.hpp"
#include "sallyport/server/http.hpp"
#include "sallyport/server/server.hpp"
#include "sallyport/server/tool_result.hpp"
