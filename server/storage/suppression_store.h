#pragma once

#include "core/result.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace wag {

class Database;

enum class SuppressionReason { OptOutKeyword, Manual, ThreeCx, Import };

// Stored by the names SPEC §6.1 uses: "opt_out_keyword", "manual", "3cx", "import".
QString suppressionReasonName(SuppressionReason reason);
std::optional<SuppressionReason> parseSuppressionReason(const QString &name);

struct SuppressionRecord
{
    QString phone; // E.164
    SuppressionReason reason = SuppressionReason::Manual;
    QString source; // e.g. the instance an opt-out arrived on, the import file
    QString note;
    QString createdBy; // user name, "system", ...
    QDateTime createdAt;
};

// The suppressions table: recipients nobody may send to. One row per phone.
class SuppressionStore
{
public:
    explicit SuppressionStore(const Database &db) : m_db(db) { }

    // kStorageConflict if the phone is already suppressed (the service decides what then).
    Status add(const SuppressionRecord &record);
    // Inserts, or overwrites every field of the existing row for that phone.
    Status replace(const SuppressionRecord &record);
    // kStorageNotFound if the phone is not suppressed.
    Status remove(const QString &phone);

    std::optional<SuppressionRecord> find(const QString &phone) const;
    // Whether the phone is suppressed. A read error is logged and answers false: the send
    // path should use isSuppressed(), which reports the error instead.
    bool contains(const QString &phone) const;
    Result<bool> isSuppressed(const QString &phone) const;

    // Rows whose phone contains `search`, or whose note contains it ignoring case (ASCII
    // case only under SQLite); an empty search matches all. Newest first, then by phone.
    QList<SuppressionRecord> list(const QString &search, int limit, int offset = 0) const;
    // The same, but a read error is returned rather than looking like an empty list.
    Result<QList<SuppressionRecord>> page(const QString &search, int limit, int offset = 0) const;
    int count(const QString &search = {}) const; // -1 on error

private:
    const Database &m_db;
};

} // namespace wag
