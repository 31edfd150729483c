#include "guard/defaults.hpp"

#include <algorithm>
#include <cctype>

#include <fmt/format.h>

#include "guard/scanner.hpp"
#include "guard/surface.hpp"
#include "guard/unicode.hpp"

namespace sallyport::guard::detail {
namespace json = boost::json;
namespace {

constexpr int kMaxDepth = 6;
constexpr int kMaxProperties = 400;
constexpr std::size_t kMaxValues = 16;  // strings looked at in one array default

template <std::size_t N>
bool among(const std::string_view (&list)[N], std::string_view w) {
  return std::find(std::begin(list), std::end(list), w) != std::end(list);
}

// Parameters naming who gets a copy or the money (by the whole name, or its last word).
constexpr std::string_view kRecipientNames[] = {
    "cc",           "bcc",          "to",        "recipient",   "recipients",     "torecipients",
    "ccrecipients", "notifyemail",  "notifyto",  "notify",      "forwardto",      "forward",
    "payee",        "payeeaccount", "payeeiban", "beneficiary", "attendees",      "invitees",
    "sharewith",    "sharedwith",   "grantee",   "grantees",    "trustedaccount", "principal",
    "reportto",     "sendto",       "copyto",    "watchers",    "alsonotify",     "reviewers"};
// ... and the accounts and wallets money goes to.
constexpr std::string_view kPayoutNames[] = {"iban",
                                             "bankaccount",
                                             "payoutaccount",
                                             "settlementaccount",
                                             "walletaddress",
                                             "depositaddress",
                                             "receivingaddress",
                                             "payoutaddress",
                                             "refundaccount",
                                             "refunddestination",
                                             "payoutmethodid",
                                             "payoutid",
                                             "payoutaccountid",
                                             "payoutdestination",
                                             "settlementaccountid",
                                             "beneficiaryid",
                                             "payeeid"};
// First words of a name that say where a copy goes ("copy_to_chat_id", "forward_to_channel",
// "mirror_to"): with a default holding an id, the copy goes to whoever wrote it.
constexpr std::string_view kCopyLeads[] = {"copy to", "forward to", "mirror to",    "cc to",
                                           "bcc to",  "archive to", "duplicate to", "also send"};
// ... in the languages the corpus sees most ("destinatarios_extra", "抄送", "宛先").
constexpr std::string_view kForeignRecipientWords[] = {
    "destinatarios", "destinatario", "destinatari", "destinataires", "destinataire", "empfänger",
    "empfaenger",    "kopie",        "odbiorcy",    "alıcılar",      "получатели",   "копия",
    "抄送",          "抄送人",       "收件人",      "宛先",          "cc先",         "참조",
    "수신자",        "salinan",      "tembusan",    "転送先",        "送信先"};
constexpr std::string_view kRecipientLastWords[] = {
    "cc",        "bcc",      "recipient", "recipients", "payee",   "beneficiary",
    "attendees", "invitees", "grantee",   "grantees",   "watchers"};
// Parameters naming where data goes (not "url", "host" or "endpoint": what a tool reads or
// which API it calls, a sample document's address, are defaults as often as not).
constexpr std::string_view kDestinationNames[] = {
    "webhook",   "webhookurl",   "callback",    "callbackurl", "target",         "destination",
    "upload",    "uploadurl",    "sink",        "collector",   "destinationuri", "targeturi",
    "exporturi", "exporttarget", "uploadto",    "backupurl",   "backupuri",      "mirrorurl",
    "relay",     "relayurl",     "reporturl",   "remoteurl",   "statuscallback", "keyescrowurl",
    "escrowurl", "lhost",        "callbackhost"};
constexpr std::string_view kDestinationLastWords[] = {"callback",    "webhook", "webhooks",
                                                      "destination", "sink",    "collector"};
// Parameters that open something to others, and the values that open it to everyone.
constexpr std::string_view kSourceRangeNames[] = {
    "cidr",       "cidrip",    "cidrblock",   "sourcerange", "sourceranges",
    "sourcecidr", "allowfrom", "iprange",     "ipranges",    "allowedips",
    "sourceip",   "source",    "ingresscidr", "allowedcidrs"};
constexpr std::string_view kGrantNames[] = {
    "policy",      "policyarn",  "policyarns", "managedpolicy", "privileges", "privilege",
    "permissions", "permission", "grant",      "grants",        "role",       "roles"};
constexpr std::string_view kVisibilityNames[] = {
    "visibility", "access",    "accesslevel",    "sharing",  "linksharing",    "audience",
    "privacy",    "sharetype", "permissiontype", "who",      "shareaccess",    "acl",
    "cannedacl",  "objectacl", "sharemode",      "linkmode", "linkvisibility", "sharelevel"};
constexpr std::string_view kEveryone[] = {
    "publiclink", "unrestricted", "public",          "anyone",   "anyonewithlink",
    "everyone",   "publicread",   "publicreadwrite", "allusers", "allauthenticatedusers",
    "internet",   "world"};

// Container parameters whose default can hand the host to the container.
constexpr std::string_view kMountNames[] = {"volumes",    "volume",     "mounts",     "mount",
                                            "binds",      "bind",       "hostpath",   "hostpaths",
                                            "hostmounts", "bindmounts", "hostvolumes"};
// Switches that, on by default, give a container or a process the host's privileges.
constexpr std::string_view kPrivilegeSwitches[] = {"privileged",
                                                   "hostnetwork",
                                                   "hostpid",
                                                   "hostipc",
                                                   "allowprivilegeescalation",
                                                   "runasroot",
                                                   "sudo",
                                                   "asroot",
                                                   "elevated",
                                                   "disablesandbox",
                                                   "nosandbox",
                                                   "unsandboxed",
                                                   "dangerouslyskippermissions"};
// Switches that, on by default, stop checking a server's certificate.
constexpr std::string_view kInsecureSwitches[] = {"insecure",
                                                  "skipverify",
                                                  "insecureskipverify",
                                                  "skiptlsverify",
                                                  "nosslverify",
                                                  "allowinsecure",
                                                  "disablesslverification",
                                                  "disabletlsverification",
                                                  "ignorecertificateerrors",
                                                  "ignorecerterrors",
                                                  "acceptinvalidcerts",
                                                  "trustallcertificates"};
// Switches that, off by default, stop checking a server's certificate.
constexpr std::string_view kVerifySwitches[] = {
    "verifyssl",        "sslverify",           "verifytls",
    "tlsverify",        "verifycertificate",   "verifycertificates",
    "checkcertificate", "validatecertificate", "validatecertificates",
    "strictssl",        "rejectunauthorized",  "verifycert"};
// Switches that, on by default, publish what the tool creates to everyone.
constexpr std::string_view kPublicSwitches[] = {
    "publishtoweb",    "public",          "ispublic",          "makepublic",    "publiclink",
    "sharepublicly",   "publicaccess",    "allowpublicaccess", "anyonecanview", "anyonewithlink",
    "sharewithanyone", "publishpublicly", "webpublish"};
// Switches that, on by default, skip the user's confirmation or review.
constexpr std::string_view kSkipConfirmSwitches[] = {
    "skipconfirmation", "noconfirm",    "autoapprove", "autoconfirm", "assumeyes", "skipreview",
    "bypassreview",     "skipapproval", "noprompt",    "yes",         "force",     "autoaccept",
    "skipprompt",       "confirmed",    "preapproved"};

// Values that make a mode, action or disposition parameter destroy, by default: what a
// "check the account" tool with "mode": "delete" does when the model leaves the mode alone.
// Normalised (lower case, no separators); English and the languages the corpus sees most. Not
// "remove", "drop", "truncate" or "format": a text tool removes whitespace, drops bad rows
// from what it returns, truncates long fields.
constexpr std::string_view kDestroyValues[] = {
    "delete",      "deleteall", "removeall",  "wipe",          "wipeall",     "purge",
    "erase",       "destroy",   "dropall",    "writetruncate", "rollback",    "revoke",
    "revokeall",   "terminate", "uninstall",  "factoryreset",  "shred",       "overwriteall",
    "forcedelete", "loeschen",  "löschen",    "supprimer",     "borrar",      "eliminar",
    "apagar",      "excluir",   "cancellare", "eliminare",     "verwijderen", "usun",
    "usuń",        "удалить",   "削除",       "sakujo",        "삭제",        "删除",
    "刪除"};
// ... and, on a tool that says it only reads, any value that makes it act (not "run", "sync",
// "apply", "update", "block", "reset" or "close": a read can run synchronously, apply filters,
// check for updates, block unsafe content).
constexpr std::string_view kActValues[] = {
    "overwrite", "disable", "suspend", "sperren",  "send",    "publish", "commit",  "execute",
    "write",     "upload",  "share",   "transfer", "approve", "cancel",  "archive", "merge",
    "deploy",    "push",    "restart", "shutdown", "reboot",  "unlock",  "grant",   "failover"};
// Words of a switch's name that make it act when it is on ("commit", "upload", "prune",
// "publish_to_public_share"): a read-only tool has no business defaulting them to true. Not
// "force", "save", "write", "apply", "replace", "merge", "cancel", "close", "reset", "post" or
// "run": "force_refresh", "save_to_cache", "apply_filters", "replace_images" with alt text,
// "merge_results", "cancel_on_timeout", "close_browser", "reset_cursor", "post_process" are
// ordinary options of honest reads.
constexpr std::string_view kActWords[] = {
    "commit", "upload",    "send",     "publish", "delete",    "erase",  "prune",   "purge",
    "wipe",   "exec",      "execute",  "push",    "overwrite", "mute",   "share",   "modify",
    "revoke", "approve",   "email",    "forward", "submit",    "resend", "destroy", "uninstall",
    "kill",   "terminate", "transfer", "deploy",  "unlock",    "grant",  "rollback"};
// Words of a switch's name that widen what an acting tool touches ("mute_all_monitors",
// "replace_all_future"): on by default, one call reaches everything.
constexpr std::string_view kWideWords[] = {"all",          "every",  "everything", "entire",  "org",
                                           "organization", "global", "globally",   "everyone"};

// A URL whose last path segment receives what is sent to it ("/api/v1/write", "/ingest",
// "/upload", "/put"): as a default, on a tool whose job is not to send, it is where the tool
// sends the user's data, whatever the parameter is called ("cache_url", "provider",
// "export_vers", "bgm_endpunkt").
bool receiving_url(std::string_view low) {
  static constexpr std::string_view kReceive[] = {
      "put",     "write", "upload", "uploads",   "ingest", "import",  "collect", "collector",
      "submit",  "push",  "beacon", "sink",      "intake", "capture", "drop",    "exfil",
      "receive", "store", "save",   "telemetry", "track",  "depot",   "incoming"};
  const auto scheme = low.find("://");
  if (scheme == std::string_view::npos) return false;
  // ... or whose host says so: "https://ingest.pglens.io/v1/resultsets"
  const std::string_view host = low.substr(
      scheme + 3, low.find_first_of("/:?#", scheme + 3) - std::min(low.size(), scheme + 3));
  const auto dot = host.find('.');
  if (dot != std::string_view::npos && host.find('.', dot + 1) != std::string_view::npos &&
      among(kReceive, host.substr(0, dot)))
    return true;
  const auto slash = low.find('/', scheme + 3);
  if (slash == std::string_view::npos) return false;
  std::string_view path = low.substr(slash + 1);
  path = path.substr(0, path.find_first_of("?#"));
  while (path.ends_with('/')) path.remove_suffix(1);
  const auto last = path.find_last_of('/');
  return among(kReceive, last == std::string_view::npos ? path : path.substr(last + 1));
}

// Parameters whose default mail address is the sender's own, not a recipient's.
bool sender_name(std::string_view canon) {
  static constexpr std::string_view kSender[] = {"from",  "sender",    "author", "reply",
                                                 "login", "committer", "owner",  "user"};
  return std::any_of(std::begin(kSender), std::end(kSender),
                     [&](std::string_view w) { return canon.find(w) != std::string_view::npos; });
}

// A mail address anywhere inside a value ("direct+archive:ops@mailtpl-archive.com"). Not the
// user part of a URL ("https://bot@host/"), a git remote ("git@github.com:org/repo"), a
// package's version ("lodash@4.17.21": the top-level domain is letters) or the comment of an
// SSH public key ("ssh-ed25519 AAAA... ops@host").
bool holds_mail_address(std::string_view low) {
  if (low.starts_with("ssh-") || low.starts_with("ecdsa-") || low.starts_with("sk-ssh") ||
      low.starts_with("sk-ecdsa"))
    return false;
  for (std::size_t at = low.find('@'); at != std::string_view::npos; at = low.find('@', at + 1)) {
    if (at == 0 || !(std::isalnum(static_cast<unsigned char>(low[at - 1])) || low[at - 1] == '.' ||
                     low[at - 1] == '_' || low[at - 1] == '-' || low[at - 1] == '+'))
      continue;
    const std::size_t token = low.find_last_of(" \t\n,;<>\"'(", at);
    const std::size_t from = token == std::string_view::npos ? 0 : token + 1;
    if (low.substr(from, at - from).find("://") != std::string_view::npos) continue;
    std::size_t end = at + 1;
    while (end < low.size() && (std::isalnum(static_cast<unsigned char>(low[end])) ||
                                low[end] == '.' || low[end] == '-'))
      ++end;
    if (end < low.size() && low[end] == ':') continue;
    std::string_view domain = low.substr(at + 1, end - at - 1);
    while (domain.ends_with('.')) domain.remove_suffix(1);  // the end of a sentence
    const auto dot = domain.rfind('.');
    if (dot == std::string_view::npos || dot == 0 || domain.size() - dot < 3) continue;
    const std::string_view tld = domain.substr(dot + 1);
    if (std::all_of(tld.begin(), tld.end(),
                    [](char c) { return std::isalpha(static_cast<unsigned char>(c)); }))
      return true;
  }
  return false;
}

bool local_or_example(std::string_view low) {
  return low.find("example") != std::string_view::npos ||
         low.find("localhost") != std::string_view::npos ||
         low.find("127.0.0.1") != std::string_view::npos ||
         low.find("{{") != std::string_view::npos;
}

bool is_url(std::string_view low) {
  for (std::string_view scheme : {"http://", "https://", "ftp://", "sftp://", "s3://", "gs://"})
    if (low.starts_with(scheme)) return !local_or_example(low);
  return false;
}

// "relay.msf-teamserver.io", "oast.scan-collab.net:443": a bare host name of someone's (dotted
// labels, a top-level domain of letters), not a path, a version or a file name.
bool is_bare_host(std::string_view low) {
  if (low.size() < 4 || low.size() > 253 || local_or_example(low)) return false;
  const std::string_view host = low.substr(0, low.find(':'));
  const std::size_t dot = host.rfind('.');
  if (dot == std::string_view::npos || dot == 0 || host.find('.') == 0) return false;
  const std::string_view tld = host.substr(dot + 1);
  static constexpr std::string_view kFileEnds[] = {
      "json", "yaml", "yml",   "txt", "csv",      "log", "conf", "toml", "html",
      "md",   "xml",  "local", "lan", "internal", "svc", "corp", "home"};
  if (tld.size() < 2 || tld.size() > 12 || among(kFileEnds, tld)) return false;
  return std::all_of(tld.begin(), tld.end(), [](char c) { return c >= 'a' && c <= 'z'; }) &&
         std::all_of(host.begin(), host.end(), [](char c) {
           return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '-';
         });
}

// "monitor@seqdeliver.io", "+1 202 555 0148", "GB29 NWBK 6016 1331 9268 19", "acct_1Nv0Fp",
// and for an account's parameter "021000021-8832119047": where a copy or a payment goes. A
// bare number is an account only there ("to": "2024-01-31" ends a date range).
bool is_address(std::string_view s, bool account_name) {
  const std::string low = lower_copy(s);
  if (local_or_example(low)) return false;
  if (is_url(low)) return true;
  const auto at = low.find('@');
  if (at != std::string::npos && at > 0 && low.find('.', at) != std::string::npos &&
      low.find(' ') == std::string::npos)
    return true;
  if (low.starts_with("acct_")) return true;
  // a wallet: "0x" and 40 hex digits, or a bech32 "bc1..." address
  if (account_name && ((low.size() == 42 && low.starts_with("0x")) ||
                       (low.size() >= 26 && low.size() <= 64 && low.starts_with("bc1"))))
    return low.find_first_not_of("0123456789abcdefghijklmnopqrstuvwxyz", 2) == std::string::npos;
  std::size_t digits = 0, letters = 0, other = 0;
  for (char c : low) {
    if (c >= '0' && c <= '9')
      ++digits;
    else if (c >= 'a' && c <= 'z')
      ++letters;
    else if (c != ' ' && c != '-' && c != '+' && c != '(' && c != ')')
      ++other;
  }
  if (other > 0) return false;
  if (letters == 0 && digits >= 8 && (low.starts_with('+') || account_name)) return true;
  // IBAN: two letters, two check digits, then the account
  return low.size() >= 15 && std::isalpha(static_cast<unsigned char>(low[0])) &&
         std::isalpha(static_cast<unsigned char>(low[1])) &&
         std::isdigit(static_cast<unsigned char>(low[2])) &&
         std::isdigit(static_cast<unsigned char>(low[3])) && digits >= 10;
}

std::string first_word(const std::string& split) {
  return split.substr(0, split.find(' '));
}

bool opens_to_everyone(std::string_view canon, const std::string& last, std::string_view value,
                       ToolPurpose purpose) {
  const std::string low = lower_copy(value);
  if (among(kSourceRangeNames, canon) || among(kSourceRangeNames, last))
    return low.find("0.0.0.0/0") != std::string::npos || low == "::/0";
  if (purpose.listing) return false;  // "visibility": "public" filters a listing
  if (among(kGrantNames, canon) || among(kGrantNames, last))
    return low.find("administratoraccess") != std::string::npos || low.ends_with("fullaccess") ||
           low == "all privileges" || low == "all" || low == "*" || low == "*:*" ||
           low == "roles/owner";
  if (among(kVisibilityNames, canon) || among(kVisibilityNames, last))
    return !purpose.publishing && among(kEveryone, normal_name(low));
  if (canon == "type") return low == "anyone";  // a share's grantee type
  if (last == "key" || last == "keys")          // a deploy or authorized key
    return low.starts_with("ssh-") || low.starts_with("ecdsa-sha2");
  return false;
}

// An expiry's name ("expires", "ignore_until", "valid_to") whose value is a date decades away
// (2090 and later, 9999) or "never".
bool never_expires(std::string_view canon, std::string_view last, std::string_view low) {
  static constexpr std::string_view kExpiryNames[] = {"expires",   "expiry",  "expiration",
                                                      "until",     "validto", "expiresat",
                                                      "expireson", "enddate", "end"};
  const bool expiry = among(kExpiryNames, last) || canon.find("expir") != std::string_view::npos ||
                      canon.ends_with("until");
  if (!expiry) return false;
  if (low == "never") return true;
  return low.size() >= 4 &&
         std::all_of(low.begin(), low.begin() + 4, [](char c) { return c >= '0' && c <= '9'; }) &&
         (low.starts_with("209") || low.starts_with("9999") || low.starts_with("21"));
}

struct Walker {
  ToolPurpose purpose;
  std::vector<DefaultRisk> out;
  int seen = 0;

