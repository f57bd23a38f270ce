#include "threecx_events.h"

#include <QRegularExpression>

namespace wag::threecx {

QStringList templateEvents()
{
    return {kMissedCall, kVoicemail, kCallEnded, kQueueCallback, kAfterHours};
}

bool isTemplateEvent(const QString &eventType)
{
    return templateEvents().contains(eventType);
}

QString defaultTemplate(const QString &eventType)
{
    if (eventType == kMissedCall)
        return QStringLiteral("Sorry we missed your call to {{business_name}}. Reply here and we will help you.");
    if (eventType == kVoicemail)
        return QStringLiteral("Thank you for your voicemail to {{business_name}}. We will get back to you soon.");
    if (eventType == kCallEnded)
        return QStringLiteral("Thank you for calling {{business_name}}. Reply here if you need anything else.");
    if (eventType == kQueueCallback)
        return QStringLiteral("{{business_name}}: you asked for a callback from our {{queue}} team. We will call you back.");
    if (eventType == kAfterHours)
        return QStringLiteral("{{business_name}} is closed right now. Reply here and we will answer when we open.");
    return {};
}

QStringList templateVariables()
{
    return {QStringLiteral("customer_phone"), QStringLiteral("agent_extension"), QStringLiteral("queue"),
            QStringLiteral("call_time"), QStringLiteral("business_name")};
}

QString renderTemplate(const QString &text, const QHash<QString, QString> &variables)
{
    static const QRegularExpression placeholder(QStringLiteral("\\{\\{\\s*([A-Za-z0-9_]+)\\s*\\}\\}"));
    QString out;
    qsizetype from = 0;
    for (auto it = placeholder.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        const auto found = variables.constFind(match.captured(1));
        if (found == variables.cend())
            continue;
        out += QStringView(text).mid(from, match.capturedStart() - from);
        out += *found;
        from = match.capturedEnd();
    }
    out += QStringView(text).mid(from);
    return out;
}

} // namespace wag::threecx
