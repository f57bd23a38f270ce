#include "secrets/api_key_token.h"

#include <QCryptographicHash>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace wag;

class TestApiKeyToken : public QObject
{
    Q_OBJECT

private slots:
    void generatedKeyHasTheDocumentedShape();
    void generatedKeysAreUnique();
    void prefixIsTheFirstSixteenCharacters();
    void hashIsLowerCaseHexSha256();
    void hashDistinguishesKeys();
    void isWellFormed_data();
    void isWellFormed();
};

void TestApiKeyToken::generatedKeyHasTheDocumentedShape()
{
    const apikeys::GeneratedKey key = apikeys::generate();
    static const QRegularExpression shape(QStringLiteral("^wg_live_[0-9A-Za-z]{40}$"));
    QVERIFY2(shape.match(key.plaintext).hasMatch(), qPrintable(key.plaintext));
    QCOMPARE(key.plaintext.size(), 8 + 40);
    QVERIFY(apikeys::isWellFormed(key.plaintext));
    QCOMPARE(key.prefix, key.plaintext.left(16));
    QCOMPARE(key.hash, apikeys::hashKey(key.plaintext));
}

void TestApiKeyToken::generatedKeysAreUnique()
{
    QSet<QString> seen;
    QSet<QChar> alphabet;
    for (int i = 0; i < 200; ++i) {
        const apikeys::GeneratedKey key = apikeys::generate();
        QVERIFY(!seen.contains(key.plaintext));
        seen.insert(key.plaintext);
        for (const QChar c : key.plaintext.mid(8))
            alphabet.insert(c);
    }
    // 8000 draws from 62 symbols: all of them show up unless the generator is broken.
    QCOMPARE(alphabet.size(), 62);
}

void TestApiKeyToken::prefixIsTheFirstSixteenCharacters()
{
    QCOMPARE(apikeys::kPrefixLength, 16);
    const QString key = QStringLiteral("wg_live_ABCDEFGH") + QString(32, u'x');
    QCOMPARE(apikeys::prefixOf(key), QStringLiteral("wg_live_ABCDEFGH"));
    QCOMPARE(apikeys::prefixOf(QStringLiteral("short")), QStringLiteral("short"));
}

void TestApiKeyToken::hashIsLowerCaseHexSha256()
{
    const QString key = QStringLiteral("wg_live_0123456789abcdefghijABCDEFGHIJ0123456789");
    const QByteArray hash = apikeys::hashKey(key);
    QCOMPARE(hash.size(), 64);
    static const QRegularExpression lowerHex(QStringLiteral("^[0-9a-f]{64}$"));
    QVERIFY2(lowerHex.match(QString::fromLatin1(hash)).hasMatch(), hash.constData());
    // Independent computation.
    QCryptographicHash sha(QCryptographicHash::Sha256);
    sha.addData(key.toUtf8());
    QCOMPARE(hash, sha.result().toHex());
    // A known vector, so a change of algorithm or encoding cannot pass unnoticed.
    QCOMPARE(apikeys::hashKey(QStringLiteral("abc")),
             QByteArray("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
}

void TestApiKeyToken::hashDistinguishesKeys()
{
    const QString a = QStringLiteral("wg_live_") + QString(40, u'a');
    const QString b = QStringLiteral("wg_live_") + QString(39, u'a') + u'b';
    QVERIFY(apikeys::hashKey(a) != apikeys::hashKey(b));
    QVERIFY(apikeys::hashKey(a) != apikeys::hashKey(a.toUpper()));
}

void TestApiKeyToken::isWellFormed_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<bool>("wellFormed");
    const QString scheme = QStringLiteral("wg_live_");
    QTest::newRow("generated length") << scheme + QString(40, u'A') << true;
    QTest::newRow("shortest accepted (32)") << scheme + QString(32, u'9') << true;
    QTest::newRow("one too short (31)") << scheme + QString(31, u'9') << false;
    QTest::newRow("longest accepted (128)") << scheme + QString(128, u'z') << true;
    QTest::newRow("one too long (129)") << scheme + QString(129, u'z') << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("scheme only") << scheme << false;
    QTest::newRow("no scheme") << QString(48, u'a') << false;
    QTest::newRow("test scheme") << QStringLiteral("wg_test_") + QString(40, u'a') << false;
    QTest::newRow("upper-case scheme") << QStringLiteral("WG_LIVE_") + QString(40, u'a') << false;
    QTest::newRow("leading space") << u' ' + scheme + QString(40, u'a') << false;
    QTest::newRow("trailing newline") << scheme + QString(40, u'a') + u'\n' << false;
    QTest::newRow("underscore in body") << scheme + QString(39, u'a') + u'_' << false;
    QTest::newRow("dash in body") << scheme + QString(20, u'a') + u'-' + QString(19, u'a') << false;
    QTest::newRow("NUL in body") << scheme + QString(20, u'a') + QChar(0) + QString(19, u'a')
                                 << false;
    // QChar::isDigit() is true for every Unicode decimal digit; the alphabet is ASCII only.
    QTest::newRow("Arabic-Indic digits") << scheme + QString(40, QChar(0x0661)) << false;
    QTest::newRow("fullwidth digit") << scheme + QString(39, u'a') + QChar(0xFF11) << false;
    QTest::newRow("Latin letter with accent")
        << scheme + QString(39, u'a') + QChar(0x00E9) << false;
}

void TestApiKeyToken::isWellFormed()
{
    QFETCH(QString, key);
    QFETCH(bool, wellFormed);
    QCOMPARE(apikeys::isWellFormed(key), wellFormed);
}

QTEST_GUILESS_MAIN(TestApiKeyToken)
#include "test_api_key_token.moc"
