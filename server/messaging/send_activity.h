#pragma once

#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QString>

#include <deque>

namespace wag {

// What the guard's risk signals need to remember about recent traffic, per instance:
// who wrote in and when (conversation windows), today's distinct recipients, and who got
// which text in the last hour. Kept in memory and bounded (pruned by day and by hour).
// Inbound contacts arrive from the provider's events; after a restart they are read back
// from the conversation windows the inbound pipeline keeps. Recipients and texts of the
// day start empty after a restart.
class SendActivity
{
public:
    static constexpr qint64 kConversationWindowMs = 24LL * 3600 * 1000;
    static constexpr qint64 kSameTextWindowMs = 3600LL * 1000;

    void recordInbound(const QString &instanceId, const QString &phone, const QDateTime &at);
    bool hasWrittenIn(const QString &instanceId, const QString &phone) const;
    bool insideConversationWindow(const QString &instanceId, const QString &phone,
                                  const QDateTime &now) const;

    // Share of today's distinct recipients (counting `phone` as one of them) who never
    // wrote in. `dayStart` identifies "today" in the gateway's time zone.
    double coldShareWith(const QString &instanceId, const QString &phone,
                         const QDateTime &dayStart);
    // Distinct recipients of exactly this text in the last hour, counting `phone`.
    int sameTextRecipientsWith(const QString &instanceId, const QString &text,
                               const QString &phone, const QDateTime &now);

    void recordAccepted(const QString &instanceId, const QString &phone, const QString &text,
                        const QDateTime &dayStart, const QDateTime &now);

private:
    struct Today
    {
        QDateTime dayStart;
        QSet<QString> recipients;
        int cold = 0;
    };
    struct TextUse
    {
        QDateTime at;
        QString phone;
    };
    Today &today(const QString &instanceId, const QDateTime &dayStart);
    void pruneTexts(const QDateTime &now);

    QHash<QString, QHash<QString, QDateTime>> m_lastInbound;  // instance → phone → time
    QHash<QString, Today> m_today;                            // instance → today
    struct TextUses
    {
        std::deque<TextUse> uses;      // oldest first
        QHash<QString, int> perPhone;  // distinct recipients and how many uses each
    };
    QHash<QString, QHash<QByteArray, TextUses>> m_texts; // instance → text hash → uses
    // Every recorded use in time order, so pruning costs O(1) per expired use.
    struct TextLogEntry
    {
        QDateTime at;
        QString instanceId;
        QByteArray key;
    };
    std::deque<TextLogEntry> m_textLog;
};

} // namespace wag
