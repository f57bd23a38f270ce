#include "policy/limits.h"

#include <QTest>

#include <limits>

using namespace wag;

namespace {

QDateTime utc(int y, int mo, int d, int h = 0, int mi = 0, int s = 0, int ms = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s, ms), Qt::UTC);
}

constexpr qint64 kHourMs = 60LL * 60 * 1000;
constexpr qint64 kDayMs = 24 * kHourMs;

} // namespace

class TestLimits : public QObject
{
    Q_OBJECT

private slots:
    void defaults();
    void presets();
    void findPresetIgnoresCase();
    void windows_data();
    void windows();
    void dayLengthsAcrossDst();
    void windowsAreHalfOpen();
    void invalidInputs();
    void warmUpRamp_data();
    void warmUpRamp();
    void warmUpDayEdges();
    void warmUpNeverLinked();
    void warmUpRespectsSmallerNormalCap();
    void warmUpClockSkewAndConfig();
    void warmUpDoesNotOverflow();
};

void TestLimits::defaults()
{
    QCOMPARE(kDefaultDailyLimit, 500);
    QCOMPARE(kDefaultMonthlyLimit, 10000);
}

void TestLimits::presets()
{
    const QList<LimitPreset> list = limitPresets();
    QCOMPARE(list.size(), 3);
    QCOMPARE(list.at(0).name, QStringLiteral("Starter"));
    QCOMPARE(list.at(0).daily, 100);
    QCOMPARE(list.at(0).monthly, 2000);
    QCOMPARE(list.at(1).name, QStringLiteral("Growth"));
    QCOMPARE(list.at(1).daily, 500);
    QCOMPARE(list.at(1).monthly, 10000);
    QCOMPARE(list.at(2).name, QStringLiteral("Scale"));
    QCOMPARE(list.at(2).daily, 1500);
    QCOMPARE(list.at(2).monthly, 30000);
}

void TestLimits::findPresetIgnoresCase()
{
    const std::optional<LimitPreset> growth = findPreset(QStringLiteral("gRoWtH"));
    QVERIFY(growth.has_value());
    QCOMPARE(growth->name, QStringLiteral("Growth"));
    QCOMPARE(growth->daily, 500);
    QCOMPARE(findPreset(QStringLiteral(" SCALE "))->monthly, 30000);
    QCOMPARE(findPreset(QStringLiteral("starter"))->daily, 100);
    QVERIFY(!findPreset(QStringLiteral("Enterprise")).has_value());
    QVERIFY(!findPreset(QString()).has_value());
}

