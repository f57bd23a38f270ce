#pragma once

#include <QString>

namespace wag::evolution {

// WhatsApp addresses as Evolution (Baileys) writes them:
//   "5511999990000@s.whatsapp.net"      a person (optionally with a device: "5511…:12@…")
//   "120363025246125486@g.us"           a group
//   "123456789012345@lid"               a linked id: not a phone number; Baileys 7 puts the
//                                       phone JID next to it (remoteJidAlt, participantAlt)
//   "status@broadcast"                  status updates, never a conversation
bool isGroupJid(const QString &jid);
bool isLidJid(const QString &jid);
bool isPersonJid(const QString &jid); // @s.whatsapp.net (or the older @c.us)
bool isBroadcastJid(const QString &jid);

// "+5511999990000" for a person JID (or bare digits); empty for groups, lids, broadcasts
// and anything that is not 8 to 15 digits.
QString phoneFromJid(const QString &jid);

// What Evolution's sendText takes as "number": the E.164 digits without '+'.
QString digitsForSend(const QString &e164);

} // namespace wag::evolution
