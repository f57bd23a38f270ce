// The checks in front of the 3CX webhook (SPEC §7): the HMAC signature with its timestamp
// window at the exact edge, both signature spellings, and the IP allowlist with CIDR ranges
// at their edges for IPv4, IPv6 and IPv4-mapped peers.
#include "integrations/threecx/threecx_request_auth.h"
#include "webhooks/webhook_signature.h"

#include <QTest>

using namespace wag;
using namespace wag::threecx;

namespace {

const QString kSecret = QStringLiteral("tcxsec_0123456789abcdefghijklmnopqrstuvwxyzABCDEFG");
const QByteArray kBody = QByteArrayLiteral(R"({"event_type":"test"})");
const QDateTime kNow(QDate(2026, 5, 4), QTime(9, 0), Qt::UTC);

QByteArray stamp(qint64 offsetSeconds)
{
    return QByteArray::number(kNow.toSecsSinceEpoch() + offsetSeconds);
}

// Independent of signBody(): the SPEC's formula spelled out.
QByteArray expectedHex(const QByteArray &timestamp, const QByteArray &body, const QString &secret = kSecret)
{
    return hmacSha256(secret.toUtf8(), {timestamp + "." + body}).toHex();
}

} // namespace

class TestThreecxRequestAuth : public QObject
{
    Q_OBJECT

private slots:
    void signatureWithPrefixAndBareHex()
    {
        const QByteArray ts = stamp(0);
        const QByteArray hex = expectedHex(ts, kBody);
        QCOMPARE(verifySignature(kSecret, ts, "sha256=" + hex, kBody, kNow), SignatureCheck::Valid);
        QCOMPARE(verifySignature(kSecret, ts, hex, kBody, kNow), SignatureCheck::Valid);
        QCOMPARE(verifySignature(kSecret, ts, hex.toUpper(), kBody, kNow), SignatureCheck::Valid);
        QCOMPARE(verifySignature(kSecret, ts, "SHA256=" + hex, kBody, kNow), SignatureCheck::Valid);
        QCOMPARE(signBody(kSecret, kNow.toSecsSinceEpoch(), kBody), "sha256=" + hex);
    }

    void signatureRefusesChanges()
    {
        const QByteArray ts = stamp(0);
        const QByteArray hex = expectedHex(ts, kBody);
        QCOMPARE(verifySignature(kSecret, ts, hex, kBody + " ", kNow), SignatureCheck::Mismatch);
        QCOMPARE(verifySignature(kSecret + QLatin1Char('x'), ts, hex, kBody, kNow), SignatureCheck::Mismatch);
        QCOMPARE(verifySignature(kSecret, stamp(1), hex, kBody, kNow), SignatureCheck::Mismatch);
        QCOMPARE(verifySignature(kSecret, ts, hex.left(63), kBody, kNow), SignatureCheck::Mismatch);
        QCOMPARE(verifySignature(kSecret, ts, "sha1=" + hex, kBody, kNow), SignatureCheck::Mismatch);
        QCOMPARE(verifySignature(kSecret, {}, hex, kBody, kNow), SignatureCheck::Missing);
        QCOMPARE(verifySignature(kSecret, ts, {}, kBody, kNow), SignatureCheck::Missing);
        QCOMPARE(verifySignature(kSecret, "12a", hex, kBody, kNow), SignatureCheck::BadTimestamp);
        QCOMPARE(verifySignature(kSecret, "+" + ts, hex, kBody, kNow), SignatureCheck::BadTimestamp);
    }

    void timestampWindowEdges_data()
    {
        QTest::addColumn<qint64>("offset");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("exactly 5 min old") << qint64(-300) << true;
        QTest::newRow("5 min + 1 s old") << qint64(-301) << false;
        QTest::newRow("exactly 5 min ahead") << qint64(300) << true;
        QTest::newRow("5 min + 1 s ahead") << qint64(301) << false;
        QTest::newRow("a day old") << qint64(-86400) << false;
    }

