#include "event_types.h"

namespace wag::event_types {

const QStringList &all()
{
    static const QStringList names = {
        kMessageReceived,       kMessageSent,          kMessageFailed,        kRecipientOptedOut,
        kInstanceConnected,     kInstanceDisconnected, kInstanceConnectionUpdated,
        kInstanceQrUpdated,     kMessageDelivered,     kMessageRead,          kMessageStatusUpdated,
        kConversationOpened,    kConversationClosed,   kCallReceived,         kCallMissed,
        kGroupMessageReceived,  kGroupUpdated,
    };
    return names;
}

const QStringList &recommended()
{
    static const QStringList names = {kMessageReceived, kMessageSent, kMessageFailed,
                                      kRecipientOptedOut};
    return names;
}

bool isSubscribable(const QString &name)
{
    return all().contains(name);
}

} // namespace wag::event_types
