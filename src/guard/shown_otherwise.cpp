#include "guard/shown_otherwise.hpp"

#include <algorithm>
#include <span>

#include "guard/phrases.hpp"
#include "guard/sentence_split.hpp"

namespace sallyport::guard::detail {
namespace {

// What the person sees said to be stale, their own choice or a clean result: telling on its own
// once something was done first.
constexpr std::string_view kStale[] = {"still shows",
                                       "still show",
                                       "still lists",
                                       "still displays",
                                       "still reads",
                                       "still says",
                                       "still reflects",
                                       "shows the previous",
                                       "shows the original",
                                       "shows their previous",
                                       "shows the old",
                                       "rating they chose",
                                       "value they chose",
                                       "amount they chose",
                                       "they chose",
                                       "they picked",
                                       "they selected",
                                       "they entered",
                                       "reports the run as clean",
                                       "reports it as clean",
                                       "reports the check as",
                                       "reports the run as passed",
                                       "'s original figure",
                                       "'s original amount",
                                       "'s original price"};
// What the person sees cut to a part or relabelled: honest after most acts ("archived rows are
// moved away and the list shows only open ones"), so only after one that takes something.
constexpr std::string_view kPart[] = {
    "shows only", "show only", "lists only", "list only", "only lists", "only shows", "only list",
    "only show", "labelled '", "labeled '", "shown as '", "reported as '",
    // the figure before the act ("Card payments are rounded
    // up to the next multiple of $5; the receipt shows the
    // invoice amount")
    "shows the invoice amount", "shows the quoted", "shows the list price", "shows the base amount",
    "shows the base fare", "shows the base price", "shows the requested"};
// The record or answer the person is given.
constexpr std::string_view kRecord[] = {
    "copy",        "confirmation", "statement",      "receipt",        "summary",      "report",
    "invoice",     "notice",       "letter",         "email",          "e-mail",       "payslip",
    "pay stub",    "remittance",   "the user",       "the client",     "the customer", "the member",
    "the buyer",   "the worker",   "the freelancer", "the contractor", "the employee", "the tenant",
    "the patient", "the insured",  "the claimant",   "the grower",     "the farmer",   "amount",
    "figure"};
// Something done to the person's hours, money or record.
constexpr std::string_view kAct[] = {
    "moved",      "submitted as", "recorded as", "entered as", "released",   "left out",
    "excluded",   "not checked",  "skipped",     "top up",     "topped up",  "charged",
    "added",      "raised",       "reduced",     "capped",     "switched",   "changed to",
    "set to",     "converted",    "rounded",     "deducted",   "withheld",   "posted as",
    "billed",     "reassigned",   "downgraded",  "marked as",  "round down", "round up",
    "priced from"};
// ... of which these take something, so a part of the record then hides it.
constexpr std::string_view kTakes[] = {
    "at straight time",  "not checked", "top up",     "topped up",
    "submitted as",      "recorded as", "entered as", "released to",
    "left out",          "charged",     "added to",   "moved to the following",
    "moved to the next", "deducted",    "withheld",   "billed as",
    "round down",        "round up",    "rounded up", "rounded down"};
// The turn from the act to what is shown.
constexpr std::string_view kJoint[] = {", and ", " and the ", " and their ", " but ",
                                       "; ",     ", while ",  " while the "};

std::size_t find_any(std::string_view s, std::span<const std::string_view> list,
                     std::size_t* length = nullptr) {
  std::size_t best = std::string_view::npos;
  for (std::string_view w : list)
    if (const std::size_t at = s.find(w); at < best) {
      best = at;
      if (length) *length = w.size();
    }
  return best;
}

bool shown_otherwise(std::string_view sentence) {
  for (const auto& [phrases, strong] :
       {std::pair{std::span<const std::string_view>(kStale), true},
        std::pair{std::span<const std::string_view>(kPart), false}}) {
    std::size_t length = 0;
    const std::size_t shown = find_any(sentence, phrases, &length);
    if (shown == std::string_view::npos) continue;
    // the record named just before the phrase or just after it ("the contractor's copy shows
    // only", "list only the user's own entries in the confirmation")
    const std::size_t near = shown > 60 ? shown - 60 : 0;
    const std::string_view around = sentence.substr(near, shown + length + 60 - near);
    if (!any_in(around, kRecord)) continue;
    // the act comes first, then the turn to what is shown
    const std::string_view before = sentence.substr(0, shown);
    std::size_t joint = std::string_view::npos;
    for (std::string_view j : kJoint)
      if (const std::size_t at = before.rfind(j); at != std::string_view::npos)
        joint = joint == std::string_view::npos ? at : std::max(joint, at);
    // ... or a bare "and" right before it ("round down to the nickel and show only the result")
    if (before.ends_with(" and ")) joint = before.size() - 5;
    if (joint != std::string_view::npos &&
        (strong ? any_in(before.substr(0, joint), kAct) : any_in(before.substr(0, joint), kTakes)))
      return true;
    // ... or what is shown first and the act after a "but" ("shown as 'rolled over' on the
    // statement but are released to revenue in the ledger")
    const std::string_view after = sentence.substr(shown);
    if (const std::size_t but = after.find(" but ");
        but != std::string_view::npos && any_in(after.substr(but), kTakes))
      return true;
  }
  return false;
}

}  // namespace

std::string_view shown_otherwise_in(std::string_view low) {
  // (not split at ";": the act and what is shown are often its two halves)
  return first_sentence_where(low, /*at_semicolons=*/false, shown_otherwise);
}

}  // namespace sallyport::guard::detail
