#include "policy/pacer.h"

#include <QTest>

#include <memory>

using namespace wag;

namespace {

const QDateTime t0(QDate(2026, 4, 1), QTime(9, 0), Qt::UTC);

QDateTime at(qint64 ms)
{
    return t0.addMSecs(ms);
}

QString recipient(int n)
{
    return QStringLiteral("+9665%1").arg(n, 8, 10, QLatin1Char('0'));
}

// Deterministic jitter: returns `value` (or the scripted values in turn) and remembers
// the range it was asked for.
struct FixedJitter
{
    int value = 0;
    QList<int> script;
    int calls = 0;
    int lastLo = -1;
    int lastHi = -1;
};

Pacer::Jitter jitterOf(const std::shared_ptr<FixedJitter> &state)
{
    return [state](int lo, int hi) {
        ++state->calls;
        state->lastLo = lo;
        state->lastHi = hi;
        return state->script.isEmpty() ? state->value : state->script.takeFirst();
    };
}

Pacer::Jitter constant(int value)
{
    return [value](int, int) { return value; };
}

// Fixed interval, no bursts: for tests about something else.
PacingConfig steady(int intervalMs)
{
    PacingConfig config;
    config.minIntervalMs = intervalMs;
    config.maxIntervalMs = intervalMs;
    config.burstSize = 0;
    return config;
}

} // namespace

class TestPacer : public QObject
{
    Q_OBJECT

private slots:
    void firstMessageIsDueNow();
    void intervalComesFromJitterWithinRange();
    void outOfRangeJitterIsClamped();
    void idleInstanceSendsAtOnce();
    void perRecipientSpacing();
    void perRecipientHoldsBackLaterMessages();
    void burstPauseAfterEveryTwentyMessages();
    void idleLongerThanPauseResetsBurst();
    void slowMultipliesInterval();
    void queueLengthEdge();
    void queueFullRetryAfterPointsAtFreeSlot();
    void queueWaitEdge();
    void retryAfterAssumesLongestInterval();
    void refusedReservationChangesNothing();
    void dueNowStillCountsUntilReleased();
    void releaseFreesAndIgnoresUnknown();
    void restoreRebuildsSchedule();
    void restoreRebuildsRecipientAndBurst();
    void restoreOutOfOrderKeepsDueOrder();
    void instancesAreIndependent();
    void disabledIsAlwaysNow();
    void setConfigAppliesToNextReservation();
    void insaneConfigIsSanitized();
};

void TestPacer::firstMessageIsDueNow()
{
    auto jitter = std::make_shared<FixedJitter>();
    jitter->value = 5000;
    Pacer pacer({}, jitterOf(jitter));
    const Pacer::Slot slot = pacer.reserve(QStringLiteral("i1"), recipient(1), t0, false);
    QVERIFY(slot.accepted);
    QCOMPARE(slot.due, t0);
    QCOMPARE(slot.due.timeSpec(), Qt::UTC);
    QCOMPARE(slot.retryAfterMs, 0);
    QVERIFY(slot.reason.isEmpty());
    QCOMPARE(pacer.queued(QStringLiteral("i1")), 1);
    QCOMPARE(jitter->calls, 0); // nothing to space from yet
}

void TestPacer::intervalComesFromJitterWithinRange()
{
    auto jitter = std::make_shared<FixedJitter>();
    jitter->script = {4000, 8000, 6123};
    Pacer pacer({}, jitterOf(jitter));
    const QString id = QStringLiteral("i1");
    QCOMPARE(pacer.reserve(id, recipient(1), t0, false).due, t0);
    QCOMPARE(pacer.reserve(id, recipient(2), t0, false).due, at(4000));
    QCOMPARE(jitter->lastLo, 4000);
    QCOMPARE(jitter->lastHi, 8000);
    QCOMPARE(pacer.reserve(id, recipient(3), t0, false).due, at(12000));
    QCOMPARE(pacer.reserve(id, recipient(4), t0, false).due, at(18123));
    QCOMPARE(jitter->calls, 3);
}

void TestPacer::outOfRangeJitterIsClamped()
{
    auto jitter = std::make_shared<FixedJitter>();
    jitter->script = {1, 999999};
    Pacer pacer({}, jitterOf(jitter));
    const QString id = QStringLiteral("i1");
    pacer.reserve(id, recipient(1), t0, false);
    QCOMPARE(pacer.reserve(id, recipient(2), t0, false).due, at(4000));
    QCOMPARE(pacer.reserve(id, recipient(3), t0, false).due, at(12000));
}