void TestLimits::windows_data()
{
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<QString>("zone");
    QTest::addColumn<QDateTime>("dayStart");
    QTest::addColumn<QDateTime>("dayEnd");
    QTest::addColumn<QDateTime>("monthStart");
    QTest::addColumn<QDateTime>("monthEnd");

    QTest::newRow("UTC mid-month") << utc(2026, 3, 15, 12) << QStringLiteral("UTC")
                                   << utc(2026, 3, 15) << utc(2026, 3, 16) << utc(2026, 3, 1)
                                   << utc(2026, 4, 1);
    QTest::newRow("UTC last ms of the year")
        << utc(2025, 12, 31, 23, 59, 59, 999) << QStringLiteral("UTC") << utc(2025, 12, 31)
        << utc(2026, 1, 1) << utc(2025, 12, 1) << utc(2026, 1, 1);
    QTest::newRow("UTC first instant of the year")
        << utc(2026, 1, 1) << QStringLiteral("UTC") << utc(2026, 1, 1) << utc(2026, 1, 2)
        << utc(2026, 1, 1) << utc(2026, 2, 1);
    QTest::newRow("UTC leap day") << utc(2028, 2, 29, 8) << QStringLiteral("UTC")
                                  << utc(2028, 2, 29) << utc(2028, 3, 1) << utc(2028, 2, 1)
                                  << utc(2028, 3, 1);

    // Riyadh: UTC+3 all year. 21:30Z on 31 Jan is 00:30 on 1 Feb there.
    QTest::newRow("Riyadh after local midnight")
        << utc(2026, 1, 31, 21, 30) << QStringLiteral("Asia/Riyadh") << utc(2026, 1, 31, 21)
        << utc(2026, 2, 1, 21) << utc(2026, 1, 31, 21) << utc(2026, 2, 28, 21);
    QTest::newRow("Riyadh just before local midnight")
        << utc(2026, 1, 31, 20, 59, 59, 999) << QStringLiteral("Asia/Riyadh")
        << utc(2026, 1, 30, 21) << utc(2026, 1, 31, 21) << utc(2025, 12, 31, 21)
        << utc(2026, 1, 31, 21);
    QTest::newRow("Riyadh new year")
        << utc(2025, 12, 31, 22) << QStringLiteral("Asia/Riyadh") << utc(2025, 12, 31, 21)
        << utc(2026, 1, 1, 21) << utc(2025, 12, 31, 21) << utc(2026, 1, 31, 21);

    // Berlin 2026: CEST from 29 Mar 01:00Z to 25 Oct 01:00Z.
    QTest::newRow("Berlin spring-forward day (23 h)")
        << utc(2026, 3, 29, 12) << QStringLiteral("Europe/Berlin") << utc(2026, 3, 28, 23)
        << utc(2026, 3, 29, 22) << utc(2026, 2, 28, 23) << utc(2026, 3, 31, 22);
    QTest::newRow("Berlin fall-back day (25 h)")
        << utc(2026, 10, 25, 12) << QStringLiteral("Europe/Berlin") << utc(2026, 10, 24, 22)
        << utc(2026, 10, 25, 23) << utc(2026, 9, 30, 22) << utc(2026, 10, 31, 23);
    QTest::newRow("Berlin fall-back, in the repeated hour")
        << utc(2026, 10, 25, 1, 30) << QStringLiteral("Europe/Berlin") << utc(2026, 10, 24, 22)
        << utc(2026, 10, 25, 23) << utc(2026, 9, 30, 22) << utc(2026, 10, 31, 23);
    QTest::newRow("Berlin first instant of April (CEST)")
        << utc(2026, 3, 31, 22) << QStringLiteral("Europe/Berlin") << utc(2026, 3, 31, 22)
        << utc(2026, 4, 1, 22) << utc(2026, 3, 31, 22) << utc(2026, 4, 30, 22);
    QTest::newRow("Berlin last ms of March")
        << utc(2026, 3, 31, 21, 59, 59, 999) << QStringLiteral("Europe/Berlin")
        << utc(2026, 3, 30, 22) << utc(2026, 3, 31, 22) << utc(2026, 2, 28, 23)
        << utc(2026, 3, 31, 22);
    QTest::newRow("Berlin new year (CET)")
        << utc(2025, 12, 31, 23, 30) << QStringLiteral("Europe/Berlin") << utc(2025, 12, 31, 23)
        << utc(2026, 1, 1, 23) << utc(2025, 12, 31, 23) << utc(2026, 1, 31, 23);

    // Santiago skips local midnight on 6 Sep 2026 (00:00 -04 -> 01:00 -03): that day
    // starts at 01:00 local, the day before ends there too.
    QTest::newRow("Santiago day without midnight")
        << utc(2026, 9, 6, 12) << QStringLiteral("America/Santiago") << utc(2026, 9, 6, 4)
        << utc(2026, 9, 7, 3) << utc(2026, 9, 1, 4) << utc(2026, 10, 1, 3);
    QTest::newRow("Santiago day before")
        << utc(2026, 9, 6, 3, 59) << QStringLiteral("America/Santiago") << utc(2026, 9, 5, 4)
        << utc(2026, 9, 6, 4) << utc(2026, 9, 1, 4) << utc(2026, 10, 1, 3);
}

void TestLimits::windows()
{
    QFETCH(QDateTime, now);
    QFETCH(QString, zone);
    QFETCH(QDateTime, dayStart);
    QFETCH(QDateTime, dayEnd);
    QFETCH(QDateTime, monthStart);
    QFETCH(QDateTime, monthEnd);

    const QTimeZone tz(zone.toUtf8());
    QVERIFY2(tz.isValid(), qPrintable(zone));
    const UsageWindow window = usageWindowAt(now, tz);
    QVERIFY(window.isValid());
    QCOMPARE(window.dayStart, dayStart);
    QCOMPARE(window.dayEnd, dayEnd);
    QCOMPARE(window.monthStart, monthStart);
    QCOMPARE(window.monthEnd, monthEnd);
    QCOMPARE(window.dayStart.timeSpec(), Qt::UTC);
    QCOMPARE(window.monthEnd.timeSpec(), Qt::UTC);
    QVERIFY(window.dayStart <= now && now < window.dayEnd);
    QVERIFY(window.monthStart <= now && now < window.monthEnd);
}

