#include "message_status.h"

namespace wag {

QString messageStatusName(MessageStatus status)
{
    switch (status) {
    case MessageStatus::Queued: return QStringLiteral("queued");
    case MessageStatus::Sending: return QStringLiteral("sending");
    case MessageStatus::Sent: return QStringLiteral("sent");
    case MessageStatus::Delivered: return QStringLiteral("delivered");
    case MessageStatus::Read: return QStringLiteral("read");
    case MessageStatus::Failed: return QStringLiteral("failed");
    case MessageStatus::Blocked: return QStringLiteral("blocked");
    }
    return {};
}

std::optional<MessageStatus> parseMessageStatus(const QString &name)
{
    for (MessageStatus s : {MessageStatus::Queued, MessageStatus::Sending, MessageStatus::Sent,
                            MessageStatus::Delivered, MessageStatus::Read, MessageStatus::Failed,
                            MessageStatus::Blocked}) {
        if (messageStatusName(s) == name)
            return s;
    }
    return std::nullopt;
}

static int rank(MessageStatus s)
{
    switch (s) {
    case MessageStatus::Queued: return 0;
    case MessageStatus::Sending: return 1;
    case MessageStatus::Sent: return 2;
    case MessageStatus::Delivered: return 3;
    case MessageStatus::Read: return 4;
    case MessageStatus::Failed:
    case MessageStatus::Blocked: return 5;
    }
    return 5;
}

bool canAdvance(MessageStatus from, MessageStatus to)
{
    if (from == MessageStatus::Read || from == MessageStatus::Failed || from == MessageStatus::Blocked)
        return false;
    if (to == MessageStatus::Blocked)
        return false;
    if (to == MessageStatus::Failed)
        return true;
    return rank(to) > rank(from);
}

} // namespace wag