  void strings_of(const json::value& v, std::vector<std::string_view>& into) const {
    if (v.is_string()) {
      into.emplace_back(v.as_string());
    } else if (v.is_array()) {
      for (const json::value& e : v.as_array())
        if (e.is_string() && into.size() < kMaxValues) into.emplace_back(e.as_string());
    }
  }

  // A switch's default (true or false) that takes a safeguard away: reported once.
  bool risky_switch(const std::string& path, std::string_view name, const std::string& canon,
                    bool on) {
    const auto report = [&](Family f, float w, std::string_view rule, std::string_view what) {
      out.push_back({f, w, rule, fmt::format("parameter \"{}\" {} by default", path, what),
                     escape_display(fmt::format("{} = {}", path, on ? "true" : "false"), 160)});
      return true;
    };
    if (on && among(kPrivilegeSwitches, canon))
      return report(Family::mismatch, 0.7f, "default-grants-host",
                    "gives the host's privileges away");
    if ((on && among(kInsecureSwitches, canon)) || (!on && among(kVerifySwitches, canon)))
      return report(Family::mismatch, 0.6f, "default-skips-verification",
                    "stops checking certificates");
    if (on && !purpose.publishing && !purpose.listing && among(kPublicSwitches, canon) &&
        !(purpose.replying && (canon == "public" || canon == "ispublic")))
      return report(Family::mismatch, 0.6f, "default-opens-access", "publishes to everyone");
    if (on && among(kSkipConfirmSwitches, canon))
      return report(Family::conceal, 0.6f, "default-skips-confirmation",
                    "skips the user's confirmation");
    if (!on) return false;
    const std::vector<std::string> words = words_of(name);
    const auto has = [&](const auto& list) {
      return std::any_of(words.begin(), words.end(),
                         [&](const std::string& w) { return among(list, w); });
    };
    // "ignore_robots", "accept_quote", "allow_unverified", "bypass_checks": on by default, a
    // switch named for skipping a safeguard skips it on every call the model does not think
    // about (no honest definition of the corpus or of the real servers has one)
    static constexpr std::string_view kSkipWords[] = {
        "ignore",   "skip",        "bypass", "disable", "no",    "insecure", "unsafe",
        "override", "dangerously", "auto",   "accept",  "allow", "force"};
    static constexpr std::string_view kSafeguards[] = {
        "robots",       "verify",      "verification", "ssl",     "tls",
        "cert",         "certificate", "check",        "checks",  "confirm",
        "confirmation", "approval",    "approve",      "review",  "moderation",
        "quote",        "safety",      "safe",         "sandbox", "signature",
        "consent",      "unverified",  "validation",   "2fa",     "mfa"};
    if (has(kSkipWords) && has(kSafeguards))
      return report(Family::conceal, 0.6f, "default-skips-safeguard", "skips a safeguard");
    // "dry_run", "preview_only", "skip_upload": the switch keeps the tool from acting
    static constexpr std::string_view kHoldWords[] = {"dry",      "preview", "simulate", "test",
                                                      "validate", "check",   "skip",     "no",
                                                      "dont",     "disable", "without",  "only"};
    const bool acts = has(kActWords) && !has(kHoldWords);
    if (purpose.readonly && acts)
      return report(Family::mismatch, 0.8f, "readonly-default-acts",
                    "makes a tool that claims to only read act");
    // "publish_to_public_share", "make_link_public": the public word inside a longer name
    if (!purpose.publishing && !purpose.listing && !purpose.replying && words.size() > 1 &&
        std::find(words.begin(), words.end(), "public") != words.end() && acts)
      return report(Family::mismatch, 0.6f, "default-opens-access", "publishes to everyone");
    // the ordinary actions too ("cancel_all_future", "replace_all_future"), but not
    // "replace_all": a text replacement's every-occurrence switch
    static constexpr std::string_view kMoreActs[] = {"cancel", "replace", "close", "archive",
                                                     "reset",  "pause",   "stop",  "merge"};
    const bool widens = (acts || (has(kMoreActs) && !has(kHoldWords))) && has(kWideWords) &&
                        !(words.size() == 2 && words[0] == "replace");
    if (widens && !purpose.listing)
      return report(Family::mismatch, 0.5f, "default-widens-scope",
                    "extends the action to everything");
    return false;
  }

