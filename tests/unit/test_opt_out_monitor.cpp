#include "policy/opt_out_monitor.h"

#include <QTest>

using namespace wag;

namespace {

QString recipient(int n)
{
    return QStringLiteral("+4915%1").arg(n, 9, 10, QLatin1Char('0'));
}

const QString kInstance = QStringLiteral("inst_a");

// `sends` sends to distinct recipients 0..sends-1, then opt-outs from the first `optOuts`.
void fill(OptOutMonitor &monitor, int sends, int optOuts)
{
    for (int i = 0; i < sends; ++i)
        monitor.recordSend(kInstance, recipient(i));
    for (int i = 0; i < optOuts; ++i)
        monitor.recordOptOut(kInstance, recipient(i));
}

} // namespace

class TestOptOutMonitor : public QObject
{
    Q_OBJECT

private slots:
    void defaults();
    void spikeEdgesAtHundredSends();
    void minimumSendsEdge();
    void onlyTheLastWindowCounts();
    void optOutFromSomeoneNotRecentlyMessagedDoesNotCount();
    void repeatedOptOutCountsOnce();
    void resetStartsAfresh();
    void instancesAreIndependent();
    void customConfig();
    void recentOutcomesFailureRate();
};

void TestOptOutMonitor::defaults()
{
    const OptOutMonitor monitor;
    QCOMPARE(monitor.config().window, 100);
    QCOMPARE(monitor.config().threshold, 0.05);
    QCOMPARE(monitor.config().minimumSends, 20);
    QCOMPARE(monitor.optOutRate(kInstance), 0.0);
    QVERIFY(!monitor.spikeDetected(kInstance));
}

void TestOptOutMonitor::spikeEdgesAtHundredSends()
{
    OptOutMonitor five;
    fill(five, 100, 5);
    QCOMPARE(five.optOutsInWindow(kInstance), 5);
    QCOMPARE(five.optOutRate(kInstance), 0.05);
    QVERIFY(!five.spikeDetected(kInstance)); // 5 % is not more than 5 %

    OptOutMonitor six;
    fill(six, 100, 6);
    QCOMPARE(six.optOutRate(kInstance), 0.06);
    QVERIFY(six.spikeDetected(kInstance));
}

void TestOptOutMonitor::minimumSendsEdge()
{
    OptOutMonitor below;
    fill(below, 19, 19); // 100 %, but only 19 sends
    QCOMPARE(below.optOutRate(kInstance), 1.0);
    QVERIFY(!below.spikeDetected(kInstance));

    OptOutMonitor at;
    fill(at, 20, 2); // 10 % of exactly 20 sends
    QVERIFY(at.spikeDetected(kInstance));
    OptOutMonitor atButOne;
    fill(atButOne, 20, 1); // 5 % of 20: not above
    QVERIFY(!atButOne.spikeDetected(kInstance));
}

void TestOptOutMonitor::onlyTheLastWindowCounts()
{
    OptOutMonitor monitor;
    fill(monitor, 100, 6);
    QVERIFY(monitor.spikeDetected(kInstance));
    // One more send pushes recipient 0's send (and its opt-out) out of the window.
    monitor.recordSend(kInstance, recipient(1000));
    QCOMPARE(monitor.sendsInWindow(kInstance), 100);
    QCOMPARE(monitor.optOutsInWindow(kInstance), 5);
    QVERIFY(!monitor.spikeDetected(kInstance));
    // Recipient 0 is no longer among the last 100: a late opt-out is ignored.
    monitor.recordOptOut(kInstance, recipient(0));
    QCOMPARE(monitor.optOutsInWindow(kInstance), 5);
}

void TestOptOutMonitor::optOutFromSomeoneNotRecentlyMessagedDoesNotCount()
{
    OptOutMonitor monitor;
    fill(monitor, 100, 5);
    monitor.recordOptOut(kInstance, recipient(5000));
    QCOMPARE(monitor.optOutsInWindow(kInstance), 5);
    QVERIFY(!monitor.spikeDetected(kInstance));
    // The same person, once messaged, does count. (That send pushes recipient 0's send,
    // and its opt-out, out of the window: 4 + 1.)
    monitor.recordSend(kInstance, recipient(5000));
    QCOMPARE(monitor.optOutsInWindow(kInstance), 4);
    monitor.recordOptOut(kInstance, recipient(5000));
    QCOMPARE(monitor.optOutsInWindow(kInstance), 5);
    // An instance with no sends at all ignores opt-outs.
    monitor.recordOptOut(QStringLiteral("inst_other"), recipient(1));
    QCOMPARE(monitor.optOutsInWindow(QStringLiteral("inst_other")), 0);
}

