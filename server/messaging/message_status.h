#pragma once

#include <QString>

#include <optional>

namespace wag {

// Where one outbound attempt stands. Receipt statuses only move forward
// (sent → delivered → read); failed and blocked are final.
enum class MessageStatus {
    Queued,    // accepted, waiting in the instance's pacing queue
    Sending,   // handed to the provider, no answer yet
    Sent,      // the provider accepted it
    Delivered, // the recipient's phone has it
    Read,      // the recipient opened it ("played" for voice counts as read)
    Failed,    // the provider refused it, or it could not be sent
    Blocked,   // the guard refused it; never reached the provider
};

QString messageStatusName(MessageStatus status);
std::optional<MessageStatus> parseMessageStatus(const QString &name);

// True if a message in `from` may move to `to`: forward along
// queued → sending → sent → delivered → read, failed reachable from any non-final state,
// and nothing leaves read, failed or blocked. A "read" receipt for a "sent" message moves it
// straight to read (read implies delivered).
bool canAdvance(MessageStatus from, MessageStatus to);

} // namespace wag
