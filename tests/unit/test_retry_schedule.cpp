// The webhook retry schedule of SPEC §6.4 at its edges: the steps, the last attempt, the
// jitter band, and Retry-After in both of its forms.
#include "webhooks/retry_schedule.h"

#include <QtTest>

using namespace wag;

namespace {

constexpr qint64 kSecond = 1000;
constexpr qint64 kMinute = 60 * kSecond;
constexpr qint64 kHour = 60 * kMinute;

const QDateTime kFailedAt(QDate(2026, 3, 10), QTime(9, 30), Qt::UTC);

RetrySchedule fixed(double draw)
{
    return RetrySchedule([draw] { return draw; });
}

} // namespace

class TestRetrySchedule : public QObject
{
    Q_OBJECT

private slots:
    void stepsFollowTheSpec_data()
    {
        QTest::addColumn<int>("attempts");
        QTest::addColumn<qint64>("delayMs");
        QTest::newRow("after the 1st") << 1 << 5 * kSecond;
        QTest::newRow("after the 2nd") << 2 << 5 * kMinute;
        QTest::newRow("after the 3rd") << 3 << 30 * kMinute;
        QTest::newRow("after the 4th") << 4 << 2 * kHour;
        QTest::newRow("after the 5th") << 5 << 5 * kHour;
        QTest::newRow("after the 6th") << 6 << 10 * kHour;
        QTest::newRow("after the 7th") << 7 << 10 * kHour;
    }
    void stepsFollowTheSpec()
    {
        QFETCH(int, attempts);
        QFETCH(qint64, delayMs);
        QCOMPARE(RetrySchedule::nominalDelayMs(attempts), std::optional<qint64>(delayMs));
        // A draw of 0.5 is the middle of the jitter band: exactly the nominal delay.
        QCOMPARE(fixed(0.5).nextAttemptAt(attempts, kFailedAt), std::optional(kFailedAt.addMSecs(delayMs)));
    }

    void eighthFailureIsTheLast()
    {
        QCOMPARE(RetrySchedule::kMaxAttempts, 8);
        QVERIFY(!RetrySchedule::nominalDelayMs(8));
        QVERIFY(!fixed(0.5).nextAttemptAt(8, kFailedAt));
        QVERIFY(!fixed(0.5).nextAttemptAt(9, kFailedAt));
        // Retry-After does not buy an attempt beyond the last.
        QVERIFY(!fixed(0.5).nextAttemptAt(8, kFailedAt, 1000));
        QVERIFY(!RetrySchedule::nominalDelayMs(0));
        QVERIFY(!fixed(0.5).nextAttemptAt(0, kFailedAt));
    }

    void wholeScheduleIsAboutADayAndAHalf()
    {
        qint64 total = 0;
        for (int attempts = 1; attempts < RetrySchedule::kMaxAttempts; ++attempts)
            total += *RetrySchedule::nominalDelayMs(attempts);
        QCOMPARE(total, 27 * kHour + 35 * kMinute + 5 * kSecond);
    }

    void jitterStaysInItsBand_data()
    {
        QTest::addColumn<double>("draw");
        QTest::addColumn<qint64>("delayMs"); // after the 2nd failure: nominal 5 min
        QTest::newRow("lowest") << 0.0 << qint64(4 * kMinute);
        QTest::newRow("highest") << 0.999999 << qint64(6 * kMinute);
        QTest::newRow("quarter") << 0.25 << qint64(4 * kMinute + 30 * kSecond);
        // A broken source cannot leave the band.
        QTest::newRow("above 1") << 7.0 << qint64(6 * kMinute);
        QTest::newRow("below 0") << -3.0 << qint64(4 * kMinute);
    }
    void jitterStaysInItsBand()
    {
        QFETCH(double, draw);
        QFETCH(qint64, delayMs);
        const std::optional<QDateTime> next = fixed(draw).nextAttemptAt(2, kFailedAt);
        QVERIFY(next);
        QVERIFY2(qAbs(kFailedAt.msecsTo(*next) - delayMs) <= 1, qPrintable(QString::number(kFailedAt.msecsTo(*next))));
    }

