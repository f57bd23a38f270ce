#include "secrets/password_hasher.h"

#include <QTest>

using namespace wag;

class TestPasswordHasher : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void hashIsArgon2idAndNotThePassword();
    void samePasswordHashesDifferently();
    void verifiesTheRightPasswordOnly();
    void verifyRejectsEmptyAndGarbageHashes_data();
    void verifyRejectsEmptyAndGarbageHashes();
    void unicodePasswordsAreHashedAsUtf8();

private:
    // Each hash costs ~0.1 s and 64 MiB: hash once, check many times.
    const QString m_password = QStringLiteral("correct horse battery staple");
    QString m_hash;
};

void TestPasswordHasher::initTestCase()
{
    m_hash = passwords::hash(m_password);
    QVERIFY(!m_hash.isEmpty());
}

void TestPasswordHasher::hashIsArgon2idAndNotThePassword()
{
    QVERIFY(m_hash != m_password);
    QVERIFY(!m_hash.contains(m_password));
    QVERIFY2(m_hash.startsWith(QStringLiteral("$argon2id$")), qPrintable(m_hash));
    // Self-describing: version, memory, iterations, parallelism, salt, hash.
    QVERIFY2(m_hash.contains(QStringLiteral("$v=19$m=")), qPrintable(m_hash));
    QCOMPARE(m_hash.count(u'$'), 5);
}

void TestPasswordHasher::samePasswordHashesDifferently()
{
    const QString second = passwords::hash(m_password);
    QVERIFY(second != m_hash); // a fresh random salt each time
    const QString saltOfFirst = m_hash.section(u'$', 4, 4);
    const QString saltOfSecond = second.section(u'$', 4, 4);
    QVERIFY(!saltOfFirst.isEmpty());
    QVERIFY(saltOfFirst != saltOfSecond);
    QVERIFY(passwords::verify(second, m_password));
}

void TestPasswordHasher::verifiesTheRightPasswordOnly()
{
    QVERIFY(passwords::verify(m_hash, m_password));
    QVERIFY(!passwords::verify(m_hash, QStringLiteral("correct horse battery stapler")));
    QVERIFY(!passwords::verify(m_hash, QStringLiteral("Correct horse battery staple")));
    QVERIFY(!passwords::verify(m_hash, m_password.chopped(1)));
    QVERIFY(!passwords::verify(m_hash, QString()));
    QVERIFY(!passwords::verify(m_hash, m_password + QLatin1Char(' ')));
}

void TestPasswordHasher::verifyRejectsEmptyAndGarbageHashes_data()
{
    QTest::addColumn<QString>("stored");
    QTest::addColumn<QString>("password");
    QTest::newRow("empty hash, empty password") << QString() << QString();
    QTest::newRow("empty hash") << QString() << QStringLiteral("anything");
    QTest::newRow("the password itself")
        << QStringLiteral("secret123456") << QStringLiteral("secret123456");
    QTest::newRow("garbage") << QStringLiteral("$argon2id$garbage") << QStringLiteral("x");
    // Longer than crypto_pwhash_STRBYTES: must be refused before libsodium reads it.
    QTest::newRow("overlong")
        << QStringLiteral("$argon2id$") + QString(500, u'a') << QStringLiteral("x");
    QTest::newRow("non-Latin-1") << QStringLiteral("$argon2id$ü€") << QStringLiteral("x");
}

void TestPasswordHasher::verifyRejectsEmptyAndGarbageHashes()
{
    QFETCH(QString, stored);
    QFETCH(QString, password);
    QVERIFY(!passwords::verify(stored, password));
}

void TestPasswordHasher::unicodePasswordsAreHashedAsUtf8()
{
    const QString password = QStringLiteral("كلمة-مرور-سرية-١٢٣");
    const QString hash = passwords::hash(password);
    QVERIFY(hash.startsWith(QStringLiteral("$argon2id$")));
    QVERIFY(passwords::verify(hash, password));
    QVERIFY(!passwords::verify(hash, QStringLiteral("كلمة-مرور-سرية-١٢٤")));
    // A truncating conversion (Latin-1 '?') would make these two collide.
    QVERIFY(!passwords::verify(hash, QString(password.size(), u'?')));
}

QTEST_GUILESS_MAIN(TestPasswordHasher)
#include "test_password_hasher.moc"
