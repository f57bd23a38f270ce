#include "evolution_jid.h"

#include "core/phone_number.h"

namespace wag::evolution {

bool isGroupJid(const QString &jid)
{
    return jid.endsWith(QLatin1String("@g.us"));
}

bool isLidJid(const QString &jid)
{
    return jid.endsWith(QLatin1String("@lid"));
}

bool isPersonJid(const QString &jid)
{
    return jid.endsWith(QLatin1String("@s.whatsapp.net")) || jid.endsWith(QLatin1String("@c.us"));
}

bool isBroadcastJid(const QString &jid)
{
    return jid.endsWith(QLatin1String("@broadcast"));
}

QString phoneFromJid(const QString &jid)
{
    if (jid.isEmpty() || isGroupJid(jid) || isLidJid(jid) || isBroadcastJid(jid))
        return {};
    QString user = jid.section(QLatin1Char('@'), 0, 0);
    user = user.section(QLatin1Char(':'), 0, 0); // device suffix
    if (user.startsWith(QLatin1Char('+')))
        user.remove(0, 1);
    if (user.size() < 8 || user.size() > 15 || user.startsWith(QLatin1Char('0')))
        return {};
    for (const QChar c : std::as_const(user)) {
        if (c < u'0' || c > u'9')
            return {};
    }
    return QLatin1Char('+') + user;
}

QString digitsForSend(const QString &e164)
{
    return digitsOnly(e164);
}

} // namespace wag::evolution