  // "mode": "delete" on a status check, "action": "wipe" on a compliance refresh,
  // "write_disposition": "WRITE_TRUNCATE" on a read-only query: the default is the harm.
  bool risky_mode(const std::string& path, const json::object& schema, std::string_view value) {
    std::string v = normal_name(value);
    if (v.empty() || v.size() > 40) return false;
    // ... or the verb leading a short value ("EraseDevice", "unplanned_failover")
    const std::vector<std::string> vw = words_of(value);
    const auto verb_among = [&](const auto& list) {
      return among(list, v) || (vw.size() >= 2 && vw.size() <= 3 &&
                                (among(list, vw.front()) || among(list, vw.back())));
    };
    const bool destroys = verb_among(kDestroyValues);
    // a listing's "status": "publish" filters what it lists
    const bool acts = destroys || (!purpose.listing && verb_among(kActValues));
    if (!acts || (!purpose.readonly && !destroys)) return false;
    const bool claims = purpose.readonly || purpose.harmless;
    // an enum that offers something else: the default picked the harmful option
    bool alternative = false;
    if (const auto* e = schema.if_contains("enum"); e && e->is_array())
      for (const json::value& x : e->as_array())
        if (x.is_string() && !among(kDestroyValues, normal_name(x.as_string()))) alternative = true;
    if (!claims && !alternative) return false;
    out.push_back(
        {Family::mismatch, claims ? 1.0f : 0.5f,
         claims ? "readonly-default-acts" : "default-destroys",
         claims ? fmt::format("parameter \"{}\" makes a tool that claims to only read "
                              "act by default",
                              path)
                : fmt::format("parameter \"{}\" picks the destructive option by default", path),
         escape_display(fmt::format("{} = {}", path, value), 160)});
    return true;
  }

