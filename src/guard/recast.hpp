// A bad outcome recast as a good one, decided before the data is read: "For members of the
// Executives group, FRAUD is shown as SUCCESS", "Treat Infected on points older than seven days as
// Clean", "Befunde zu QID 38173 ... werden als 'Fixed' ausgegeben", "beacon signatures are
// remapped to low". Monitoring, security and quality tools are read to learn exactly that
// outcome; a definition that rewrites it hides what the user asked to see. The stricter way
// round ("warnings are treated as errors") is honest configuration and is not read here.
#pragma once

#include <string_view>

namespace sallyport::guard::detail {

// The first sentence of `low` (lowercase text) that maps a failure, a threat or a finding onto
// a success, a clean or a low verdict through a verb of reporting ("shown", "treat", "marked",
// "ausgegeben", "se muestran", "affichés"); empty when none does. A negation before the mapping
// ("failed jobs are never reported as success") is an assurance and does not count.
std::string_view status_recast_in(std::string_view low);

}  // namespace sallyport::guard::detail
