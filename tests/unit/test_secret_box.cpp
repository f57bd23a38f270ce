#include "core/random.h"
#include "secrets/secret_box.h"
#include "secrets/secret_service.h"

#include <QTest>

using namespace wag;

class TestSecretBox : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip_data();
    void roundTrip();
    void ciphertextHidesPlaintextAndNeverRepeats();
    void tamperedCiphertextIsRejected();
    void tamperedNonceIsRejected();
    void truncatedBlobsAreRejected();
    void wrongNameIsRejected();
    void wrongKeyIsRejected();
    void copiesKeepWorkingAfterOneIsDestroyed();
    void callerKeyIsNotWipedWhileShared();
    void invalidKeyLengthGivesAnUnusableBox();
    void serviceSealsAndOpensThroughTheBox();

private:
    const QByteArray m_key = randomBytes(SecretBox::kKeyBytes);
};

void TestSecretBox::roundTrip_data()
{
    QTest::addColumn<QByteArray>("plaintext");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("text") << QByteArray("evolution-api-key-123");
    QTest::newRow("binary with NULs") << QByteArray("\0\1\2\0\xff", 5);
    QTest::newRow("64 KiB") << randomBytes(64 * 1024);
}

void TestSecretBox::roundTrip()
{
    QFETCH(QByteArray, plaintext);
    const SecretBox box(m_key);
    QVERIFY(box.isValid());
    const SealedSecret sealed = box.seal(QStringLiteral("provider.api_key"), plaintext);
    QCOMPARE(sealed.nonce.size(), SecretBox::kNonceBytes);
    QCOMPARE(sealed.ciphertext.size(), plaintext.size() + SecretBox::kTagBytes);
    const std::optional<QByteArray> opened = box.open(QStringLiteral("provider.api_key"), sealed);
    QVERIFY(opened.has_value());
    QCOMPARE(*opened, plaintext);
}

void TestSecretBox::ciphertextHidesPlaintextAndNeverRepeats()
{
    const SecretBox box(m_key);
    const QByteArray plaintext("the same webhook signing secret, sealed twice");
    const SealedSecret first = box.seal(QStringLiteral("webhook.1"), plaintext);
    const SealedSecret second = box.seal(QStringLiteral("webhook.1"), plaintext);
    QVERIFY(!first.ciphertext.contains(plaintext));
    QVERIFY(!first.ciphertext.contains(plaintext.left(16)));
    QVERIFY(first.nonce != second.nonce);
    QVERIFY(first.ciphertext != second.ciphertext);
    // Both still open to the same value.
    QCOMPARE(box.open(QStringLiteral("webhook.1"), first).value_or(QByteArray()), plaintext);
    QCOMPARE(box.open(QStringLiteral("webhook.1"), second).value_or(QByteArray()), plaintext);
}

void TestSecretBox::tamperedCiphertextIsRejected()
{
    const SecretBox box(m_key);
    const SealedSecret sealed = box.seal(QStringLiteral("threecx.secret"), "top secret value");
    // Every byte position, body and tag alike, is covered by the tag.
    for (qsizetype i = 0; i < sealed.ciphertext.size(); ++i) {
        SealedSecret tampered = sealed;
        tampered.ciphertext[i] = char(tampered.ciphertext.at(i) ^ 0x01);
        QVERIFY2(!box.open(QStringLiteral("threecx.secret"), tampered).has_value(),
                 qPrintable(QStringLiteral("flipped byte %1 was accepted").arg(i)));
    }
    SealedSecret extended = sealed;
    extended.ciphertext.append('x');
    QVERIFY(!box.open(QStringLiteral("threecx.secret"), extended).has_value());
}

void TestSecretBox::tamperedNonceIsRejected()
{
    const SecretBox box(m_key);
    const SealedSecret sealed = box.seal(QStringLiteral("tls.passphrase"), "hunter2hunter2");
    for (qsizetype i = 0; i < sealed.nonce.size(); ++i) {
        SealedSecret tampered = sealed;
        tampered.nonce[i] = char(tampered.nonce.at(i) ^ 0x80);
        QVERIFY(!box.open(QStringLiteral("tls.passphrase"), tampered).has_value());
    }
    SealedSecret otherNonce = sealed;
    otherNonce.nonce = box.seal(QStringLiteral("tls.passphrase"), "x").nonce;
    QVERIFY(!box.open(QStringLiteral("tls.passphrase"), otherNonce).has_value());
}