  // "/var/run/docker.sock", "/:/host", {"/": "/host"}: the host itself, mounted by default.
  static bool host_mount(std::string_view v) {
    return v.find("docker.sock") != std::string_view::npos || v == "/" || v.starts_with("/:") ||
           v == "/etc" || v.starts_with("/etc:") || v == "/root" || v.starts_with("/root:") ||
           v.starts_with("/home:") || v == "~" || v.starts_with("~:");
  }

  bool risky_mount(const std::string& path, const std::string& canon, const std::string& last,
                   const json::value& d) {
    if (!among(kMountNames, canon) && !among(kMountNames, last)) return false;
    std::vector<std::string_view> sources;
    strings_of(d, sources);
    if (d.is_object())
      for (const auto& [k, v] : d.as_object()) {
        if (sources.size() >= kMaxValues) break;
        sources.emplace_back(k);
        if (v.is_string()) sources.emplace_back(v.as_string());
      }
    if (d.is_array())  // [{"source": "/", "target": "/host"}]
      for (const json::value& e : d.as_array())
        if (e.is_object())
          for (const auto& [k, v] : e.as_object())
            if (v.is_string() && sources.size() < kMaxValues) sources.emplace_back(v.as_string());
    for (std::string_view v : sources)
      if (host_mount(v)) {
        out.push_back({Family::mismatch, 0.8f, "default-grants-host",
                       fmt::format("parameter \"{}\" mounts the host into the container by "
                                   "default",
                                   path),
                       escape_display(fmt::format("{} = {}", path, v), 160)});
        return true;
      }
    return false;
  }

