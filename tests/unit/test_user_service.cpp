#include "accounts/user_service.h"
#include "core/clock.h"
#include "secrets/password_hasher.h"
#include "storage/database.h"

#include "support/temp_database.h"

#include <QtTest>

using namespace wag;

class TestUserService : public QObject
{
    Q_OBJECT

private:
    const QString kPassword = QStringLiteral("correct horse battery");

    ManualClock m_clock;
    std::unique_ptr<test::TempDatabase> m_temp;
    std::unique_ptr<UserService> m_users;

private slots:
    void initTestCase()
    {
        m_temp = std::make_unique<test::TempDatabase>(m_clock);
        QVERIFY2(m_temp->ok(), qPrintable(m_temp->error()));
        m_users = std::make_unique<UserService>(m_temp->db(), m_clock);
    }

    void cleanupTestCase()
    {
        m_users.reset();
        m_temp.reset();
    }

    void createStoresAHashNotThePassword()
    {
        QCOMPARE(m_users->count(), 0);
        const Result<UserRecord> user
            = m_users->createUser(QStringLiteral("Alice"), QStringLiteral("admin"), kPassword);
        QVERIFY2(user, qPrintable(user.failure().message));
        QCOMPARE(user->name, QStringLiteral("alice")); // case-folded
        QCOMPARE(user->role, UserRole::Admin);
        QCOMPARE(user->createdAt, m_clock.now());
        QVERIFY(user->id > 0);
        QVERIFY(user->passwordHash != kPassword);
        QVERIFY(!user->passwordHash.contains(kPassword));
        QVERIFY(user->passwordHash.startsWith(QLatin1String("$argon2id$")));
        QVERIFY(passwords::verify(user->passwordHash, kPassword));
        QCOMPARE(m_users->count(), 1);
    }

    void authenticateChecksThePassword()
    {
        const Result<UserRecord> ok = m_users->authenticate(QStringLiteral("ALICE"), kPassword);
        QVERIFY(ok);
        QCOMPARE(ok->name, QStringLiteral("alice"));

        const Result<UserRecord> wrong
            = m_users->authenticate(QStringLiteral("alice"), QStringLiteral("wrong horse battery"));
        QVERIFY(!wrong);
        QCOMPARE(wrong.failure().code, QStringLiteral("invalid_credentials"));

        const Result<UserRecord> unknown
            = m_users->authenticate(QStringLiteral("mallory"), kPassword);
        QVERIFY(!unknown);
        QCOMPARE(unknown.failure().code, QStringLiteral("invalid_credentials"));
        QCOMPARE(unknown.failure().message, wrong.failure().message);
    }

    void duplicateIsRefused()
    {
        const Result<UserRecord> again
            = m_users->createUser(QStringLiteral("ALICE"), QStringLiteral("operator"), kPassword);
        QVERIFY(!again);
        QCOMPARE(again.failure().code, QStringLiteral("user_exists"));
        QCOMPARE(m_users->count(), 1);
    }

    void badRoleIsRefused()
    {
        const Result<UserRecord> user
            = m_users->createUser(QStringLiteral("bob"), QStringLiteral("root"), kPassword);
        QVERIFY(!user);
        QCOMPARE(user.failure().code, QStringLiteral("invalid_role"));
        QVERIFY(!m_users->createUser(QStringLiteral("bob"), QString(), kPassword));
    }

    void weakPasswordIsRefused()
    {
        const QString nine(passwords::kMinimumLength - 1, QLatin1Char('p'));
        const Result<UserRecord> weak
            = m_users->createUser(QStringLiteral("bob"), QStringLiteral("operator"), nine);
        QVERIFY(!weak);
        QCOMPARE(weak.failure().code, QStringLiteral("weak_password"));
        QVERIFY(m_users->createUser(QStringLiteral("bob"), QStringLiteral("operator"),
                                    nine + QLatin1Char('p')));
    }

    void nameRules_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("valid");
        QTest::newRow("two chars") << QStringLiteral("ab") << true;
        QTest::newRow("forty chars") << QString(40, QLatin1Char('n')) << true;
        QTest::newRow("dots dashes underscores") << QStringLiteral("j.doe_2-x") << true;
        QTest::newRow("upper case folds") << QStringLiteral("CAROL") << true;
        QTest::newRow("one char") << QStringLiteral("a") << false;
        QTest::newRow("forty-one chars") << QString(41, QLatin1Char('n')) << false;
        QTest::newRow("leading dot") << QStringLiteral(".hidden") << false;
        QTest::newRow("leading dash") << QStringLiteral("-dash") << false;
        QTest::newRow("space") << QStringLiteral("j doe") << false;
        QTest::newRow("trailing newline") << QStringLiteral("dave\n") << false;
        QTest::newRow("non-ascii") << QStringLiteral("\u00e9lodie") << false;
        QTest::newRow("empty") << QString() << false;
    }

    void nameRules()
    {
        QFETCH(QString, name);
        QFETCH(bool, valid);
        QCOMPARE(UserService::isValidName(UserService::normalizeName(name)), valid);
        if (!valid) {
            const Result<UserRecord> user
                = m_users->createUser(name, QStringLiteral("operator"), kPassword);
            QVERIFY(!user);
            QCOMPARE(user.failure().code, QStringLiteral("invalid_user_name"));
        }
    }

    void disabledUserCannotSignIn()
    {
        UserStore store(m_temp->db());
        const std::optional<UserRecord> bob = store.findByName(QStringLiteral("bob"));
        QVERIFY(bob);
        QVERIFY(store.setDisabledAt(bob->id, m_clock.now()));
        const Result<UserRecord> result = m_users->authenticate(
            QStringLiteral("bob"), QString(passwords::kMinimumLength, QLatin1Char('p')));
        QVERIFY(!result);
        QCOMPARE(result.failure().code, QStringLiteral("user_disabled"));
        // A wrong password does not learn that the account exists and is disabled.
        QCOMPARE(m_users->authenticate(QStringLiteral("bob"), kPassword).failure().code,
                 QStringLiteral("invalid_credentials"));
    }
};

QTEST_GUILESS_MAIN(TestUserService)
#include "test_user_service.moc"