    void timestampWindowEdges()
    {
        QFETCH(qint64, offset);
        QFETCH(bool, accepted);
        const QByteArray ts = stamp(offset);
        const SignatureCheck check = verifySignature(kSecret, ts, expectedHex(ts, kBody), kBody, kNow);
        QCOMPARE(check, accepted ? SignatureCheck::Valid : SignatureCheck::TimestampTooOld);
    }

    void allowlistEdges_data()
    {
        QTest::addColumn<QString>("peer");
        QTest::addColumn<QStringList>("allowed");
        QTest::addColumn<bool>("expected");
        const QStringList v4Range{QStringLiteral("192.0.2.0/24")};
        QTest::newRow("empty list: any") << "203.0.113.9" << QStringList() << true;
        QTest::newRow("v4 first of /24") << "192.0.2.0" << v4Range << true;
        QTest::newRow("v4 last of /24") << "192.0.2.255" << v4Range << true;
        QTest::newRow("v4 just after /24") << "192.0.3.0" << v4Range << false;
        QTest::newRow("v4 just before /24") << "192.0.1.255" << v4Range << false;
        QTest::newRow("v4 single address") << "198.51.100.7" << QStringList{QStringLiteral("198.51.100.7")} << true;
        QTest::newRow("v4 single address, neighbour") << "198.51.100.8" << QStringList{QStringLiteral("198.51.100.7")} << false;
        QTest::newRow("v4 /32") << "198.51.100.7" << QStringList{QStringLiteral("198.51.100.7/32")} << true;
        QTest::newRow("v4 /0 takes every v4") << "8.8.8.8" << QStringList{QStringLiteral("0.0.0.0/0")} << true;
        QTest::newRow("v4 /0 takes no v6") << "2001:db8::1" << QStringList{QStringLiteral("0.0.0.0/0")} << false;
        QTest::newRow("second entry matches") << "10.1.2.3"
                                             << QStringList{QStringLiteral("192.0.2.0/24"), QStringLiteral("10.0.0.0/8")} << true;
        QTest::newRow("v4-mapped peer, v4 range") << "::ffff:192.0.2.44" << v4Range << true;
        QTest::newRow("v4-mapped peer, outside") << "::ffff:192.0.3.44" << v4Range << false;
        QTest::newRow("v4 peer, v4-mapped entry") << "192.0.2.44" << QStringList{QStringLiteral("::ffff:192.0.2.0/120")} << true;
        const QStringList v6Range{QStringLiteral("2001:db8::/32")};
        QTest::newRow("v6 first of /32") << "2001:db8::" << v6Range << true;
        QTest::newRow("v6 last of /32") << "2001:db8:ffff:ffff:ffff:ffff:ffff:ffff" << v6Range << true;
        QTest::newRow("v6 just after /32") << "2001:db9::" << v6Range << false;
        QTest::newRow("v6 single") << "::1" << QStringList{QStringLiteral("::1")} << true;
        QTest::newRow("v6 range takes no v4") << "192.0.2.1" << QStringList{QStringLiteral("::/0")} << false;
        QTest::newRow("invalid entries never match") << "10.0.0.1"
                                                     << QStringList{QStringLiteral("10/8"), QStringLiteral("10.0.0.0/33"),
                                                                    QStringLiteral("ten")} << false;
    }

    void allowlistEdges()
    {
        QFETCH(QString, peer);
        QFETCH(QStringList, allowed);
        QFETCH(bool, expected);
        QCOMPARE(isAllowedPeer(QHostAddress(peer), allowed), expected);
    }

    void validEntries()
    {
        for (const char *good : {"192.0.2.7", "192.0.2.0/24", "0.0.0.0/0", "2001:db8::/32", "::1", "::ffff:10.0.0.0/104"})
            QVERIFY2(isValidAllowedIp(QLatin1String(good)), good);
        for (const char *bad : {"", "10/8", "10.0.0.0/33", "2001:db8::/129", "192.0.2.0/", "/24", "example.com",
                                "192.0.2.0/-1", "192.0.2.0/24/1", "192.0.2.0/0024"})
            QVERIFY2(!isValidAllowedIp(QLatin1String(bad)), bad);
    }
};

QTEST_GUILESS_MAIN(TestThreecxRequestAuth)
#include "test_threecx_request_auth.moc"