void TestPacer::idleInstanceSendsAtOnce()
{
    Pacer pacer({}, constant(8000));
    const QString id = QStringLiteral("i1");
    pacer.reserve(id, recipient(1), t0, false);
    // 5 s later the 8 s interval still holds the next message back...
    QCOMPARE(pacer.reserve(id, recipient(2), at(5000), false).due, at(8000));
    // ...once it has passed, the next message goes at once.
    QCOMPARE(pacer.reserve(id, recipient(3), at(16001), false).due, at(16001));
    QCOMPARE(pacer.reserve(id, recipient(4), at(16001), false).due, at(24001));
}

void TestPacer::perRecipientSpacing()
{
    Pacer pacer(steady(1000), constant(1000));
    const QString id = QStringLiteral("i1");
    const QString a = recipient(1);
    QCOMPARE(pacer.reserve(id, a, t0, false).due, t0);
    QCOMPARE(pacer.reserve(id, recipient(2), t0, false).due, at(1000));
    // Same recipient: 6 s after its previous message, not 1 s after the instance's last.
    QCOMPARE(pacer.reserve(id, a, t0, false).due, at(6000));
    // Exactly 6 s later, nothing holds it back any more.
    Pacer fresh(steady(1000), constant(1000));
    fresh.reserve(id, a, t0, false);
    QCOMPARE(fresh.reserve(id, a, at(6000), false).due, at(6000));
    QCOMPARE(fresh.reserve(id, a, at(6000), false).due, at(12000));
}

void TestPacer::perRecipientHoldsBackLaterMessages()
{
    // The schedule is FIFO: a message waiting for its recipient delays the ones after it.
    Pacer pacer(steady(1000), constant(1000));
    const QString id = QStringLiteral("i1");
    pacer.reserve(id, recipient(1), t0, false);
    QCOMPARE(pacer.reserve(id, recipient(1), t0, false).due, at(6000));
    QCOMPARE(pacer.reserve(id, recipient(2), t0, false).due, at(7000));
}

void TestPacer::burstPauseAfterEveryTwentyMessages()
{
    Pacer pacer({}, constant(4000));
    const QString id = QStringLiteral("i1");
    for (int k = 0; k < 20; ++k)
        QCOMPARE(pacer.reserve(id, recipient(k), t0, false).due, at(4000LL * k));
    // Message 21: interval + 60 s pause after message 20 (due at 76 s).
    QCOMPARE(pacer.reserve(id, recipient(20), t0, false).due, at(76000 + 4000 + 60000));
    for (int k = 21; k < 40; ++k)
        QCOMPARE(pacer.reserve(id, recipient(k), t0, false).due,
                 at(140000 + 4000LL * (k - 20)));
    // Message 41: the next pause.
    QCOMPARE(pacer.reserve(id, recipient(40), t0, false).due, at(216000 + 4000 + 60000));
    QCOMPARE(pacer.queued(id), 41);
}

void TestPacer::idleLongerThanPauseResetsBurst()
{
    const QString id = QStringLiteral("i1");
    const auto fillBurst = [&](Pacer &pacer) {
        for (int k = 0; k < 20; ++k)
            pacer.reserve(id, recipient(k), t0, false);
        // Last due: 76 s.
    };
    {
        // Idle exactly the pause length: not longer, so the pause still applies.
        Pacer pacer({}, constant(4000));
        fillBurst(pacer);
        QCOMPARE(pacer.reserve(id, recipient(99), at(76000 + 60000), false).due,
                 at(76000 + 4000 + 60000));
    }
    {
        // Idle 1 ms longer: a new burst, due at once, and 20 more before the next pause.
        Pacer pacer({}, constant(4000));
        fillBurst(pacer);
        const qint64 restart = 76000 + 60001;
        QCOMPARE(pacer.reserve(id, recipient(99), at(restart), false).due, at(restart));
        for (int k = 1; k < 20; ++k)
            QCOMPARE(pacer.reserve(id, recipient(100 + k), at(restart), false).due,
                     at(restart + 4000LL * k));
        QCOMPARE(pacer.reserve(id, recipient(200), at(restart), false).due,
                 at(restart + 4000LL * 19 + 4000 + 60000));
    }
}