void TestLimits::dayLengthsAcrossDst()
{
    const QTimeZone berlin("Europe/Berlin");
    const auto length = [&](const QDateTime &now) {
        const UsageWindow w = usageWindowAt(now, berlin);
        return w.dayStart.msecsTo(w.dayEnd);
    };
    QCOMPARE(length(utc(2026, 3, 28, 12)), 24 * kHourMs);
    QCOMPARE(length(utc(2026, 3, 29, 12)), 23 * kHourMs);
    QCOMPARE(length(utc(2026, 3, 30, 12)), 24 * kHourMs);
    QCOMPARE(length(utc(2026, 10, 25, 12)), 25 * kHourMs);
    QCOMPARE(length(utc(2026, 10, 26, 12)), 24 * kHourMs);
    // Riyadh and UTC never change.
    const UsageWindow riyadh = usageWindowAt(utc(2026, 3, 29, 12), QTimeZone("Asia/Riyadh"));
    QCOMPARE(riyadh.dayStart.msecsTo(riyadh.dayEnd), 24 * kHourMs);
}

void TestLimits::windowsAreHalfOpen()
{
    const QTimeZone berlin("Europe/Berlin");
    const UsageWindow today = usageWindowAt(utc(2026, 3, 29, 12), berlin);
    // The end of one window is the start of the next one.
    const UsageWindow tomorrow = usageWindowAt(today.dayEnd, berlin);
    QCOMPARE(tomorrow.dayStart, today.dayEnd);
    const UsageWindow lastMs = usageWindowAt(today.dayEnd.addMSecs(-1), berlin);
    QCOMPARE(lastMs.dayStart, today.dayStart);
    const UsageWindow nextMonth = usageWindowAt(today.monthEnd, berlin);
    QCOMPARE(nextMonth.monthStart, today.monthEnd);
}

void TestLimits::invalidInputs()
{
    // An invalid zone is read as UTC.
    const UsageWindow fallback = usageWindowAt(utc(2026, 3, 29, 12), QTimeZone());
    QCOMPARE(fallback.dayStart, utc(2026, 3, 29));
    QCOMPARE(fallback.monthEnd, utc(2026, 4, 1));
    // No "now", no window.
    const UsageWindow none = usageWindowAt(QDateTime(), QTimeZone::utc());
    QVERIFY(!none.isValid());
    QVERIFY(!none.monthStart.isValid());
}

void TestLimits::warmUpRamp_data()
{
    QTest::addColumn<int>("day");
    QTest::addColumn<int>("cap");
    const int expected[] = {20, 40, 80, 160, 320, 500, 500, 500, 500, 500, 500, 500, 500, 500, 500, 500};
    for (int day = 1; day <= 16; ++day)
        QTest::newRow(qPrintable(QStringLiteral("day %1").arg(day))) << day << expected[day - 1];
}

void TestLimits::warmUpRamp()
{
    QFETCH(int, day);
    QFETCH(int, cap);
    const QDateTime linked = utc(2026, 5, 1, 9, 30);
    const QDateTime now = linked.addMSecs((day - 1) * kDayMs + 5 * kHourMs);
    QCOMPARE(warmUpDay(linked, now), day);
    QCOMPARE(warmUpDailyCap(linked, now, 500), cap);
    QCOMPARE(inWarmUp(linked, now), day <= 14);
}

