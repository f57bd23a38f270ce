#include "policy/purposes.h"

#include <QTest>

using namespace wag;

class TestPurposes : public QObject
{
    Q_OBJECT

private slots:
    void allowedInApiOrder();
    void refusedList();
    void isAllowed_data();
    void isAllowed();
};

void TestPurposes::allowedInApiOrder()
{
    const QStringList expected{QStringLiteral("transactional"), QStringLiteral("operational"),
                               QStringLiteral("support"), QStringLiteral("internal_team"),
                               QStringLiteral("authentication")};
    QCOMPARE(allowedPurposes(), expected);
}

void TestPurposes::refusedList()
{
    const QStringList expected{QStringLiteral("marketing"),     QStringLiteral("promotion"),
                               QStringLiteral("cold_outreach"), QStringLiteral("bulk_campaign"),
                               QStringLiteral("political"),     QStringLiteral("unknown")};
    QCOMPARE(refusedPurposes(), expected);
    for (const QString &purpose : refusedPurposes())
        QVERIFY2(!allowedPurposes().contains(purpose), qPrintable(purpose));
}

void TestPurposes::isAllowed_data()
{
    QTest::addColumn<QString>("purpose");
    QTest::addColumn<bool>("allowed");
    for (const QString &purpose : allowedPurposes())
        QTest::newRow(qPrintable(purpose)) << purpose << true;
    for (const QString &purpose : refusedPurposes())
        QTest::newRow(qPrintable(purpose)) << purpose << false;
    QTest::newRow("case differs") << QStringLiteral("Transactional") << false;
    QTest::newRow("upper case") << QStringLiteral("SUPPORT") << false;
    QTest::newRow("padded") << QStringLiteral(" support") << false;
    QTest::newRow("hyphen instead of underscore") << QStringLiteral("internal-team") << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("anything else") << QStringLiteral("newsletter") << false;
}

void TestPurposes::isAllowed()
{
    QFETCH(QString, purpose);
    QFETCH(bool, allowed);
    QCOMPARE(isAllowedPurpose(purpose), allowed);
}

QTEST_GUILESS_MAIN(TestPurposes)
#include "test_purposes.moc"
