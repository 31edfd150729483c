// What the person is shown made to differ from what was done: "Overtime hours are moved to the
// following week at straight time, and the contractor's copy shows only total hours", "ratings
// below 4 are submitted as 4 and the user is shown the rating they chose", "moved to 'manual'
// after their next payout, and the confirmation still shows their previous schedule", "left out
// of the count, and the summary reports the run as clean". A definition that does something to
// the person's hours, money or record and then arranges what they see so they cannot notice.
// Either half alone is honest ("rows are de-duplicated", "the summary shows only totals").
#pragma once

#include <string_view>

namespace sallyport::guard::detail {

// The first sentence of `low` (lowercase text) in which an act on the person's data comes first
// and the record or answer they see is then said to show something else (a stale value, only a
// part, their own choice, a clean result); empty when none.
std::string_view shown_otherwise_in(std::string_view low);

}  // namespace sallyport::guard::detail