void TestPacer::slowMultipliesInterval()
{
    const QString id = QStringLiteral("i1");
    Pacer pacer({}, constant(5000));
    QCOMPARE(pacer.reserve(id, recipient(1), t0, true).due, t0); // nothing to slow yet
    QCOMPARE(pacer.reserve(id, recipient(2), t0, true).due, at(10000));
    QCOMPARE(pacer.reserve(id, recipient(3), t0, false).due, at(15000));
    QCOMPARE(pacer.reserve(id, recipient(4), t0, true).due, at(25000));

    PacingConfig triple;
    triple.slowFactor = 3;
    Pacer slower(triple, constant(5000));
    slower.reserve(id, recipient(1), t0, false);
    QCOMPARE(slower.reserve(id, recipient(2), t0, true).due, at(15000));
}

void TestPacer::queueLengthEdge()
{
    PacingConfig config = steady(1000);
    config.maxQueueWaitMs = 1000 * 1000;
    Pacer pacer(config, constant(1000));
    const QString id = QStringLiteral("i1");
    for (int k = 0; k < 100; ++k)
        QVERIFY2(pacer.reserve(id, recipient(k), t0, false).accepted, qPrintable(QString::number(k)));
    QCOMPARE(pacer.queued(id), 100);
    const Pacer::Slot refused = pacer.reserve(id, recipient(100), t0, false);
    QVERIFY(!refused.accepted);
    QCOMPARE(refused.reason, QStringLiteral("queue_full"));
    QVERIFY(!refused.due.isValid());
    // The first entry is due now: room as soon as the sender takes it; never below 1 s.
    QCOMPARE(refused.retryAfterMs, 1000);
    QCOMPARE(pacer.queued(id), 100);

    pacer.release(id);
    QCOMPARE(pacer.queued(id), 99);
    const Pacer::Slot accepted = pacer.reserve(id, recipient(100), t0, false);
    QVERIFY(accepted.accepted);
    QCOMPARE(accepted.due, at(100000));
    QCOMPARE(pacer.queued(id), 100);
}

void TestPacer::queueFullRetryAfterPointsAtFreeSlot()
{
    PacingConfig config = steady(5000);
    config.maxQueueLength = 3;
    Pacer pacer(config, constant(5000));
    const QString id = QStringLiteral("i1");
    pacer.reserve(id, recipient(1), t0, false); // due 0
    pacer.reserve(id, recipient(2), t0, false); // due 5 s
    pacer.release(id);                          // the first one was sent
    pacer.reserve(id, recipient(3), t0, false); // due 10 s
    pacer.reserve(id, recipient(4), t0, false); // due 15 s
    const Pacer::Slot refused = pacer.reserve(id, recipient(5), at(1000), false);
    QVERIFY(!refused.accepted);
    QCOMPARE(refused.reason, QStringLiteral("queue_full"));
    QCOMPARE(refused.retryAfterMs, 4000); // the 5 s entry leaves at 5 s
}

void TestPacer::queueWaitEdge()
{
    PacingConfig config = steady(10000);
    config.maxQueueLength = 1000;
    Pacer pacer(config, constant(10000));
    const QString id = QStringLiteral("i1");
    for (int k = 0; k <= 60; ++k) {
        const Pacer::Slot slot = pacer.reserve(id, recipient(k), t0, false);
        QVERIFY2(slot.accepted, qPrintable(QString::number(k)));
        QCOMPARE(slot.due, at(10000LL * k));
    }
    // The 61st was due exactly 10 min from now: accepted. The next one would be 10 s beyond.
    const Pacer::Slot refused = pacer.reserve(id, recipient(61), t0, false);
    QVERIFY(!refused.accepted);
    QCOMPARE(refused.reason, QStringLiteral("queue_wait_too_long"));
    QCOMPARE(refused.retryAfterMs, 10000);
    QCOMPARE(pacer.queued(id), 61);
    // Retrying after that long is accepted, again exactly 10 min ahead.
    const Pacer::Slot retried = pacer.reserve(id, recipient(61), at(10000), false);
    QVERIFY(retried.accepted);
    QCOMPARE(retried.due, at(610000));
    // A refusal only 1 ms beyond the limit still asks for at least a second.
    const Pacer::Slot again = pacer.reserve(id, recipient(62), at(10000 + 9999), false);
    QVERIFY(!again.accepted);
    QCOMPARE(again.retryAfterMs, 1000);
}

