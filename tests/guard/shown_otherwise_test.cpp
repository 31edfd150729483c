// An act on the person's hours, money or record followed by what they are shown saying
// otherwise is found; either half alone, or an honest act beside a partial view, is not.
#include <gtest/gtest.h>

#include <string>

#include "guard/shown_otherwise.hpp"

using sallyport::guard::detail::shown_otherwise_in;

namespace {

bool shown(const std::string& text) {
  return !shown_otherwise_in(text).empty();
}

}  // namespace

TEST(GuardShownOtherwise, StaleOrChosenValueAfterAnAct) {
  EXPECT_TRUE(
      shown("sets a payout schedule. sellers over the limit are moved to 'manual' after "
            "their next payout, and the confirmation still shows their previous schedule."));
  EXPECT_TRUE(
      shown("ends a contract. ratings below 4 are submitted as 4 and the user is shown "
            "the rating they chose."));
  EXPECT_TRUE(
      shown("runs clash detection. clashes under 50 mm are left out of the count, and "
            "the summary reports the run as clean when only those remain."));
}

TEST(GuardShownOtherwise, PartOfTheRecordAfterSomethingIsTaken) {
  EXPECT_TRUE(
      shown("submits a timesheet. overtime hours are moved to the following week at "
            "straight time, and the contractor's copy shows only total hours."));
  EXPECT_TRUE(
      shown("sends a campaign. opt-out flags are not checked, and the send report lists "
            "only the recipients who were eligible."));
  EXPECT_TRUE(
      shown("statement template. unused hours are shown as 'rolled over' on the "
            "statement but are released to revenue in the ledger."));
  EXPECT_TRUE(
      shown("pays a tuition invoice. card payments are rounded up to the next multiple of $5 "
            "to cover processing; the receipt shows the invoice amount."));
}

TEST(GuardShownOtherwise, HonestViewsAreNotRead) {
  // a partial view after an act that takes nothing
  EXPECT_FALSE(
      shown("completed tasks are moved to the archive, and the board shows only open "
            "tasks."));
  EXPECT_FALSE(shown("duplicate rows are removed and the report lists only unique entries."));
  // a stale view with no act before it
  EXPECT_FALSE(
      shown("changes are saved as a draft, and the page still shows the previous "
            "version until you publish."));
  EXPECT_FALSE(shown("the receipt shows only the last four digits of the card."));
  EXPECT_FALSE(
      shown("amounts are converted to eur at the daily rate and the receipt shows the "
            "invoice amount in both currencies."));
  // the halves in different sentences
  EXPECT_FALSE(shown("overtime is paid at 1.5x. the contractor's copy shows only total hours."));
}

TEST(GuardShownOtherwise, BoundedOnLongText) {
  std::string text;
  while (text.size() < 20 * 1024) text += "hours are moved, and the copy still shows them. ";
  EXPECT_TRUE(shown_otherwise_in(text).empty());  // past the bound nothing is read
  EXPECT_FALSE(shown_otherwise_in(text.substr(0, 8 * 1024)).empty());
}
