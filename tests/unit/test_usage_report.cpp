// The usage report the desktop window shows next to an instance: today's and this month's
// counts against the caps, the warm-up day, and when the counts start again. Pure
// arithmetic; tests/integration/test_send_service.cpp checks that the guard decides by it.
#include "policy/usage_report.h"

#include <QTest>

using namespace wag;

namespace {

QDateTime utc(int y, int mo, int d, int h = 0, int mi = 0, int s = 0, int ms = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s, ms), Qt::UTC);
}

constexpr qint64 kDayMs = 24LL * 60 * 60 * 1000;

LimitDefaults riyadh()
{
    LimitDefaults d;
    d.dailyLimit = 500;
    d.monthlyLimit = 10'000;
    d.warmUp = WarmUpConfig{20, 14};
    d.timeZone = QTimeZone("Asia/Riyadh"); // UTC+3, no DST
    return d;
}

UsageReport reportAt(const QDateTime &now, const QDateTime &linkedAt, int today, int month,
                     std::optional<qint64> daily = std::nullopt, std::optional<qint64> monthly = std::nullopt,
                     const LimitDefaults &defaults = riyadh())
{
    return makeUsageReport(daily, monthly, linkedAt, today, month, usageWindowAt(now, defaults.timeZone), now, defaults);
}

} // namespace

class TestUsageReport : public QObject
{
    Q_OBJECT

private slots:
    void defaultsAndOwnLimits()
    {
        const QDateTime now = utc(2026, 3, 10, 9);
        const QDateTime longAgo = now.addDays(-100);
        UsageReport r = reportAt(now, longAgo, 12, 340);
        QCOMPARE(r.dailyLimit, 500);
        QCOMPARE(r.monthlyLimit, 10'000);
        QVERIFY(!r.ownDailyLimit && !r.ownMonthlyLimit);
        QCOMPARE(r.todayCap, 500);
        QVERIFY(!r.warmUpLowersCap && !r.inWarmUp);
        QCOMPARE(r.warmUpDay, 101);
        QCOMPARE(r.warmUpDays, 14);
        QCOMPARE(r.sentToday, 12);
        QCOMPARE(r.sentThisMonth, 340);
        QVERIFY(!r.dailyLimitReached() && !r.monthlyLimitReached());

        r = reportAt(now, longAgo, 12, 340, 100, 2000);
        QVERIFY(r.ownDailyLimit && r.ownMonthlyLimit);
        QCOMPARE(r.dailyLimit, 100);
        QCOMPARE(r.monthlyLimit, 2000);
        QCOMPARE(r.todayCap, 100);
    }

    void resetsAreLocalMidnight()
    {
        // 22:30 UTC on 31 March is 01:30 on 1 April in Riyadh: already the new day and month.
        const QDateTime now = utc(2026, 3, 31, 22, 30);
        const UsageReport r = reportAt(now, now.addDays(-30), 0, 0);
        QCOMPARE(r.dayStart, utc(2026, 3, 31, 21));
        QCOMPARE(r.dayResetsAt, utc(2026, 4, 1, 21));
        QCOMPARE(r.monthStart, utc(2026, 3, 31, 21));
        QCOMPARE(r.monthResetsAt, utc(2026, 4, 30, 21));
        QCOMPARE(r.dayResetsAt.toTimeZone(r.timeZone).time(), QTime(0, 0));
        QCOMPARE(r.timeZone.id(), QByteArray("Asia/Riyadh"));
    }

    void warmUpDayBoundary()
    {
        const QDateTime linked = utc(2026, 5, 1, 8);
        // The last millisecond of day 1: the first day's cap.
        UsageReport r = reportAt(linked.addMSecs(kDayMs - 1), linked, 0, 0);
        QCOMPARE(r.warmUpDay, 1);
        QCOMPARE(r.todayCap, 20);
        QVERIFY(r.inWarmUp && r.warmUpLowersCap);
        // Day 2 starts exactly 24 hours after linking, whatever the calendar says.
        r = reportAt(linked.addMSecs(kDayMs), linked, 0, 0);
        QCOMPARE(r.warmUpDay, 2);
        QCOMPARE(r.todayCap, 40);
        // Day 5: 320, still below 500; day 6: the ramp reaches the daily limit.
        QCOMPARE(reportAt(linked.addMSecs(4 * kDayMs), linked, 0, 0).todayCap, 320);
        r = reportAt(linked.addMSecs(5 * kDayMs), linked, 0, 0);
        QCOMPARE(r.todayCap, 500);
        QVERIFY(r.inWarmUp && !r.warmUpLowersCap);
        // Day 14 is the last one; on day 15 warm-up is over.
        QVERIFY(reportAt(linked.addMSecs(14 * kDayMs - 1), linked, 0, 0).inWarmUp);
        r = reportAt(linked.addMSecs(14 * kDayMs), linked, 0, 0);
        QCOMPARE(r.warmUpDay, 15);
        QVERIFY(!r.inWarmUp);
    }

    void neverLinked()
    {
        const UsageReport r = reportAt(utc(2026, 5, 1, 8), QDateTime(), 0, 0);
        QCOMPARE(r.warmUpDay, 0);
        QVERIFY(r.inWarmUp && r.warmUpLowersCap);
        QCOMPARE(r.todayCap, 20);
    }

    void limitReached()
    {
        const QDateTime linked = utc(2026, 5, 1, 8);
        const QDateTime now = linked.addMSecs(kDayMs / 2);
        QVERIFY(!reportAt(now, linked, 19, 19).dailyLimitReached());
        UsageReport r = reportAt(now, linked, 20, 20); // the warm-up cap
        QVERIFY(r.dailyLimitReached());
        QVERIFY(!r.monthlyLimitReached());
        // A smaller limit of the instance's own wins over warm-up.
        r = reportAt(now, linked, 5, 5, 5, 1000);
        QCOMPARE(r.todayCap, 5);
        QVERIFY(!r.warmUpLowersCap);
        QVERIFY(r.dailyLimitReached());
        // The month's cap.
        r = reportAt(now.addDays(30), linked, 0, 10'000);
        QVERIFY(r.monthlyLimitReached());
        QVERIFY(!r.dailyLimitReached());
        // Zero means zero: nothing may go.
        QVERIFY(reportAt(now.addDays(30), linked, 0, 0, 0, 0).dailyLimitReached());
    }

    void unreadableCountsAreNotReached()
    {
        // -1: the log could not be read. The guard lets the send through then (its own
        // rule), so the report does not claim the cap is reached.
        const UsageReport r = reportAt(utc(2026, 5, 1, 8), utc(2026, 1, 1), -1, -1);
        QVERIFY(!r.dailyLimitReached());
        QVERIFY(!r.monthlyLimitReached());
    }
};

QTEST_GUILESS_MAIN(TestUsageReport)
#include "test_usage_report.moc"
