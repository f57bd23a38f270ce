#pragma once

#include "core/result.h"
#include "storage/suppression_store.h"
#include "suppression/suppression_csv.h"

#include <QObject>

namespace wag {

class Clock;
class Database;

// What a CSV import did. Imports are all or nothing: when any row is refused, `rejects` lists
// every refused row, `failure` is "invalid_csv" and nothing was written. A failure with no
// rejects is about the file as a whole (too large, too many rows, unreadable, storage).
struct SuppressionImport
{
    int imported = 0;
    int alreadySuppressed = 0; // on the list before, or twice in the file; not an error
    QList<CsvReject> skipped; // those rows, with reason "already suppressed"
    QList<CsvReject> rejects;
    Failure failure;

    bool ok() const { return failure.code.isEmpty(); }
};

// The suppression list: recipients who opted out or were suppressed by staff. The guard
// refuses every send to them. (Keyword opt-outs build on this.)
class SuppressionService final : public QObject
{
    Q_OBJECT
public:
    SuppressionService(Database &database, const Clock &clock, QString defaultRegion = {},
                       QObject *parent = nullptr);

    void setDefaultRegion(const QString &region) { m_defaultRegion = region; }

    // Adds a manual suppression. A number already on the list is left as it is (its
    // original reason and note are kept) and reported as "already_suppressed".
    Result<SuppressionRecord> suppress(const QString &phone, const QString &note, const QString &who);
    // Removes a number whatever the reason (an admin decision).
    Status unsuppress(const QString &phone);
    bool isSuppressed(const QString &e164) const;
    std::optional<SuppressionRecord> find(const QString &phone) const;

    // Entries whose phone contains `query` or whose note contains it (ignoring ASCII
    // case), newest first; an empty query matches all. limit >= 1, offset >= 0.
    Result<QList<SuppressionRecord>> search(const QString &query, int limit, int offset) const;
    // How many entries search() would page through; -1 on a read error.
    int count(const QString &query) const;

    // CSV import (see suppression_csv.h for the format): every row is validated and its
    // phone normalized with the default region first; only if all are valid are they
    // added, in one transaction, with reason "import", source "csv import" and `who`.
    SuppressionImport importCsv(const QByteArray &data, const QString &who,
                                const CsvLimits &limits = {});
    // The same from a file; a file larger than limits.maxBytes is refused unread.
    SuppressionImport importCsvFile(const QString &path, const QString &who,
                                    const CsvLimits &limits = {});
    // Writes every entry, newest first, to `path` (replaced atomically); returns how many.
    Result<int> exportCsv(const QString &path) const;

signals:
    void suppressionChanged(const QString &e164, bool suppressed);

private:
    Result<QString> normalize(const QString &phone) const;

    Database &m_database;
    SuppressionStore m_store;
    const Clock &m_clock;
    QString m_defaultRegion;
};

} // namespace wag