void TestPacer::retryAfterAssumesLongestInterval()
{
    PacingConfig config;
    config.burstSize = 0;
    config.minIntervalMs = 5000;
    config.maxIntervalMs = 9000;
    config.maxQueueWaitMs = 20000;
    Pacer pacer(config, constant(5000));
    const QString id = QStringLiteral("i1");
    for (int k = 0; k < 5; ++k)
        QVERIFY(pacer.reserve(id, recipient(k), t0, false).accepted); // 0, 5, 10, 15, 20 s
    const Pacer::Slot refused = pacer.reserve(id, recipient(5), t0, false);
    QVERIFY(!refused.accepted);
    QCOMPARE(refused.reason, QStringLiteral("queue_wait_too_long"));
    // Would be due at 25 s with this draw, but at up to 29 s with another: retry at 9 s.
    QCOMPARE(refused.retryAfterMs, 9000);
}

void TestPacer::refusedReservationChangesNothing()
{
    PacingConfig config = steady(4000);
    config.maxQueueWaitMs = 4000;
    Pacer pacer(config, constant(4000));
    const QString id = QStringLiteral("i1");
    pacer.reserve(id, recipient(1), t0, false); // 0
    pacer.reserve(id, recipient(2), t0, false); // 4 s
    QVERIFY(!pacer.reserve(id, recipient(3), t0, false).accepted);
    QVERIFY(!pacer.reserve(id, recipient(2), t0, false).accepted);
    QCOMPARE(pacer.queued(id), 2);
    // Neither the tail nor recipient 3's spacing moved.
    const Pacer::Slot later = pacer.reserve(id, recipient(3), at(4000), false);
    QVERIFY(later.accepted);
    QCOMPARE(later.due, at(8000));
}

void TestPacer::dueNowStillCountsUntilReleased()
{
    PacingConfig config;
    config.maxQueueLength = 1;
    Pacer pacer(config, constant(4000));
    const QString id = QStringLiteral("i1");
    QCOMPARE(pacer.reserve(id, recipient(1), t0, false).due, t0);
    // An hour later it is long overdue, but until release() it holds its place.
    QCOMPARE(pacer.queued(id), 1);
    const Pacer::Slot refused = pacer.reserve(id, recipient(2), at(3600000), false);
    QVERIFY(!refused.accepted);
    QCOMPARE(refused.reason, QStringLiteral("queue_full"));
    pacer.release(id);
    QVERIFY(pacer.reserve(id, recipient(2), at(3600000), false).accepted);
}

void TestPacer::releaseFreesAndIgnoresUnknown()
{
    Pacer pacer({}, constant(4000));
    const QString id = QStringLiteral("i1");
    pacer.release(id); // nothing queued: no effect, no underflow
    pacer.release(QStringLiteral("unknown"));
    QCOMPARE(pacer.queued(id), 0);
    QCOMPARE(pacer.queued(QStringLiteral("unknown")), 0);
    pacer.reserve(id, recipient(1), t0, false);
    pacer.reserve(id, recipient(2), t0, false);
    QCOMPARE(pacer.queued(id), 2);
    pacer.release(id);
    QCOMPARE(pacer.queued(id), 1);
    pacer.release(id);
    pacer.release(id);
    QCOMPARE(pacer.queued(id), 0);
}

void TestPacer::restoreRebuildsSchedule()
{
    Pacer pacer({}, constant(4000));
    const QString id = QStringLiteral("i1");
    pacer.restore(id, recipient(1), at(10000));
    pacer.restore(id, recipient(2), at(15000));
    pacer.restore(id, recipient(3), at(20000));
    QCOMPARE(pacer.queued(id), 3);
    // A new message goes after the restored tail.
    QCOMPARE(pacer.reserve(id, recipient(4), t0, false).due, at(24000));
    QCOMPARE(pacer.queued(id), 4);
    pacer.release(id);
    QCOMPARE(pacer.queued(id), 3);
}

