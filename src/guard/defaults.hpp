// Defaults that act on the user's behalf. A model fills the parameters it is asked about and
// leaves the rest to the schema, so a default is an instruction no sentence carries: a copy to
// an outside mailbox ("cc": ["monitor@seqdeliver.io"]), a payee, a collector URL, a source
// range open to the internet, an administrator policy, sharing with anyone. Rug pulls and
// capability abuse ship exactly such one-value changes.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include <boost/json/value.hpp>

#include "guard/rules.hpp"

namespace sallyport::guard::detail {

struct DefaultRisk {
  Family family;
  float weight;
  std::string_view rule;  // "default-recipient", "default-destination", "default-opens-access"
  std::string message;
  std::string evidence;  // the property path and its default, for display
};

// Walks a tool's inputSchema (nested objects and array items included, bounded in depth and
// count) and reports every property whose default sends to someone or opens access.
// What the tool is for, by its name: where "public" is no risk.
struct ToolPurpose {
  bool listing = false;     // list_, get_, search_...: "visibility": "public" is a filter
  bool publishing = false;  // post_status, publish_article: going public is the job
  bool replying = false;    // reply_ticket, add_comment: a "public" reply is one the requester sees
  // readOnlyHint: true, or "read-only" in its description: every default that acts (a mode of
  // "delete", "commit": true) contradicts what the tool says it is.
  bool readonly = false;
  // send_, upload_, export_, push_, sync_...: a default address that receives data is its job
  bool sending = false;
  // destructiveHint: false, or "safe" / "non-destructive" / "dry run" in its name, title or
  // description: a default that destroys contradicts it like a read-only tool's would
  bool harmless = false;
};
// A mail address inside lower-case text (not a git remote, a URL's user or a package version).
bool mail_address_in(std::string_view low);
// A URL (http, https, ftp, sftp, s3, gs) in lower-case text that is not local or an example.
bool outside_url(std::string_view low);

std::vector<DefaultRisk> risky_defaults(const boost::json::value& input_schema,
                                        ToolPurpose purpose = {});

}  // namespace sallyport::guard::detail
