#include "login_throttle.h"

#include <QHostAddress>

namespace wag::portal {

LoginThrottle::LoginThrottle(const Clock &clock, LoginLimits limits)
    : m_clock(clock), m_limits(limits)
{
}

QString LoginThrottle::addressKey(const QHostAddress &peer)
{
    bool isV4 = false;
    const quint32 v4 = peer.toIPv4Address(&isV4);
    if (isV4)
        return QHostAddress(v4).toString();
    Q_IPV6ADDR bytes = peer.toIPv6Address();
    for (int i = 8; i < 16; ++i)
        bytes[i] = 0;
    return QHostAddress(bytes).toString() + QStringLiteral("/64");
}

// Times are appended in order, so the old ones are at the front.
void LoginThrottle::dropOlderThan(QList<QDateTime> *times, const QDateTime &cutoff)
{
    qsizetype stale = 0;
    while (stale < times->size() && times->at(stale) <= cutoff)
        ++stale;
    times->remove(0, stale);
}

void LoginThrottle::pruneAddresses(const QDateTime &now)
{
    const QDateTime cutoff = now.addMSecs(-m_limits.addressWindowMs);
    for (auto it = m_attempts.begin(); it != m_attempts.end();) {
        dropOlderThan(&it.value(), cutoff);
        it = it.value().isEmpty() ? m_attempts.erase(it) : std::next(it);
    }
    // Still full of live entries (many addresses at once): the quietest one goes, so memory
    // stays bounded; it can only gain that address a fresh window.
    while (m_attempts.size() >= m_limits.maxTrackedKeys) {
        auto quietest = m_attempts.begin();
        for (auto it = m_attempts.begin(); it != m_attempts.end(); ++it) {
            if (it.value().last() < quietest.value().last())
                quietest = it;
        }
        m_attempts.erase(quietest);
    }
}

qint64 LoginThrottle::admitAddress(const QHostAddress &peer)
{
    const QDateTime now = m_clock.now();
    const QString key = addressKey(peer);
    auto it = m_attempts.find(key);
    if (it == m_attempts.end()) {
        if (m_attempts.size() >= m_limits.maxTrackedKeys)
            pruneAddresses(now);
        m_attempts.insert(key, {now});
        return 0;
    }
    // An attempt stays counted for exactly the window: at first + window it is gone.
    dropOlderThan(&it.value(), now.addMSecs(-m_limits.addressWindowMs));
    if (it.value().size() >= m_limits.attemptsPerAddress)
        return now.msecsTo(it.value().first().addMSecs(m_limits.addressWindowMs));
    it.value().append(now);
    return 0;
}

qint64 LoginThrottle::lockedForMs(const QString &normalizedName) const
{
    const auto it = m_names.constFind(normalizedName);
    if (it == m_names.constEnd() || it->lockedUntil.isNull())
        return 0;
    return qMax<qint64>(0, m_clock.now().msecsTo(it->lockedUntil));
}

void LoginThrottle::pruneNames(const QDateTime &now)
{
    const QDateTime cutoff = now.addMSecs(-m_limits.failureWindowMs);
    for (auto it = m_names.begin(); it != m_names.end();) {
        dropOlderThan(&it->failures, cutoff);
        const bool locked = !it->lockedUntil.isNull() && it->lockedUntil > now;
        it = (!locked && it->failures.isEmpty()) ? m_names.erase(it) : std::next(it);
    }
    // Live lockouts are never dropped to make room; unlocked counts are, oldest first.
    while (m_names.size() >= m_limits.maxTrackedKeys) {
        auto oldest = m_names.end();
        for (auto it = m_names.begin(); it != m_names.end(); ++it) {
            const bool locked = !it->lockedUntil.isNull() && it->lockedUntil > now;
            if (!locked && (oldest == m_names.end() || it->failures.last() < oldest->failures.last()))
                oldest = it;
        }
        if (oldest == m_names.end())
            break;
        m_names.erase(oldest);
    }
}

void LoginThrottle::recordFailure(const QString &normalizedName)
{
    const QDateTime now = m_clock.now();
    if (!m_names.contains(normalizedName) && m_names.size() >= m_limits.maxTrackedKeys)
        pruneNames(now);
    NameRecord &record = m_names[normalizedName];
    if (!record.lockedUntil.isNull() && record.lockedUntil <= now)
        record.lockedUntil = QDateTime(); // a lockout that ended starts a fresh count
    dropOlderThan(&record.failures, now.addMSecs(-m_limits.failureWindowMs));
    record.failures.append(now);
    if (record.failures.size() >= m_limits.failuresBeforeLockout) {
        record.lockedUntil = now.addMSecs(m_limits.lockoutMs);
        record.failures.clear();
    }
}

void LoginThrottle::recordSuccess(const QString &normalizedName)
{
    m_names.remove(normalizedName);
}

} // namespace wag::portal