void TestPacer::restoreRebuildsRecipientAndBurst()
{
    const QString id = QStringLiteral("i1");
    {
        Pacer pacer({}, constant(4000));
        pacer.restore(id, recipient(1), at(10000));
        // The recipient's 6 s spacing survives the restart (16 s, not 14 s).
        QCOMPARE(pacer.reserve(id, recipient(1), t0, false).due, at(16000));
    }
    {
        // Twenty stored messages 4 s apart: the next one gets the burst pause.
        Pacer pacer({}, constant(4000));
        for (int k = 0; k < 20; ++k)
            pacer.restore(id, recipient(k), at(4000LL * k));
        QCOMPARE(pacer.reserve(id, recipient(50), t0, false).due, at(76000 + 4000 + 60000));
    }
    {
        // A stored pause (gap >= 60 s) started a new burst: 10 + 10 messages, no pause due.
        Pacer pacer({}, constant(4000));
        for (int k = 0; k < 10; ++k)
            pacer.restore(id, recipient(k), at(4000LL * k));
        for (int k = 0; k < 10; ++k)
            pacer.restore(id, recipient(10 + k), at(36000 + 64000 + 4000LL * k));
        QCOMPARE(pacer.reserve(id, recipient(50), t0, false).due, at(136000 + 4000));
    }
}

void TestPacer::restoreOutOfOrderKeepsDueOrder()
{
    PacingConfig config;
    config.maxQueueLength = 2;
    Pacer pacer(config, constant(4000));
    const QString id = QStringLiteral("i1");
    pacer.restore(id, recipient(1), at(30000));
    pacer.restore(id, recipient(2), at(10000));
    const Pacer::Slot refused = pacer.reserve(id, recipient(3), t0, false);
    QVERIFY(!refused.accepted);
    QCOMPARE(refused.retryAfterMs, 10000); // the earliest entry, not the last restored
}

void TestPacer::instancesAreIndependent()
{
    Pacer pacer({}, constant(4000));
    const QString a = QStringLiteral("a");
    const QString b = QStringLiteral("b");
    QCOMPARE(pacer.reserve(a, recipient(1), t0, false).due, t0);
    QCOMPARE(pacer.reserve(a, recipient(2), t0, false).due, at(4000));
    // Same recipient, other instance: neither the interval nor the recipient spacing carry over.
    QCOMPARE(pacer.reserve(b, recipient(1), t0, false).due, t0);
    QCOMPARE(pacer.queued(a), 2);
    QCOMPARE(pacer.queued(b), 1);
    pacer.forget(a);
    QCOMPARE(pacer.queued(a), 0);
    QCOMPARE(pacer.queued(b), 1);
}

void TestPacer::disabledIsAlwaysNow()
{
    PacingConfig config;
    config.enabled = false;
    auto jitter = std::make_shared<FixedJitter>();
    jitter->value = 4000;
    Pacer pacer(config, jitterOf(jitter));
    const QString id = QStringLiteral("i1");
    for (int k = 0; k < 250; ++k) {
        const Pacer::Slot slot = pacer.reserve(id, recipient(k % 3), t0, true);
        QVERIFY(slot.accepted);
        QCOMPARE(slot.due, t0);
    }
    QCOMPARE(pacer.queued(id), 250);
    QCOMPARE(jitter->calls, 0);
    pacer.release(id);
    QCOMPARE(pacer.queued(id), 249);
}

void TestPacer::setConfigAppliesToNextReservation()
{
    Pacer pacer({}, constant(4000));
    const QString id = QStringLiteral("i1");
    pacer.reserve(id, recipient(1), t0, false);
    QCOMPARE(pacer.reserve(id, recipient(2), t0, false).due, at(4000));
    pacer.setConfig(steady(1000));
    QCOMPARE(pacer.config().maxIntervalMs, 1000);
    QCOMPARE(pacer.reserve(id, recipient(3), t0, false).due, at(5000));
    QCOMPARE(pacer.queued(id), 3);
}

void TestPacer::insaneConfigIsSanitized()
{
    PacingConfig config;
    config.minIntervalMs = -5;
    config.maxIntervalMs = -10;
    config.slowFactor = 0;
    config.maxQueueLength = 0;
    config.burstSize = -1;
    Pacer pacer(config, constant(0));
    QCOMPARE(pacer.config().minIntervalMs, 0);
    QCOMPARE(pacer.config().maxIntervalMs, 0);
    QCOMPARE(pacer.config().slowFactor, 1);
    QCOMPARE(pacer.config().maxQueueLength, 1);
    QCOMPARE(pacer.config().burstSize, 0);
    const QString id = QStringLiteral("i1");
    QVERIFY(pacer.reserve(id, recipient(1), t0, true).accepted);
    QVERIFY(!pacer.reserve(id, recipient(2), t0, true).accepted);
}

QTEST_GUILESS_MAIN(TestPacer)
#include "test_pacer.moc"
