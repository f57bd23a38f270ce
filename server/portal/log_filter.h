#pragma once

#include "html.h"
#include "http/http_types.h"
#include "logs/log_page_request.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QTimeZone>

namespace wag {
class InstanceService;
struct InstanceRecord;
}

namespace wag::portal {

// The part the three log pages share (/message-logs, /inbound-logs, /policy-events): the
// GET filter form, its query fields read into a LogPageRequest, and the key pager.
//
// Query fields: instance (id or name), phone, from and to (yyyy-MM-dd), beforeId (the
// pager's key). Days are the gateway's days (Engine::timeZone(), the zone of the daily
// limits) and, as in the window's date filter, both days count: `from` starts at that
// day's midnight (inclusive), `to` ends at the next midnight (exclusive).
//
// Input that cannot be read (a date that is none, an unknown instance, a key that is not a
// number, from after to) is a problem, never a guess: the page then shows the problem and
// the form with what was typed, and no rows at all.
class LogFilter
{
    Q_DECLARE_TR_FUNCTIONS(wag::portal::LogFilter)
public:
    static constexpr int kPageSize = 50;

    // What the form's fields held, as typed: put back into the form.
    struct Typed
    {
        QString instance;
        QString phone;
        QString from;
        QString to;
        QString beforeId;
    };

    // `withPhone`: the log has a phone filter (the policy events have none and ignore it).
    static LogFilter read(const HttpRequest &request, const InstanceService &instances, const QTimeZone &zone,
                          bool withPhone);

    bool ok() const { return m_problem.isEmpty(); }
    const QString &problem() const { return m_problem; }
    const LogPageRequest &request() const { return m_request; }
    const Typed &typed() const { return m_typed; }
    bool firstPage() const { return m_request.beforeId == 0; }

    // The filter form (GET to `path`); `phoneHelp` says how the log matches a number.
    Html form(const QString &path, const QList<InstanceRecord> &instances, const QString &phoneHelp) const;
    Html problemBox() const;
    // "Newest" (on an older page) and "Older" (when `nextBeforeId` is not 0), both keeping
    // the filter. Key paging: a row that arrives meanwhile pushes nothing to another page.
    Html pager(const QString &path, qint64 nextBeforeId) const;
    // The filter (not the page) as a query string, fields percent-encoded; "" for none.
    QString filterQuery() const;

    // A time of a row as the gateway's day sees it.
    static QString timeText(const QDateTime &time, const QTimeZone &zone);
    // id → name of every instance, for the rows' instance column.
    static QHash<QString, QString> instanceNames(const InstanceService &instances);

private:
    QString url(const QString &path, qint64 beforeId) const;

    bool m_withPhone = false;
    QTimeZone m_zone;
    Typed m_typed;
    LogPageRequest m_request;
    QString m_problem;
    bool m_unknownInstance = false; // the select keeps the typed value as its own option
};

} // namespace wag::portal
