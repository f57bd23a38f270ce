#include "instance_test_send_view.h"

#include "messaging/send_answer.h"
#include "page_shell.h"
#include "policy/purposes.h"

#include <QJsonObject>

namespace wag::portal {

namespace {

QString purposeText(const QString &purpose)
{
    if (purpose == u"transactional")
        return InstanceTestSendView::tr("Transactional — orders, invoices, bookings");
    if (purpose == u"operational")
        return InstanceTestSendView::tr("Operational — service notices, reminders");
    if (purpose == u"support")
        return InstanceTestSendView::tr("Support — answering a customer");
    if (purpose == u"internal_team")
        return InstanceTestSendView::tr("Internal team — messages to staff");
    if (purpose == u"authentication")
        return InstanceTestSendView::tr("Authentication — one-time codes");
    return purpose;
}

} // namespace

bool InstanceTestSendView::succeeded(const SendAnswer &answer)
{
    return answer.body.value(QStringLiteral("success")).toBool();
}

Html InstanceTestSendView::form(const QString &action, const QByteArray &csrfToken, const Typed &typed)
{
    const QStringList purposes = allowedPurposes();
    const QString chosen = purposes.contains(typed.purpose) ? typed.purpose : QStringLiteral("support");
    Html options;
    for (const QString &purpose : purposes) {
        options += Html::fill(R"(<option value="%1"%2>%3</option>)",
                              {purpose, purpose == chosen ? Html::markup(" selected") : Html(), purposeText(purpose)});
    }
    const Html intro = Html::fill(R"(<p class="help">%1</p>)",
                                  {tr("Sends one message through this instance the way the API does: the guard "
                                      "checks it, the message log records it (sent from the portal, no API key) "
                                      "and it counts against the limits.")});
    return intro
        + Html::fill(R"(<form method="post" action="%1" class="card" novalidate>%2)"
                     R"(<label for="phone">%3</label><input id="phone" name="phone" value="%4" dir="ltr")"
                     R"( inputmode="tel" placeholder="+14155552671">)"
                     R"(<label for="purpose">%5</label><select id="purpose" name="purpose">%6</select>)"
                     R"(<label for="message">%7</label><textarea id="message" name="message" rows="4">%8</textarea>)"
                     R"(<button type="submit">%9</button></form>)",
                     {action, PageShell::csrfField(csrfToken), tr("Recipient"), typed.phone, tr("Purpose"), options,
                      tr("Message text"), typed.message, tr("Send test message")});
}

Html InstanceTestSendView::outcome(const QString &instanceName, const SendAnswer &answer)
{
    const QJsonObject &body = answer.body;
    if (succeeded(answer)) {
        const QString messageId = body.value(QStringLiteral("message_id")).toString();
        const QString logId = QString::number(body.value(QStringLiteral("log_id")).toInteger());
        const QString status = body.value(QStringLiteral("status")).toString();
        const QString text = status == u"queued"
            ? tr("Queued: %1 holds it in its pacing queue and sends it shortly (message %2, log entry %3). "
                 "The message log shows when it goes out.")
                  .arg(instanceName, messageId, logId)
            : tr("Sent: the provider accepted it (message %1, log entry %2).").arg(messageId, logId);
        return Html::fill(R"(<p class="outcome sent" role="status" data-status="%1">%2</p>)", {status, text});
    }
    const QString code = body.value(QStringLiteral("error")).toString();
    QString message = body.value(QStringLiteral("message")).toString();
    const QJsonObject fields =
        body.value(QStringLiteral("details")).toObject().value(QStringLiteral("fields")).toObject();
    QStringList problems;
    for (auto it = fields.constBegin(); it != fields.constEnd(); ++it)
        problems << QStringLiteral("%1: %2").arg(it.key(), it.value().toString());
    if (!problems.isEmpty())
        message += QLatin1Char(' ') + problems.join(QStringLiteral("; "));
    // The guard's own code and words: the same an integration gets, to search the README for.
    const QString text = code == u"gateway_send_failed" ? tr("Not sent (%1): %2").arg(code, message)
                                                          : tr("Refused (%1): %2").arg(code, message);
    return Html::fill(R"(<p class="problem" role="alert" data-error="%1">%2</p>)", {code, text});
}

} // namespace wag::portal