void TestSecretBox::truncatedBlobsAreRejected()
{
    const SecretBox box(m_key);
    const SealedSecret sealed = box.seal(QStringLiteral("n"), "value");
    QVERIFY(!box.open(QStringLiteral("n"), SealedSecret{}).has_value());
    QVERIFY(!box.open(QStringLiteral("n"), {sealed.nonce.left(23), sealed.ciphertext}).has_value());
    QVERIFY(!box.open(QStringLiteral("n"), {sealed.nonce, sealed.ciphertext.left(15)}).has_value());
    QVERIFY(!box.open(QStringLiteral("n"), {sealed.nonce, sealed.ciphertext.chopped(1)})
                 .has_value());
    QVERIFY(box.open(QStringLiteral("n"), sealed).has_value()); // the untouched blob opens
}

void TestSecretBox::wrongNameIsRejected()
{
    const SecretBox box(m_key);
    const SealedSecret sealed = box.seal(QStringLiteral("provider.api_key"), "key-material");
    QVERIFY(box.open(QStringLiteral("provider.api_key"), sealed).has_value());
    QVERIFY(!box.open(QStringLiteral("webhook.signing_secret"), sealed).has_value());
    QVERIFY(!box.open(QStringLiteral("provider.api_keY"), sealed).has_value());
    QVERIFY(!box.open(QString(), sealed).has_value());
    // Names are compared as UTF-8, not folded or truncated.
    const SealedSecret unicode = box.seal(QStringLiteral("مفتاح"), "v");
    QVERIFY(box.open(QStringLiteral("مفتاح"), unicode).has_value());
    QVERIFY(!box.open(QStringLiteral("مفتا"), unicode).has_value());
}

void TestSecretBox::wrongKeyIsRejected()
{
    const SecretBox box(m_key);
    const SealedSecret sealed = box.seal(QStringLiteral("name"), "value");
    const SecretBox otherBox(randomBytes(SecretBox::kKeyBytes));
    QVERIFY(!otherBox.open(QStringLiteral("name"), sealed).has_value());
    QByteArray nearlyTheKey = m_key;
    nearlyTheKey[31] = char(nearlyTheKey.at(31) ^ 0x01);
    QVERIFY(!SecretBox(nearlyTheKey).open(QStringLiteral("name"), sealed).has_value());
    QVERIFY(SecretBox(m_key).open(QStringLiteral("name"), sealed).has_value());
}

void TestSecretBox::copiesKeepWorkingAfterOneIsDestroyed()
{
    // The destructor wipes its key: that must not wipe the key of a copy.
    std::optional<SecretBox> original(std::in_place, m_key);
    const SecretBox copy = *original;
    const SealedSecret sealed = original->seal(QStringLiteral("n"), "value");
    original.reset();
    QCOMPARE(copy.open(QStringLiteral("n"), sealed).value_or(QByteArray()), QByteArray("value"));
}

void TestSecretBox::callerKeyIsNotWipedWhileShared()
{
    const QByteArray before = m_key;
    {
        const SecretBox box(m_key); // shares m_key's buffer: must not zero it
    }
    QCOMPARE(m_key, before);
    QVERIFY(m_key != QByteArray(SecretBox::kKeyBytes, '\0'));
}

void TestSecretBox::invalidKeyLengthGivesAnUnusableBox()
{
    QTest::ignoreMessage(QtCriticalMsg, QRegularExpression(QStringLiteral("data key of 31 bytes")));
    const SecretBox shortBox(m_key.left(31));
    QVERIFY(!shortBox.isValid());
    QVERIFY(shortBox.seal(QStringLiteral("n"), "v").ciphertext.isEmpty());
    const SealedSecret good = SecretBox(m_key).seal(QStringLiteral("n"), "v");
    QVERIFY(!shortBox.open(QStringLiteral("n"), good).has_value());
}

void TestSecretBox::serviceSealsAndOpensThroughTheBox()
{
    const SecretService service{SecretBox(m_key)};
    QVERIFY(service.isReady());
    const SealedSecret sealed = service.seal(QStringLiteral("provider.api_key"), "abc");
    QCOMPARE(service.open(QStringLiteral("provider.api_key"), sealed).value_or(QByteArray()),
             QByteArray("abc"));
    // The store and the box agree on the format: a blob from the box opens in the service.
    QCOMPARE(SecretBox(m_key)
                 .open(QStringLiteral("provider.api_key"), sealed)
                 .value_or(QByteArray()),
             QByteArray("abc"));
    QTest::ignoreMessage(QtWarningMsg,
                         QRegularExpression(QStringLiteral("webhook.x.*could not be decrypted")));
    QVERIFY(!service.open(QStringLiteral("webhook.x"), sealed).has_value());
}

QTEST_GUILESS_MAIN(TestSecretBox)
#include "test_secret_box.moc"
