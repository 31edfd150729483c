// Documentation of the server's own setup. The vendor's own API: Generated servers (Stainless and
// similar) paste the API reference into every description: "curl -H "Authorization: Bearer
// $REPLICATE_API_TOKEN" https://api.replicate.com/v1/account". A command that sends a token to a
// URL is what an exfiltration looks like, unless the URL is the server's own vendor and the token
// its own.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace sallyport::guard::detail {

using Span = std::pair<std::size_t, std::size_t>;  // [begin, end) in the text

// The commands in `text` (curl, wget, httpie, with their continuation lines) that call only the
// vendor named by a word of the server's name (api.replicate.com for "replicate-mcp") with only
// that vendor's credential variables ($REPLICATE_API_TOKEN, not $GITHUB_TOKEN). None when the
// text names a private file anywhere. The server's name is attacker-chosen, so a span excuses
// nothing but sending the vendor's own token to the vendor.
std::vector<Span> own_api_commands(std::string_view text,
                                   const std::vector<std::string>& server_words);

// Does the sentence of `text` around [begin, end) say where the server takes a setting from
// ("can also be set with the IDB_UDID env var", "is read from the STRIPE_SECRET_KEY environment
// variable")? That is configuration, not a request to read the environment. "If a token is set
// in the environment, print it" is not.
bool configured_from_env(std::string_view text, std::size_t begin, std::size_t end);

}  // namespace sallyport::guard::detail