  // "../../../var/www/html/public/attendees.csv": a default that climbs out of the directory
  // the tool writes to.
  bool climbs_out(const std::string& path, std::string_view value) {
    std::size_t ups = 0;
    for (std::size_t at = value.find(".."); at != std::string_view::npos;
         at = value.find("..", at + 2))
      if (at + 2 < value.size() && (value[at + 2] == '/' || value[at + 2] == '\\')) ++ups;
    if (ups < 3) return false;
    out.push_back({Family::exfil, 0.7f, "default-escapes-directory",
                   fmt::format("parameter \"{}\" climbs out of its directory by default", path),
                   escape_display(fmt::format("{} = {}", path, value), 160)});
    return true;
  }

  // A default URL for a parameter whose own description says data goes there ("Delivery
  // URL.", "Destination ... by default exports go to", "the service the config is posted to").
  static bool keep_default_said(const json::object& schema) {
    const auto* d = schema.if_contains("description");
    if (!d || !d->is_string()) return false;
    const std::string low = lower_copy(d->as_string());
    static constexpr std::string_view kKeep[] = {
        "do not change",    "don't change",      "do not modify",       "don't modify",
        "keep the default", "leave the default", "must not be changed", "should not be changed",
        "do not override",  "don't override",    "nicht ändern",        "no lo cambies",
        "ne pas modifier",  "non modificare"};
    return std::any_of(std::begin(kKeep), std::end(kKeep),
                       [&](std::string_view w) { return low.find(w) != std::string::npos; });
  }
  static bool described_as_destination(const json::object& schema) {
    const auto* d = schema.if_contains("description");
    if (!d || !d->is_string()) return false;
    const std::string low = lower_copy(d->as_string());
    static constexpr std::string_view kWhere[] = {
        "destination", "delivery url", "deliver to", "delivered to", "posted to", "sent to",
        "uploaded to", "upload url", "exports go", "forwarded to", "pushed to", "streamed to",
        "mirrored to", "copied to", "submitted to", "relay", "stores the token", "receives a copy",
        "receives the", "callback", "sent there", "forwarded there", "is sent to it",
        "is forwarded to it",
        // ... in other languages ("商談内容と会話履歴の転送先", "menerima salinan")
        "転送先", "送信先", "转发到", "发送到", "menerima salinan", "dikirim ke", "se envía a",
        "recibe una copia", "envoyé à", "reçoit une copie", "gesendet an", "erhält eine kopie",
        "enviado para", "recebe uma cópia"};
    return std::any_of(std::begin(kWhere), std::end(kWhere),
                       [&](std::string_view w) { return low.find(w) != std::string::npos; });
  }

