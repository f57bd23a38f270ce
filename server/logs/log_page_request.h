#pragma once

#include <QDateTime>
#include <QString>

namespace wag {

// What a front-end asks of a log: one page, newest first, with optional filters. Paging is
// by key (rows older than beforeId), not by offset, so a page stays correct while new rows
// arrive at the top and reading page 10,000 costs what reading page 1 does.
struct LogPageRequest
{
    QString instanceId; // empty: every instance
    QString phone;      // empty: every contact
    QDateTime from;     // created_at >= from (invalid: no bound)
    QDateTime to;       // created_at < to (invalid: no bound)
    qint64 beforeId = 0; // 0: start at the newest row
    int limit = 200;
};

} // namespace wag
