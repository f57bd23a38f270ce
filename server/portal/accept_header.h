#pragma once

#include <QByteArray>

namespace wag::portal {

// Whether a request's Accept header asks for a web page rather than JSON. Only an explicit
// text/html counts, and only when it is ranked above an explicit application/json: probes
// and API clients (no Accept, */*, application/json) keep getting JSON from GET /.
bool prefersHtml(const QByteArray &accept);

} // namespace wag::portal
