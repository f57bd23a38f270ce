#pragma once

#include "core/result.h"
#include "storage/suppression_store.h"

#include <QObject>

namespace wag {

class Clock;
class Database;

// The suppression list: recipients who opted out or were suppressed by staff. The guard
// refuses every send to them. (Keyword opt-outs, CSV import and export build on this.)
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

signals:
    void suppressionChanged(const QString &e164, bool suppressed);

private:
    Result<QString> normalize(const QString &phone) const;

    SuppressionStore m_store;
    const Clock &m_clock;
    QString m_defaultRegion;
};

} // namespace wag