void TestLimits::warmUpDayEdges()
{
    const QDateTime linked = utc(2026, 5, 1, 9, 30);
    QCOMPARE(warmUpDay(linked, linked), 1);
    QCOMPARE(warmUpDailyCap(linked, linked.addMSecs(kDayMs - 1), 500), 20);
    QCOMPARE(warmUpDailyCap(linked, linked.addMSecs(kDayMs), 500), 40);
    // Doubling 20 -> 640 passes the normal cap on day 6: 320 on day 5, 500 on day 6.
    QCOMPARE(warmUpDailyCap(linked, linked.addMSecs(5 * kDayMs - 1), 500), 320);
    QCOMPARE(warmUpDailyCap(linked, linked.addMSecs(5 * kDayMs), 500), 500);
    // Day 14 is the last day of warm-up, day 15 the first without.
    QVERIFY(inWarmUp(linked, linked.addMSecs(14 * kDayMs - 1)));
    QVERIFY(!inWarmUp(linked, linked.addMSecs(14 * kDayMs)));
    // With a high normal cap the last warm-up day still caps: 20 * 2^13 = 163840.
    QCOMPARE(warmUpDailyCap(linked, linked.addMSecs(14 * kDayMs - 1), 1000000), 163840);
    QCOMPARE(warmUpDailyCap(linked, linked.addMSecs(14 * kDayMs), 1000000), 1000000);
}

void TestLimits::warmUpNeverLinked()
{
    const QDateTime now = utc(2026, 5, 1);
    QCOMPARE(warmUpDailyCap(QDateTime(), now, 500), 20);
    QVERIFY(inWarmUp(QDateTime(), now));
    QCOMPARE(warmUpDay(QDateTime(), now), 0);
    QCOMPARE(warmUpDailyCap(QDateTime(), now, 500, WarmUpConfig{35, 14}), 35);
}

void TestLimits::warmUpRespectsSmallerNormalCap()
{
    const QDateTime linked = utc(2026, 5, 1);
    QCOMPARE(warmUpDailyCap(linked, linked, 10), 10);
    QCOMPARE(warmUpDailyCap(QDateTime(), linked, 10), 10);
    QCOMPARE(warmUpDailyCap(linked, linked.addMSecs(kDayMs), 30), 30);
    QCOMPARE(warmUpDailyCap(linked, linked, 0), 0);
    QCOMPARE(warmUpDailyCap(linked, linked, -5), 0);
}

void TestLimits::warmUpClockSkewAndConfig()
{
    const QDateTime linked = utc(2026, 5, 10);
    // Linked "in the future" (clock moved back): still day 1.
    QCOMPARE(warmUpDay(linked, linked.addMSecs(-kHourMs)), 1);
    QCOMPARE(warmUpDailyCap(linked, linked.addMSecs(-kHourMs), 500), 20);
    // Custom ramp: 50 on day 1, three days.
    const WarmUpConfig fast{50, 3};
    QCOMPARE(warmUpDailyCap(linked, linked.addMSecs(2 * kDayMs), 500, fast), 200);
    QCOMPARE(warmUpDailyCap(linked, linked.addMSecs(3 * kDayMs), 500, fast), 500);
    QVERIFY(inWarmUp(linked, linked.addMSecs(3 * kDayMs - 1), fast));
    QVERIFY(!inWarmUp(linked, linked.addMSecs(3 * kDayMs), fast));
    // No warm-up at all.
    QCOMPARE(warmUpDailyCap(linked, linked, 500, WarmUpConfig{20, 0}), 500);
    QVERIFY(!inWarmUp(linked, linked, WarmUpConfig{20, 0}));
    // A first-day cap of 0 holds the instance silent through the warm-up.
    QCOMPARE(warmUpDailyCap(linked, linked.addMSecs(5 * kDayMs), 500, WarmUpConfig{0, 14}), 0);
}

void TestLimits::warmUpDoesNotOverflow()
{
    const QDateTime linked = utc(2026, 1, 1);
    const int max = std::numeric_limits<int>::max();
    const WarmUpConfig longRamp{20, 100000};
    QCOMPARE(warmUpDailyCap(linked, linked.addMSecs(60 * kDayMs), max, longRamp), max);
    QCOMPARE(warmUpDailyCap(linked, linked.addMSecs(99 * kDayMs), 500, longRamp), 500);
    // Day 27: 20 * 2^26 still fits an int; day 28 would not, and is the normal cap.
    QCOMPARE(warmUpDailyCap(linked, linked.addMSecs(26 * kDayMs), max, longRamp), 20 << 26);
    QCOMPARE(warmUpDailyCap(linked, linked.addMSecs(27 * kDayMs), max, longRamp), max);
}

QTEST_GUILESS_MAIN(TestLimits)
#include "test_limits.moc"
