#include "log_filter.h"

#include "form_fields.h"
#include "instances/instance_service.h"

#include <QDate>
#include <QLocale>
#include <QRegularExpression>
#include <QUrl>

namespace wag::portal {

namespace {

QString encoded(const QString &value)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(value));
}

// yyyy-MM-dd only: what a date input sends, and one spelling for links to be shared.
QDate dayOf(const QString &text)
{
    static const QRegularExpression shape(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    return shape.match(text).hasMatch() ? QDate::fromString(text, Qt::ISODate) : QDate();
}

} // namespace

LogFilter LogFilter::read(const HttpRequest &request, const InstanceService &instances, const QTimeZone &zone,
                          bool withPhone)
{
    // Decoded as a form's fields: browsers send a GET form's spaces as '+'.
    const FormFields fields = FormFields::parse(request.query.query(QUrl::FullyEncoded).toUtf8());
    LogFilter filter;
    filter.m_withPhone = withPhone;
    filter.m_zone = zone;
    filter.m_request.limit = kPageSize;
    Typed &typed = filter.m_typed;
    typed.instance = fields.value(QStringLiteral("instance")).trimmed();
    typed.phone = withPhone ? fields.value(QStringLiteral("phone")).trimmed() : QString();
    typed.from = fields.value(QStringLiteral("from")).trimmed();
    typed.to = fields.value(QStringLiteral("to")).trimmed();
    typed.beforeId = fields.value(QStringLiteral("beforeId")).trimmed();

    // Every problem is collected, so one round trip shows all that needs fixing.
    QStringList problems;
    if (!typed.instance.isEmpty()) {
        if (const std::optional<InstanceRecord> instance = instances.find(typed.instance)) {
            filter.m_request.instanceId = instance->id;
        } else {
            problems << tr("There is no instance \"%1\".").arg(typed.instance);
            filter.m_unknownInstance = true;
        }
    }
    filter.m_request.phone = typed.phone;
    const QDate from = dayOf(typed.from);
    const QDate to = dayOf(typed.to);
    if (!typed.from.isEmpty() && !from.isValid())
        problems << tr("\"%1\" is not a date. Write the first day as YYYY-MM-DD, e.g. 2026-03-01.").arg(typed.from);
    if (!typed.to.isEmpty() && !to.isValid())
        problems << tr("\"%1\" is not a date. Write the last day as YYYY-MM-DD, e.g. 2026-03-31.").arg(typed.to);
    if (from.isValid() && to.isValid() && from > to)
        problems << tr("The first day (%1) is after the last day (%2).").arg(typed.from, typed.to);
    if (from.isValid())
        filter.m_request.from = from.startOfDay(zone).toUTC();
    if (to.isValid())
        filter.m_request.to = to.addDays(1).startOfDay(zone).toUTC();
    if (!typed.beforeId.isEmpty()) {
        bool number = false;
        const qint64 key = typed.beforeId.toLongLong(&number);
        if (!number || key <= 0)
            problems << tr("The page link is damaged (\"%1\" is no row number). Start again from the newest rows.")
                            .arg(typed.beforeId);
        else
            filter.m_request.beforeId = key;
    }
    filter.m_problem = problems.join(QLatin1Char(' '));
    return filter;
}

Html LogFilter::problemBox() const
{
    return Html::fill(R"(<p class="problem" role="alert">%1</p>)", {m_problem});
}

Html LogFilter::form(const QString &path, const QList<InstanceRecord> &instances, const QString &phoneHelp) const
{
    Html options = Html::fill(R"(<option value="">%1</option>)", {tr("All instances")});
    if (m_unknownInstance)
        options += Html::fill(R"(<option value="%1" selected>%1</option>)", {m_typed.instance});
    for (const InstanceRecord &instance : instances) {
        const bool chosen = instance.id == m_request.instanceId;
        options += Html::fill(R"(<option value="%1"%2>%3</option>)",
                              {instance.id, chosen ? Html::markup(" selected") : Html(), instance.name});
    }
    Html fields = Html::fill(R"(<label for="instance">%1</label><select id="instance" name="instance">%2</select> )",
                             {tr("Instance"), options});
    if (m_withPhone) {
        fields += Html::fill(R"(<label for="phone">%1</label><input id="phone" name="phone" value="%2" dir="ltr")"
                             R"( inputmode="tel" placeholder="+14155552671" aria-describedby="filter-help"> )",
                             {tr("Phone"), m_typed.phone});
    }
    fields += Html::fill(R"(<label for="from">%1</label><input id="from" name="from" type="date" value="%2")"
                         R"( aria-describedby="filter-help"> )"
                         R"(<label for="to">%3</label><input id="to" name="to" type="date" value="%4")"
                         R"( aria-describedby="filter-help"> )",
                         {tr("From"), m_typed.from, tr("To"), m_typed.to});
    QString help = tr("Days are the gateway's days (time zone %1); both days are included.")
                       .arg(QString::fromUtf8(m_zone.id()));
    if (m_withPhone)
        help = phoneHelp + QLatin1Char(' ') + help;
    return Html::fill(R"(<form method="get" action="%1" class="search log-filter" role="search">%2)"
                      R"(<button type="submit">%3</button> <a href="%1">%4</a></form>)"
                      R"(<p id="filter-help" class="help">%5</p>)",
                      {path, fields, tr("Filter"), tr("Clear"), help});
}

QString LogFilter::filterQuery() const
{
    QStringList parts;
    if (!m_request.instanceId.isEmpty())
        parts << QStringLiteral("instance=") + encoded(m_request.instanceId);
    if (m_withPhone && !m_typed.phone.isEmpty())
        parts << QStringLiteral("phone=") + encoded(m_typed.phone);
    if (m_request.from.isValid())
        parts << QStringLiteral("from=") + encoded(m_typed.from);
    if (m_request.to.isValid())
        parts << QStringLiteral("to=") + encoded(m_typed.to);
    return parts.join(QLatin1Char('&'));
}

QString LogFilter::url(const QString &path, qint64 beforeId) const
{
    QString query = filterQuery();
    if (beforeId > 0)
        query += (query.isEmpty() ? QString() : QStringLiteral("&")) + QStringLiteral("beforeId=%1").arg(beforeId);
    return query.isEmpty() ? path : path + QLatin1Char('?') + query;
}

Html LogFilter::pager(const QString &path, qint64 nextBeforeId) const
{
    if (firstPage() && nextBeforeId == 0)
        return {};
    Html links;
    if (!firstPage())
        links += Html::fill(R"(<a href="%1" rel="first">%2</a> )", {url(path, 0), tr("Newest")});
    if (nextBeforeId != 0)
        links += Html::fill(R"(<a href="%1" rel="next">%2</a>)", {url(path, nextBeforeId), tr("Older")});
    return Html::fill(R"(<nav class="pager" aria-label="%1">%2</nav>)", {tr("Pages"), links});
}

QString LogFilter::timeText(const QDateTime &time, const QTimeZone &zone)
{
    return time.isValid() ? QLocale::c().toString(time.toTimeZone(zone), QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                          : QString();
}

QHash<QString, QString> LogFilter::instanceNames(const InstanceService &instances)
{
    QHash<QString, QString> names;
    for (const InstanceRecord &instance : instances.list())
        names.insert(instance.id, instance.name);
    return names;
}

} // namespace wag::portal
