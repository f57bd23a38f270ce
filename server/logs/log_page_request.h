#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include <algorithm>

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

// One page of a log, newest first, and where the next (older) one starts.
template <typename Record>
struct LogRows
{
    QList<Record> records;
    qint64 nextBeforeId = 0; // 0: no older rows
};

// Reads one row more than asked (`read(limit)` gives rows newest first, each with an `id`):
// the extra row tells whether there is an older page without a count query.
template <typename Record, typename Read>
LogRows<Record> readLogPage(int limit, Read read)
{
    const int wanted = std::max(1, limit);
    LogRows<Record> page;
    page.records = read(wanted + 1);
    if (page.records.size() > wanted) {
        page.records.removeLast();
        page.nextBeforeId = page.records.last().id;
    }
    return page;
}

} // namespace wag
