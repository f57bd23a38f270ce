#include "instance_webhooks_view.h"

#include "events/event_types.h"
#include "page_shell.h"

#include <QLocale>

namespace wag::portal {

namespace {

bool delivered(const WebhookAttemptRecord &attempt)
{
    return attempt.statusCode >= 200 && attempt.statusCode < 300;
}

QString statusText(const WebhookAttemptRecord &attempt)
{
    return attempt.statusCode ? QString::number(attempt.statusCode) : InstanceWebhooksView::tr("no answer");
}

QString outcomeText(const WebhookAttemptRecord &attempt)
{
    if (delivered(attempt))
        return InstanceWebhooksView::tr("delivered");
    return attempt.error.isEmpty() ? InstanceWebhooksView::tr("failed")
                                   : InstanceWebhooksView::tr("failed: %1").arg(attempt.error);
}

} // namespace

QString InstanceWebhooksView::timeText(const QDateTime &time)
{
    // UTC, as the rest of the portal and the redeliver range's fields read it.
    return time.isValid() ? QLocale::c().toString(time.toUTC(), QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'"))
                          : QString();
}

QString InstanceWebhooksView::stateText(const WebhookDestinationRecord &record)
{
    if (record.enabled)
        return tr("enabled");
    if (record.disabledReason == u"gone")
        return tr("disabled: the receiver answered 410 Gone");
    if (record.disabledReason == u"failing")
        return tr("disabled: failing for 5 days");
    return tr("disabled");
}

QString InstanceWebhooksView::eventField(const QString &event)
{
    return QStringLiteral("event:") + event;
}

Html InstanceWebhooksView::disabledBanner(const WebhookDestinationRecord &record)
{
    if (record.enabled || (record.disabledReason != u"gone" && record.disabledReason != u"failing"))
        return {};
    // The window's banner, word for word.
    return Html::fill(R"(<p class="problem" role="alert">%1</p>)",
                      {tr("The gateway disabled the webhook destination %1 (%2). Check the receiver, then enable it "
                          "again.")
                           .arg(record.url, stateText(record))});
}

InstanceWebhooksView::TypedDestination InstanceWebhooksView::recommendedDefaults()
{
    TypedDestination typed;
    for (const QString &event : event_types::recommended())
        typed.events.insert(event);
    return typed;
}

InstanceWebhooksView::TypedDestination InstanceWebhooksView::current(const WebhookDestinationRecord &record)
{
    TypedDestination typed;
    typed.url = record.url;
    for (const QString &event : record.events)
        typed.events.insert(event);
    return typed;
}

Html InstanceWebhooksView::destinationsTable(const QList<Row> &rows)
{
    if (rows.isEmpty())
        return Html::fill(R"(<p class="empty">%1</p>)",
                          {tr("No webhook destinations yet. Add the first one below.")});
    Html body;
    for (const Row &row : rows) {
        const WebhookDestinationRecord &d = row.record;
        const QString last = row.last ? tr("%1 — %2, %3").arg(timeText(row.last->createdAt), statusText(*row.last),
                                                               outcomeText(*row.last))
                                      : tr("never");
        body += Html::fill(R"(<tr%1><td class="url"><a href="%2" dir="ltr">%3</a></td><td>%4</td><td>%5</td>)"
                           R"(<td class="events">%6</td><td>%7</td></tr>)",
                           {d.enabled ? Html() : Html::markup(R"( class="disabled")"), row.detailPath, d.url,
                            stateText(d), row.pending < 0 ? QString() : QString::number(row.pending),
                            d.events.join(QStringLiteral(", ")), last});
    }
    return Html::fill(R"(<table class="list"><thead><tr><th scope="col">%1</th><th scope="col">%2</th>)"
                      R"(<th scope="col">%3</th><th scope="col">%4</th><th scope="col">%5</th></tr></thead>)"
                      R"(<tbody>%6</tbody></table>)",
                      {tr("URL"), tr("State"), tr("Pending"), tr("Events"), tr("Last attempt"), body});
}

Html InstanceWebhooksView::destinationForm(const QString &action, const QByteArray &csrfToken,
                                           const QString &destinationId, const TypedDestination &typed,
                                           const QString &problem, const QString &heading, const QString &button)
{
    const bool invalid = !problem.isEmpty();
    const QStringList &recommended = event_types::recommended();
    Html boxes;
    for (const QString &event : event_types::all()) {
        boxes += Html::fill(R"(<label class="check"><input type="checkbox" name="%1" value="on"%2> <code>%3</code>%4</label>)",
                            {eventField(event), typed.events.contains(event) ? Html::markup(" checked") : Html(),
                             event,
                             recommended.contains(event)
                                 ? Html::fill(R"( <span class="help">%1</span>)", {tr("Recommended")})
                                 : Html()});
    }
    const Html hidden = destinationId.isEmpty()
        ? Html()
        : Html::fill(R"(<input type="hidden" name="destination" value="%1">)", {destinationId});
    return Html::fill(
        R"(<h2>%1</h2><form method="post" action="%2" class="card webhook-form" novalidate autocomplete="off">%3%4)"
        R"(<label for="webhook-url">%5</label>)"
        R"(<input id="webhook-url" name="url" value="%6" dir="ltr" placeholder="https://crm.example.com/whatsapp/events")"
        R"( aria-describedby="webhook-url-help%7"%8>)"
        R"(<p id="webhook-url-help" class="help">%9</p>)",
        {heading, action, PageShell::csrfField(csrfToken), hidden, tr("Destination URL"), typed.url,
         invalid ? Html::markup(" webhook-problem") : Html(), invalid ? Html::markup(R"( aria-invalid="true")") : Html(),
         tr("http or https. Loopback, link-local and cloud-metadata addresses are refused; plain http only to the LAN.")})
        + Html::fill(R"(%1<fieldset class="events"><legend>%2</legend>%3</fieldset>)"
                     R"(<button type="submit">%4</button></form>)",
                     {invalid ? Html::fill(R"(<p id="webhook-problem" class="problem" role="alert">%1</p>)", {problem})
                              : Html(),
                      tr("Events"), boxes, button});
}

Html InstanceWebhooksView::secretOnce(const QString &heading, const QString &intro, const QString &secret)
{
    return Html::fill(
        R"(<section class="card secret-once" role="alert" aria-labelledby="new-secret"><h2 id="new-secret">%1</h2>)"
        R"(<p>%2</p><p><input class="secret" id="new-secret-value" readonly value="%3" dir="ltr" )"
        R"(aria-label="%4" spellcheck="false"></p><p class="warning"><strong>%5</strong> %6</p></section>)",
        {heading, intro, secret, tr("The signing secret"), tr("Copy it now: it will not be shown again."),
         tr("The gateway keeps it encrypted and never shows it again. If it is lost, rotate the secret.")});
}

Html InstanceWebhooksView::facts(const Row &row)
{
    const WebhookDestinationRecord &d = row.record;
    Html rotation;
    if (d.previousSecretUntil.isValid())
        rotation = Html::fill(R"(<dt>%1</dt><dd>%2</dd>)",
                              {tr("Previous secret"), tr("still signs until %1").arg(timeText(d.previousSecretUntil))});
    return Html::fill(R"(<dl class="facts"><dt>%1</dt><dd><code dir="ltr">%2</code></dd><dt>%3</dt><dd>%4</dd>)"
                      R"(<dt>%5</dt><dd>%6</dd><dt>%7</dt><dd>%8</dd><dt>%9</dt>)",
                      {tr("URL"), d.url, tr("State"), stateText(d), tr("Pending"),
                       row.pending < 0 ? QString() : QString::number(row.pending), tr("Events"),
                       d.events.join(QStringLiteral(", ")), tr("Added")})
        + Html::fill(R"(<dd>%1</dd>%2</dl>)", {timeText(d.createdAt), rotation});
}

Html InstanceWebhooksView::deliveryLog(const QList<WebhookAttemptRecord> &attempts, const QString &redeliverAction,
                                       const QByteArray &csrfToken, const QString &destinationId)
{
    if (attempts.isEmpty())
        return Html::fill(R"(<p class="empty">%1</p>)", {tr("No delivery attempts yet.")});
    const Html csrf = PageShell::csrfField(csrfToken);
    Html body;
    for (const WebhookAttemptRecord &a : attempts) {
        const Html redeliver = Html::fill(
            R"(<form method="post" action="%1" class="inline">%2<input type="hidden" name="destination" value="%3">)"
            R"(<input type="hidden" name="event" value="%4"><button type="submit">%5</button></form>)",
            {redeliverAction, csrf, destinationId, a.eventId, tr("Redeliver")});
        body += Html::fill(R"(<tr><td>%1</td><td><code>%2</code> <span class="help" dir="ltr">%3</span></td>)"
                           R"(<td>%4</td><td>%5</td><td>%6</td><td>%7</td><td class="excerpt"><code>%8</code></td>)"
                           R"(<td>%9</td></tr>)",
                           {timeText(a.createdAt), a.eventType, a.eventId, QString::number(a.attempt), statusText(a),
                            outcomeText(a), tr("%1 ms").arg(a.latencyMs), QString::fromUtf8(a.responseExcerpt),
                            redeliver});
    }
    return Html::fill(R"(<table class="list delivery-log"><thead><tr><th scope="col">%1</th><th scope="col">%2</th>)"
                      R"(<th scope="col">%3</th><th scope="col">%4</th><th scope="col">%5</th><th scope="col">%6</th>)"
                      R"(<th scope="col">%7</th><th scope="col"><span class="visually-hidden">%8</span></th></tr>)"
                      R"(</thead><tbody>%9</tbody></table>)",
                      {tr("Time"), tr("Event"), tr("Attempt"), tr("Status"), tr("Outcome"), tr("Latency"),
                       tr("Response"), tr("Actions"), body});
}

Html InstanceWebhooksView::rangeForm(const QString &action, const QByteArray &csrfToken, const TypedRange &typed,
                                     const QString &problem)
{
    const bool invalid = !problem.isEmpty();
    const Html invalidMark = invalid ? Html::markup(R"( aria-invalid="true")") : Html();
    return Html::fill(
        R"(<h2>%1</h2><form method="post" action="%2" class="inline pause" novalidate>%3)"
        R"(<label for="range-from">%4</label> <input id="range-from" name="from" value="%5" dir="ltr")"
        R"( placeholder="2026-01-31 08:00"%6> )"
        R"(<label for="range-to">%7</label> <input id="range-to" name="to" value="%8" dir="ltr")"
        R"( placeholder="2026-01-31 18:00"%6> <button type="submit">%9</button></form>)",
        {tr("Redeliver a time range"), action, PageShell::csrfField(csrfToken), tr("From (UTC)"), typed.from,
         invalidMark, tr("To (UTC)"), typed.to, tr("Redeliver range")})
        + Html::fill(R"(%1<p class="help">%2</p>)",
                     {invalid ? Html::fill(R"(<p class="problem" role="alert">%1</p>)", {problem}) : Html(),
                      tr("Every event of this instance that occurred from the first time up to (not including) the "
                         "second goes again to the destinations that subscribe to it.")});
}

} // namespace wag::portal