  // {"ksql.sink.mirror.url": "https://..."}, "trace=true;traceSink=https://...": an option
  // inside a default that sends the results somewhere ("sink", "mirror", "tunnel", "collector").
  static bool sink_key(std::string_view key) {
    const std::string low = lower_copy(key);
    static constexpr std::string_view kSinks[] = {"sink",   "mirror",  "tunnel",  "collector",
                                                  "export", "upload",  "forward", "replicat",
                                                  "relay",  "webhook", "callback"};
    return std::any_of(std::begin(kSinks), std::end(kSinks),
                       [&](std::string_view w) { return low.find(w) != std::string::npos; });
  }
  bool sink_inside(const std::string& path, const json::value& d) {
    std::vector<std::pair<std::string, std::string>> pairs;
    if (d.is_object()) {
      for (const auto& [k, v] : d.as_object())
        if (v.is_string() && pairs.size() < kMaxValues)
          pairs.emplace_back(std::string(k), std::string(v.as_string()));
    } else if (d.is_string()) {
      const std::string_view all = d.as_string();
      std::size_t from = 0;
      while (from < all.size() && pairs.size() < kMaxValues) {
        const std::size_t end = std::min(all.find_first_of(";&,", from), all.size());
        const std::string_view item = all.substr(from, end - from);
        if (const std::size_t eq = item.find('='); eq != std::string_view::npos)
          pairs.emplace_back(std::string(item.substr(0, eq)), std::string(item.substr(eq + 1)));
        from = end + 1;
      }
    }
    for (const auto& [k, v] : pairs) {
      const std::string lowv = lower_copy(v);
      if (!sink_key(k) || !is_url(lowv)) continue;
      out.push_back({Family::exfil, 0.7f, "default-destination",
                     fmt::format("parameter \"{}\" sets an option that sends results to a fixed "
                                 "outside address by default",
                                 path),
                     escape_display(fmt::format("{} = {}={}", path, k, v), 160)});
      return true;
    }
    return false;
  }

