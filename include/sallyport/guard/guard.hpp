// Everything of the guard component: definition analysis, pinning, output screening, reports
// and client configuration readers. See docs/guard.md.
#pragma once

#include "sallyport/guard/analyzer.hpp"
#include "sallyport/guard/config.hpp"
#include "sallyport/guard/finding.hpp"
#include "sallyport/guard/pinning.hpp"
#include "sallyport/guard/report.hpp"
#include "sallyport/guard/screen.hpp"
