// From verified claims (a JWT payload or an introspection response) to the typed Principal.
#pragma once

#include <string>

#include "sallyport/auth/config.hpp"
#include "sallyport/model/json.hpp"
#include "sallyport/model/principal.hpp"

namespace sallyport::auth {

// sub, client_id (or azp), iss, scope (space-separated) or scp, roles, groups, tenant
// (names from ClaimNames), and every claim as given.
Principal principal_from_claims(const JsonObject& claims, const ClaimNames& names = {});

// The identity a session is bound to: issuer, subject and client. A session created by one
// principal must be refused to any request whose principal has another binding.
std::string session_binding(const Principal& p);
// Constant-time comparison of two principals' bindings.
bool same_principal(const Principal& a, const Principal& b);

}  // namespace sallyport::auth