void TestOptOutMonitor::repeatedOptOutCountsOnce()
{
    OptOutMonitor monitor;
    fill(monitor, 100, 5);
    monitor.recordOptOut(kInstance, recipient(0));
    monitor.recordOptOut(kInstance, recipient(0));
    QCOMPARE(monitor.optOutsInWindow(kInstance), 5);
    QVERIFY(!monitor.spikeDetected(kInstance));
}

void TestOptOutMonitor::resetStartsAfresh()
{
    OptOutMonitor monitor;
    fill(monitor, 100, 10);
    QVERIFY(monitor.spikeDetected(kInstance));
    monitor.reset(kInstance);
    QVERIFY(!monitor.spikeDetected(kInstance));
    QCOMPARE(monitor.sendsInWindow(kInstance), 0);
    QCOMPARE(monitor.optOutRate(kInstance), 0.0);
    // Opt-outs for sends before the reset no longer count.
    monitor.recordOptOut(kInstance, recipient(50));
    QCOMPARE(monitor.optOutsInWindow(kInstance), 0);
}

void TestOptOutMonitor::instancesAreIndependent()
{
    OptOutMonitor monitor;
    fill(monitor, 100, 10);
    const QString other = QStringLiteral("inst_b");
    for (int i = 0; i < 100; ++i)
        monitor.recordSend(other, recipient(i));
    QVERIFY(monitor.spikeDetected(kInstance));
    QVERIFY(!monitor.spikeDetected(other));
    monitor.reset(other);
    QVERIFY(monitor.spikeDetected(kInstance));
}

void TestOptOutMonitor::customConfig()
{
    OptOutMonitor::Config config;
    config.window = 10;
    config.threshold = 0.2;
    config.minimumSends = 5;
    OptOutMonitor monitor(config);
    for (int i = 0; i < 30; ++i)
        monitor.recordSend(kInstance, recipient(i));
    QCOMPARE(monitor.sendsInWindow(kInstance), 10);
    monitor.recordOptOut(kInstance, recipient(25));
    monitor.recordOptOut(kInstance, recipient(26));
    QVERIFY(!monitor.spikeDetected(kInstance)); // 20 %
    monitor.recordOptOut(kInstance, recipient(27));
    QVERIFY(monitor.spikeDetected(kInstance)); // 30 %
    monitor.recordOptOut(kInstance, recipient(5)); // long gone from a window of 10
    QCOMPARE(monitor.optOutsInWindow(kInstance), 3);
}

void TestOptOutMonitor::recentOutcomesFailureRate()
{
    RecentOutcomes outcomes;
    QCOMPARE(outcomes.failureRate(kInstance), 0.0);
    for (int i = 0; i < 100; ++i)
        outcomes.recordOutcome(kInstance, i < 10);
    QCOMPARE(outcomes.failureRate(kInstance), 0.1);
    // Ten successes push the ten failures out of the last 100.
    for (int i = 0; i < 9; ++i)
        outcomes.recordOutcome(kInstance, false);
    QCOMPARE(outcomes.failureRate(kInstance), 0.01);
    outcomes.recordOutcome(kInstance, false);
    QCOMPARE(outcomes.failureRate(kInstance), 0.0);
    outcomes.recordOutcome(kInstance, true);
    QCOMPARE(outcomes.failureRate(kInstance), 0.01);
    QCOMPARE(outcomes.failureRate(QStringLiteral("inst_b")), 0.0);
    outcomes.reset(kInstance);
    QCOMPARE(outcomes.failureRate(kInstance), 0.0);

    RecentOutcomes small(4);
    small.recordOutcome(kInstance, true);
    small.recordOutcome(kInstance, false);
    QCOMPARE(small.failureRate(kInstance), 0.5);
}

QTEST_GUILESS_MAIN(TestOptOutMonitor)
#include "test_opt_out_monitor.moc"
