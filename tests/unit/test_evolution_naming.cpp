// Instance names on Evolution, the gateway tag, and JID ↔ phone conversions.
#include "providers/evolution/evolution_jid.h"
#include "providers/evolution/evolution_naming.h"

#include <QRegularExpression>
#include <QSet>
#include <QtTest>

using namespace wag::evolution;

class TestEvolutionNaming : public QObject
{
    Q_OBJECT

private slots:
    void namesAreStableAndShaped()
    {
        const QString name = instanceName(QStringLiteral("0011aabb"), QStringLiteral("inst_AbCdEfGhIjKlMnOpQrSt"));
        QCOMPARE(name, instanceName(QStringLiteral("0011aabb"), QStringLiteral("inst_AbCdEfGhIjKlMnOpQrSt")));
        QVERIFY(QRegularExpression(QStringLiteral("^wag-0011aabb-[0-9a-f]{16}$")).match(name).hasMatch());
        QVERIFY(isOwnInstanceName(QStringLiteral("0011aabb"), name));
        // Another gateway on the same Evolution server: another tag, another name, not ours.
        const QString other = instanceName(QStringLiteral("99887766"), QStringLiteral("inst_AbCdEfGhIjKlMnOpQrSt"));
        QVERIFY(other != name);
        QVERIFY(!isOwnInstanceName(QStringLiteral("0011aabb"), other));
        QVERIFY(!isOwnInstanceName(QStringLiteral("0011aabb"), QStringLiteral("my-own-instance")));
    }

    void idsThatDifferOnlyInCaseGetDifferentNames()
    {
        QVERIFY(instanceName(QStringLiteral("0011aabb"), QStringLiteral("inst_abc"))
                != instanceName(QStringLiteral("0011aabb"), QStringLiteral("inst_ABC")));
    }

    void tags()
    {
        QSet<QString> seen;
        for (int i = 0; i < 20; ++i) {
            const QString tag = newGatewayTag();
            QVERIFY2(isValidGatewayTag(tag), qPrintable(tag));
            seen.insert(tag);
        }
        QVERIFY(seen.size() > 1);
        QVERIFY(!isValidGatewayTag(QString()));
        QVERIFY(!isValidGatewayTag(QStringLiteral("0011AABB")));
        QVERIFY(!isValidGatewayTag(QStringLiteral("0011aab")));
    }

    void callbackContract()
    {
        // Shared with the fake Evolution server and its integration tests.
        QCOMPARE(QLatin1String(kCallbackPathPrefix), QLatin1String("/internal/evolution/"));
        QCOMPARE(QLatin1String(kCallbackSecretHeader), QLatin1String("X-Gateway-Callback-Secret"));
    }

    void phonesFromJids()
    {
        QCOMPARE(phoneFromJid(QStringLiteral("5511999990000@s.whatsapp.net")), QStringLiteral("+5511999990000"));
        QCOMPARE(phoneFromJid(QStringLiteral("5511999990000:12@s.whatsapp.net")), QStringLiteral("+5511999990000"));
        QCOMPARE(phoneFromJid(QStringLiteral("5511999990000@c.us")), QStringLiteral("+5511999990000"));
        QVERIFY(phoneFromJid(QStringLiteral("120363025246125486@g.us")).isEmpty());
        QVERIFY(phoneFromJid(QStringLiteral("123456789012345@lid")).isEmpty());
        QVERIFY(phoneFromJid(QStringLiteral("status@broadcast")).isEmpty());
        QVERIFY(phoneFromJid(QStringLiteral("12ab@s.whatsapp.net")).isEmpty());
        QVERIFY(phoneFromJid(QStringLiteral("1234567@s.whatsapp.net")).isEmpty());  // too short
        QVERIFY(phoneFromJid(QStringLiteral("1234567890123456@s.whatsapp.net")).isEmpty()); // too long
        QVERIFY(isGroupJid(QStringLiteral("1@g.us")));
        QVERIFY(isLidJid(QStringLiteral("1@lid")));
    }

    void sendNumbersAreDigitsOnly()
    {
        QCOMPARE(digitsForSend(QStringLiteral("+5511999990000")), QStringLiteral("5511999990000"));
    }
};

QTEST_GUILESS_MAIN(TestEvolutionNaming)
#include "test_evolution_naming.moc"
