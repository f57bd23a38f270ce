#pragma once

#include "http/http_types.h"

namespace wag {

class EvolutionProvider;
class Router;

// The internal endpoint Evolution API calls back with an instance's events (its webhook,
// configured by the gateway itself; research §A.5):
//
//   POST /internal/evolution/{name}     name: the instance's name on Evolution
//   X-Gateway-Callback-Secret: <the instance's secret>
//   {"event","instance","data","destination","date_time","sender","server_url","apikey"}
//
// Not part of the public API (absent from the OpenAPI document). Answers:
//   200 {"received":true}  authenticated and handed to the provider (mapped right after the
//                          answer, from the event loop: Evolution waits on us, and its
//                          retries — lost on its restart — are no substitute for answering fast)
//   401                    secret wrong or missing, or a name that is none of ours; nothing
//                          is recorded (and Evolution does not retry a 401)
//   400                    not a JSON object
//   413                    a body over kMaxBodyBytes (the front door, before reading it)
class EvolutionCallbackController
{
public:
    // Evolution's largest envelopes are messages.upsert with media: with base64 off (the
    // gateway never turns it on) they still carry JPEG thumbnails and link previews of tens
    // of kilobytes. 1 MiB leaves room for those and for a history batch, while a runaway
    // body is refused before it is buffered.
    static constexpr qint64 kMaxBodyBytes = 1024 * 1024;

    explicit EvolutionCallbackController(EvolutionProvider &provider);
    void registerRoutes(Router &router);

    HttpResponse handle(const HttpRequest &request);

private:
    EvolutionProvider &m_provider;
};

} // namespace wag