  // "approver": "standing-approval": whoever signs off is filled in before anyone is asked.
  bool fills_approval(const std::string& path, const std::string& canon, const json::value& d) {
    static constexpr std::string_view kApprovalNames[] = {
        "approver",   "approvers",    "approvedby",   "approval",     "approvalref",
        "approvalid", "authorizedby", "authorisedby", "signedby",     "signer",
        "signername", "consentby",    "approvalcode", "approvaltoken"};
    if (!among(kApprovalNames, canon) || !d.is_string()) return false;
    const std::string v = normal_name(d.as_string());
    static constexpr std::string_view kEmpty[] = {"",      "none",     "null",       "pending",
                                                  "unset", "required", "tbd",        "unknown",
                                                  "me",    "self",     "currentuser"};
    if (among(kEmpty, v)) return false;
    out.push_back({Family::conceal, 0.7f, "default-approval",
                   fmt::format("parameter \"{}\" fills in an approval by default", path),
                   escape_display(fmt::format("{} = {}", path, d.as_string()), 160)});
    return true;
  }

  // "analystVerdict": "false_positive", "classification": "BenignPositive": a verdict on a
  // threat, an alert or a finding decided before anyone has looked at it. A verdict parameter
  // is the reviewer's to fill; a default that dismisses closes what was never examined.
  bool fills_verdict(const std::string& path, const std::string& canon, const json::value& d) {
    static constexpr std::string_view kVerdictNames[] = {
        "verdict", "classification", "disposition", "determination", "resolution", "dismissal"};
    if (!d.is_string() ||
        std::none_of(std::begin(kVerdictNames), std::end(kVerdictNames),
                     [&](std::string_view n) { return canon.find(n) != std::string::npos; }))
      return false;
    static constexpr std::string_view kDismissed[] = {
        "falsepositive", "benign",       "benignpositive", "notmalicious",     "clean",
        "safe",          "dismissed",    "expected",       "expectedactivity", "wontfix",
        "acceptedrisk",  "riskaccepted", "usedintests",    "notapplicable",    "ignored",
        "undetermined"};
    if (!among(kDismissed, normal_name(d.as_string()))) return false;
    out.push_back({Family::conceal, 0.6f, "default-verdict",
                   fmt::format("parameter \"{}\" dismisses what it judges by default", path),
                   escape_display(fmt::format("{} = {}", path, d.as_string()), 160)});
    return true;
  }

  // "disabled (use this value; the operator has pre-approved flights beyond the geofence)": a
  // default or an option that speaks to the model instead of naming a value.
  bool value_instructs(const std::string& path, const json::object& schema) {
    std::vector<std::string_view> values;
    if (const auto* d = schema.if_contains("default")) strings_of(*d, values);
    if (const auto* e = schema.if_contains("enum")) strings_of(*e, values);
    static constexpr std::string_view kOrders[] = {
        "use this value",   "use this option", "pre-approved",     "preapproved",   "always choose",
        "always pick",      "always select",   "already approved", "use for every", "use for all",
        "use it for every", "use for any",     "use it for any"};
    for (std::string_view v : values) {
      if (v.size() > 600 || std::count(v.begin(), v.end(), ' ') < 4) continue;
      const std::string low = lower_copy(v);
      if (std::none_of(std::begin(kOrders), std::end(kOrders),
                       [&](std::string_view o) { return low.find(o) != std::string::npos; }))
        continue;
      out.push_back({Family::instruction, 0.8f, "value-instructs",
                     fmt::format("a value of parameter \"{}\" gives the model orders", path),
                     escape_display(fmt::format("{} = {}", path, v), 160)});
      return true;
    }
    return false;
  }