    void defaultSourceSpreadsRetries()
    {
        const RetrySchedule schedule;
        QSet<qint64> delays;
        for (int i = 0; i < 50; ++i) {
            const qint64 delay = kFailedAt.msecsTo(*schedule.nextAttemptAt(4, kFailedAt));
            QVERIFY(delay >= qint64(0.8 * 2 * kHour) && delay <= qint64(1.2 * 2 * kHour));
            delays.insert(delay);
        }
        QVERIFY(delays.size() > 40);
    }

    void retryAfterLongerThanTheScheduleWins()
    {
        const RetrySchedule schedule = fixed(0.5);
        QCOMPARE(schedule.nextAttemptAt(1, kFailedAt, 120 * kSecond), std::optional(kFailedAt.addSecs(120)));
        // Shorter than the schedule: the schedule (a receiver saying "1" must not burn the
        // attempts in seconds).
        QCOMPARE(schedule.nextAttemptAt(3, kFailedAt, 1 * kSecond), std::optional(kFailedAt.addMSecs(30 * kMinute)));
        // Longer than the cap: the cap.
        QCOMPARE(schedule.nextAttemptAt(1, kFailedAt, 48 * kHour),
                 std::optional(kFailedAt.addMSecs(RetrySchedule::kMaxRetryAfterMs)));
        // The jittered schedule still counts when it is the longer one.
        const std::optional<QDateTime> jittered = fixed(0.999999).nextAttemptAt(2, kFailedAt, 5 * kMinute + 10 * kSecond);
        QVERIFY(jittered);
        QCOMPARE(kFailedAt.msecsTo(*jittered), 6 * kMinute);
    }

    void retryAfterParses_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<qint64>("expectedMs"); // -1: not understood
        QTest::newRow("seconds") << QByteArray("120") << 120 * kSecond;
        QTest::newRow("zero") << QByteArray("0") << qint64(0);
        QTest::newRow("padded") << QByteArray("  30 ") << 30 * kSecond;
        QTest::newRow("over the cap") << QByteArray("86400") << RetrySchedule::kMaxRetryAfterMs;
        QTest::newRow("absurdly long") << QByteArray("99999999999999999999999") << RetrySchedule::kMaxRetryAfterMs;
        QTest::newRow("imf-fixdate") << QByteArray("Tue, 10 Mar 2026 09:32:00 GMT") << 2 * kMinute;
        QTest::newRow("rfc 850") << QByteArray("Tuesday, 10-Mar-26 09:31:00 GMT") << 1 * kMinute;
        QTest::newRow("asctime") << QByteArray("Tue Mar 10 09:45:00 2026") << 15 * kMinute;
        QTest::newRow("asctime padded day") << QByteArray("Thu Mar  5 09:30:00 2026") << qint64(0);
        QTest::newRow("date in the past") << QByteArray("Mon, 09 Mar 2026 09:30:00 GMT") << qint64(0);
        QTest::newRow("date far ahead") << QByteArray("Fri, 10 Apr 2026 09:30:00 GMT") << RetrySchedule::kMaxRetryAfterMs;
        QTest::newRow("negative") << QByteArray("-5") << qint64(-1);
        QTest::newRow("fraction") << QByteArray("1.5") << qint64(-1);
        QTest::newRow("empty") << QByteArray() << qint64(-1);
        QTest::newRow("words") << QByteArray("soon") << qint64(-1);
        QTest::newRow("date without zone") << QByteArray("Tue, 10 Mar 2026 09:32:00") << qint64(-1);
    }
    void retryAfterParses()
    {
        QFETCH(QByteArray, value);
        QFETCH(qint64, expectedMs);
        const std::optional<qint64> parsed = RetrySchedule::parseRetryAfter(value, kFailedAt);
        if (expectedMs < 0) {
            QVERIFY2(!parsed, qPrintable(QString::number(parsed.value_or(0))));
            return;
        }
        QVERIFY(parsed);
        QCOMPARE(*parsed, expectedMs);
    }
};

QTEST_GUILESS_MAIN(TestRetrySchedule)
#include "test_retry_schedule.moc"
