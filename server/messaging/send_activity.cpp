#include "send_activity.h"

#include <QCryptographicHash>

namespace wag {

static QByteArray textKey(const QString &text)
{
    return QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha1);
}

void SendActivity::recordInbound(const QString &instanceId, const QString &phone, const QDateTime &at)
{
    QDateTime &last = m_lastInbound[instanceId][phone];
    if (!last.isValid() || at > last)
        last = at;
}

bool SendActivity::hasWrittenIn(const QString &instanceId, const QString &phone) const
{
    const auto it = m_lastInbound.constFind(instanceId);
    return it != m_lastInbound.constEnd() && it->contains(phone);
}

bool SendActivity::insideConversationWindow(const QString &instanceId, const QString &phone,
                                            const QDateTime &now) const
{
    const auto it = m_lastInbound.constFind(instanceId);
    if (it == m_lastInbound.constEnd())
        return false;
    const QDateTime last = it->value(phone);
    return last.isValid() && last.msecsTo(now) < kConversationWindowMs;
}

SendActivity::Today &SendActivity::today(const QString &instanceId, const QDateTime &dayStart)
{
    Today &t = m_today[instanceId];
    if (t.dayStart != dayStart) {
        t = Today();
        t.dayStart = dayStart;
    }
    return t;
}

double SendActivity::coldShareWith(const QString &instanceId, const QString &phone,
                                   const QDateTime &dayStart)
{
    const Today &t = today(instanceId, dayStart);
    int recipients = int(t.recipients.size());
    int cold = t.cold;
    if (!t.recipients.contains(phone)) {
        ++recipients;
        if (!hasWrittenIn(instanceId, phone))
            ++cold;
    }
    return recipients == 0 ? 0.0 : double(cold) / recipients;
}

void SendActivity::pruneTexts(const QDateTime &now)
{
    while (!m_textLog.empty() && m_textLog.front().at.msecsTo(now) >= kSameTextWindowMs) {
        const TextLogEntry &oldest = m_textLog.front();
        auto &texts = m_texts[oldest.instanceId];
        auto uses = texts.find(oldest.key);
        if (uses != texts.end()) {
            const QString phone = uses->uses.front().phone;
            uses->uses.pop_front();
            if (--uses->perPhone[phone] <= 0)
                uses->perPhone.remove(phone);
            if (uses->uses.empty())
                texts.erase(uses);
        }
        m_textLog.pop_front();
    }
}

int SendActivity::sameTextRecipientsWith(const QString &instanceId, const QString &text,
                                         const QString &phone, const QDateTime &now)
{
    pruneTexts(now);
    const auto texts = m_texts.constFind(instanceId);
    if (texts == m_texts.constEnd())
        return 1;
    const auto uses = texts->constFind(textKey(text));
    if (uses == texts->constEnd())
        return 1;
    return int(uses->perPhone.size()) + (uses->perPhone.contains(phone) ? 0 : 1);
}

void SendActivity::recordAccepted(const QString &instanceId, const QString &phone, const QString &text,
                                  const QDateTime &dayStart, const QDateTime &now)
{
    Today &t = today(instanceId, dayStart);
    if (!t.recipients.contains(phone)) {
        t.recipients.insert(phone);
        if (!hasWrittenIn(instanceId, phone))
            ++t.cold;
    }
    const QByteArray key = textKey(text);
    TextUses &uses = m_texts[instanceId][key];
    uses.uses.push_back(TextUse{now, phone});
    ++uses.perPhone[phone];
    m_textLog.push_back(TextLogEntry{now, instanceId, key});
}

} // namespace wag
