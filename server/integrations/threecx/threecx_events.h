#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

namespace wag::threecx {

// The event types 3CX sends in `event_type` (SPEC §7), named once.
inline const QString kTest = QStringLiteral("test");
inline const QString kOutboundMessage = QStringLiteral("outbound_message");
inline const QString kMissedCall = QStringLiteral("missed_call");
inline const QString kVoicemail = QStringLiteral("voicemail");
inline const QString kCallEnded = QStringLiteral("call_ended");
inline const QString kQueueCallback = QStringLiteral("queue_callback");
inline const QString kAfterHours = QStringLiteral("after_hours");

// The call events that may send their template, in the order screens list them.
QStringList templateEvents();
bool isTemplateEvent(const QString &eventType);
// A sensible first text for each template event; templates start switched off.
QString defaultTemplate(const QString &eventType);

// Replaces each {{name}} whose name is a key of `variables` with its value. Placeholders
// with any other name are left exactly as written: a typo stays visible in the message
// log and in the admin's test instead of silently vanishing from the text a customer gets.
// Values are inserted once, never expanded again (a caller's "{{queue}}" stays literal).
QString renderTemplate(const QString &text, const QHash<QString, QString> &variables);

// The variables SPEC §7 names, in the order the README lists them.
QStringList templateVariables();

} // namespace wag::threecx