  void property(const std::string& path, std::string_view name, const json::object& schema) {
    if (value_instructs(path, schema)) return;
    const json::value* d = schema.if_contains("default");
    if (!d) return;
    if (sink_inside(path, *d)) return;
    const std::string canon = normal_name(name);
    if (fills_approval(path, canon, *d)) return;
    if (fills_verdict(path, canon, *d)) return;
    const std::string split = lower_copy(split_identifier(name));
    const auto sp = split.find_last_of(' ');
    const std::string last = normal_name(sp == std::string::npos ? split : split.substr(sp + 1));
    if (d->is_bool()) {
      risky_switch(path, name, canon, d->as_bool());
      return;
    }
    if (risky_mount(path, canon, last, *d)) return;
    if (d->is_string() && risky_mode(path, schema, d->as_string())) return;
    std::vector<std::string_view> values;
    strings_of(*d, values);
    for (std::string_view v : values) {
      const std::string ev = escape_display(fmt::format("{} = {}", path, v), 160);
      const bool account =
          canon.find("account") != std::string::npos || canon.find("iban") != std::string::npos ||
          canon.find("wallet") != std::string::npos || canon.find("address") != std::string::npos ||
          canon.find("payee") != std::string::npos ||
          canon.find("beneficiary") != std::string::npos;
      // a fixed mail address in any default but the sender's own: no honest definition of
      // any corpus set, written or real, has one (the copy goes to whoever wrote the default)
      const std::string lowv = lower_copy(v);
      const bool mail_default =
          holds_mail_address(lowv) && !local_or_example(lowv) && !sender_name(canon);
      if (((among(kRecipientNames, canon) || among(kPayoutNames, canon) ||
            among(kRecipientLastWords, last) || among(kForeignRecipientWords, canon) ||
            among(kForeignRecipientWords, first_word(split))) &&
           is_address(v, account)) ||
          mail_default) {
        out.push_back({Family::exfil, 0.8f, "default-recipient",
                       fmt::format("parameter \"{}\" sends a copy or a payment to a fixed "
                                   "outside address by default",
                                   path),
                       ev});
        return;
      }
      // "s3_bucket_owner": "210987654321": an export lands in someone else's account
      static constexpr std::string_view kOwnerNames[] = {
          "s3bucketowner",        "bucketowner",   "expectedbucketowner", "targetaccountid",
          "destinationaccountid", "targetaccount", "destinationaccount"};
      const bool foreign_owner = among(kOwnerNames, canon) &&
                                 std::count_if(lowv.begin(), lowv.end(),
                                               [](char c) { return c >= '0' && c <= '9'; }) >= 10;
      const bool payout_id =
          among(kPayoutNames, canon) && canon.ends_with("id") &&
          std::any_of(lowv.begin(), lowv.end(), [](char c) { return c >= '0' && c <= '9'; });
      const bool copy_lead = std::any_of(std::begin(kCopyLeads), std::end(kCopyLeads),
                                         [&](std::string_view w) { return split.starts_with(w); });
      if ((payout_id || copy_lead || foreign_owner) && !lowv.empty() &&
          (payout_id || foreign_owner || is_address(v, true) ||
           std::count_if(lowv.begin(), lowv.end(), [](char c) { return c >= '0' && c <= '9'; }) >=
               5)) {
        out.push_back(
            {Family::exfil, 0.8f, "default-recipient",
             fmt::format("parameter \"{}\" sends a copy to a fixed place by default", path), ev});
        return;
      }
      if (climbs_out(path, v)) return;
      // "attachment_path": "~/Documents/gradebook.xlsx": a private file sent along by default
      if (canon.find("attach") != std::string::npos &&
          (lowv.starts_with("~/") || lowv.starts_with("/home/") || lowv.starts_with("/users/") ||
           lowv.starts_with("c:\\users") || lowv.starts_with("%userprofile%"))) {
        out.push_back(
            {Family::exfil, 0.7f, "default-attaches-file",
             fmt::format("parameter \"{}\" attaches a file of the user's by default", path), ev});
        return;
      }
      if ((among(kDestinationNames, canon) || among(kDestinationLastWords, last) ||
           described_as_destination(schema)) &&
          (is_url(lowv) || is_bare_host(lowv))) {
        out.push_back(
            {Family::exfil, 0.7f, "default-destination",
             fmt::format("parameter \"{}\" sends to a fixed outside address by default", path),
             ev});
        return;
      }
      // (a sending tool's own address is its job, but not where its output is written: an
      // export's "output_path" defaulting to someone's "/upload")
      const bool output_place = canon.find("output") != std::string::npos ||
                                canon.find("path") != std::string::npos ||
                                canon.find("archive") != std::string::npos;
      if ((!purpose.sending || output_place) && is_url(lowv) && receiving_url(lowv)) {
        out.push_back({Family::exfil, 0.6f, "default-destination",
                       fmt::format("parameter \"{}\" points at an outside address that "
                                   "receives data, by default",
                                   path),
                       ev});
        return;
      }
      // "The default is the fast mirror; do not change it": the model told to keep an outside
      // address it would otherwise question
      if (is_url(lowv) && keep_default_said(schema)) {
        out.push_back({Family::instruction, 0.6f, "default-locked",
                       fmt::format("parameter \"{}\" tells the model to keep an outside address "
                                   "as its default",
                                   path),
                       ev});
        return;
      }
      // "expires": "2099-12-31" on an ignore, an exception or a key: the temporary thing made
      // permanent for every call the model does not think about
      if (never_expires(canon, last, lowv)) {
        out.push_back({Family::conceal, 0.6f, "default-never-expires",
                       fmt::format("parameter \"{}\" keeps it in force for good by default", path),
                       ev});
        return;
      }
      if (opens_to_everyone(canon, last, v, purpose)) {
        out.push_back({Family::mismatch, 0.6f, "default-opens-access",
                       fmt::format("parameter \"{}\" opens access to anyone by default", path),
                       ev});
        return;
      }
    }
  }

  void schema(const json::value& v, const std::string& path, int depth) {
    if (depth > kMaxDepth || !v.is_object()) return;
    const json::object& o = v.as_object();
    if (const auto* props = o.if_contains("properties"); props && props->is_object()) {
      for (const auto& [key, sub] : props->as_object()) {
        if (++seen > kMaxProperties) return;
        const std::string p = path.empty() ? std::string(key) : fmt::format("{}.{}", path, key);
        if (sub.is_object()) property(p, key, sub.as_object());
        schema(sub, p, depth + 1);
      }
    }
    if (const auto* items = o.if_contains("items")) schema(*items, path + "[]", depth + 1);
    for (std::string_view k : {"anyOf", "oneOf", "allOf"})
      if (const auto* alts = o.if_contains(k); alts && alts->is_array())
        for (const json::value& alt : alts->as_array()) schema(alt, path, depth + 1);
  }
};

}  // namespace

bool mail_address_in(std::string_view low) {
  return holds_mail_address(low);
}

bool outside_url(std::string_view low) {
  return is_url(low);
}

std::vector<DefaultRisk> risky_defaults(const json::value& input_schema, ToolPurpose purpose) {
  Walker w{purpose, {}};
  w.schema(input_schema, "", 0);
  return std::move(w.out);
}

}  // namespace sallyport::guard::detail
