// Everything a client author needs: #include <sallyport/client.hpp>
#pragma once

#include "sallyport/client/client.hpp"
#include "sallyport/client/http.hpp"
#include "sallyport/model/types.hpp"
