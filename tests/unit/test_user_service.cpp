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

    void aSignInIsNotedAtTheClocksTime()
    {
        const Result<UserRecord> alice = m_users->authenticate(QStringLiteral("alice"), kPassword);
        QVERIFY(alice);
        QVERIFY(!alice->lastSignInAt.isValid()); // authenticating alone notes nothing
        m_clock.advance(90 * 1000);
        QVERIFY(m_users->recordSignIn(alice->id));
        const Result<UserRecord> again = m_users->authenticate(QStringLiteral("alice"), kPassword);
        QVERIFY(again);
        QCOMPARE(again->lastSignInAt, m_clock.now());
        QVERIFY(!m_users->recordSignIn(alice->id + 1000)); // no such user
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
        QVERIFY(store.setDisabledAt(bob->id, QDateTime())); // as it was, for the tests below
    }

    // From here on: alice (admin), bob (operator, password "pppppppppp…").

    void listIsByNameWithoutPasswords()
    {
        const QList<UserRecord> users = m_users->list();
        QCOMPARE(users.size(), 2);
        QCOMPARE(users.at(0).name, QStringLiteral("alice"));
        QCOMPARE(users.at(1).name, QStringLiteral("bob"));
        QCOMPARE(users.at(0).role, UserRole::Admin);
        QVERIFY(!users.at(1).isDisabled());
        QVERIFY(m_users->find(QStringLiteral("BOB")));
        QVERIFY(!m_users->find(QStringLiteral("nobody")));
    }

    void theLastAdminCannotBeTakenAway()
    {
        const QString code = QStringLiteral("last_admin");
        QCOMPARE(m_users->setRole(QStringLiteral("alice"), QStringLiteral("operator")).failure().code, code);
        QCOMPARE(m_users->setDisabled(QStringLiteral("Alice"), true).failure().code, code);
        QCOMPARE(m_users->remove(QStringLiteral("alice")).failure().code, code);
        // Nothing changed.
        const std::optional<UserRecord> alice = m_users->find(QStringLiteral("alice"));
        QVERIFY(alice);
        QCOMPARE(alice->role, UserRole::Admin);
        QVERIFY(!alice->isDisabled());
        QVERIFY(m_users->authenticate(QStringLiteral("alice"), kPassword));
        // What keeps the last admin an admin is allowed.
        QVERIFY(m_users->setRole(QStringLiteral("alice"), QStringLiteral("admin")).ok());
        QVERIFY(m_users->setDisabled(QStringLiteral("alice"), false).ok());
    }

    void aSecondAdminLetsTheFirstGo()
    {
        QVERIFY(m_users->setRole(QStringLiteral("bob"), QStringLiteral("ADMIN")).ok());
        QCOMPARE(m_users->find(QStringLiteral("bob"))->role, UserRole::Admin);
        // Demoting alice is fine now; then bob is the last one.
        QVERIFY(m_users->setRole(QStringLiteral("alice"), QStringLiteral("operator")).ok());
        QCOMPARE(m_users->setRole(QStringLiteral("bob"), QStringLiteral("operator")).failure().code,
                 QStringLiteral("last_admin"));
        QVERIFY(m_users->setRole(QStringLiteral("alice"), QStringLiteral("admin")).ok());
    }

    // A disabled admin does not count: it cannot sign in to administer anything.
    void aDisabledAdminDoesNotCount()
    {
        m_clock.advance(1000);
        QVERIFY(m_users->setDisabled(QStringLiteral("bob"), true).ok());
        const QDateTime disabledAt = m_users->find(QStringLiteral("bob"))->disabledAt;
        QCOMPARE(disabledAt, m_clock.now());
        QCOMPARE(m_users->setDisabled(QStringLiteral("alice"), true).failure().code, QStringLiteral("last_admin"));
        QCOMPARE(m_users->remove(QStringLiteral("alice")).failure().code, QStringLiteral("last_admin"));
        // Removing or demoting the disabled admin takes no enabled admin away.
        QVERIFY(m_users->setRole(QStringLiteral("bob"), QStringLiteral("operator")).ok());
        QVERIFY(m_users->setRole(QStringLiteral("bob"), QStringLiteral("admin")).ok());
        // Disabling again keeps the first time.
        m_clock.advance(1000);
        QVERIFY(m_users->setDisabled(QStringLiteral("bob"), true).ok());
        QCOMPARE(m_users->find(QStringLiteral("bob"))->disabledAt, disabledAt);
    }

    void disableAndEnableDecideSignIn()
    {
        const QString bobPassword(passwords::kMinimumLength, QLatin1Char('p'));
        QCOMPARE(m_users->authenticate(QStringLiteral("bob"), bobPassword).failure().code,
                 QStringLiteral("user_disabled"));
        QVERIFY(m_users->setDisabled(QStringLiteral("bob"), false).ok());
        QVERIFY(!m_users->find(QStringLiteral("bob"))->isDisabled());
        QVERIFY(m_users->authenticate(QStringLiteral("bob"), bobPassword));
        // Two enabled admins: either may now be disabled, but not both.
        QVERIFY(m_users->setDisabled(QStringLiteral("alice"), true).ok());
        QCOMPARE(m_users->setDisabled(QStringLiteral("bob"), true).failure().code, QStringLiteral("last_admin"));
        QCOMPARE(m_users->authenticate(QStringLiteral("alice"), kPassword).failure().code,
                 QStringLiteral("user_disabled"));
        QVERIFY(m_users->setDisabled(QStringLiteral("alice"), false).ok());
    }

    void resetPasswordFollowsThePasswordRules()
    {
        const QString oldPassword(passwords::kMinimumLength, QLatin1Char('p'));
        const QString weak(passwords::kMinimumLength - 1, QLatin1Char('q'));
        const Status refused = m_users->resetPassword(QStringLiteral("bob"), weak);
        QCOMPARE(refused.failure().code, QStringLiteral("weak_password"));
        QVERIFY(m_users->authenticate(QStringLiteral("bob"), oldPassword)); // unchanged

        const QString newPassword = QStringLiteral("a new long password");
        QVERIFY(m_users->resetPassword(QStringLiteral("BOB"), newPassword).ok());
        QVERIFY(m_users->authenticate(QStringLiteral("bob"), newPassword));
        QCOMPARE(m_users->authenticate(QStringLiteral("bob"), oldPassword).failure().code,
                 QStringLiteral("invalid_credentials"));
        const QString stored = m_users->find(QStringLiteral("bob"))->passwordHash;
        QVERIFY(!stored.contains(newPassword));
        QVERIFY(stored.startsWith(QLatin1String("$argon2id$")));
    }

    void setRoleFollowsTheRoleRules()
    {
        QCOMPARE(m_users->setRole(QStringLiteral("bob"), QStringLiteral("root")).failure().code,
                 QStringLiteral("invalid_role"));
        QCOMPARE(m_users->setRole(QStringLiteral("bob"), QString()).failure().code, QStringLiteral("invalid_role"));
        QCOMPARE(m_users->find(QStringLiteral("bob"))->role, UserRole::Admin);
    }

    void unknownUsersAreNotFound()
    {
        const QString nobody = QStringLiteral("nobody");
        QCOMPARE(m_users->setRole(nobody, QStringLiteral("admin")).failure().code, QStringLiteral("not_found"));
        QCOMPARE(m_users->setDisabled(nobody, true).failure().code, QStringLiteral("not_found"));
        QCOMPARE(m_users->resetPassword(nobody, kPassword).failure().code, QStringLiteral("not_found"));
        QCOMPARE(m_users->remove(nobody).failure().code, QStringLiteral("not_found"));
        QVERIFY(m_users->remove(nobody).failure().message.contains(nobody));
        QCOMPARE(m_users->count(), 2);
    }

    void removeTakesTheUserAway()
    {
        QVERIFY(m_users->remove(QStringLiteral("Bob")).ok());
        QCOMPARE(m_users->count(), 1);
        QVERIFY(!m_users->find(QStringLiteral("bob")));
        QCOMPARE(m_users->authenticate(QStringLiteral("bob"), QStringLiteral("a new long password")).failure().code,
                 QStringLiteral("invalid_credentials"));
        QCOMPARE(m_users->remove(QStringLiteral("bob")).failure().code, QStringLiteral("not_found"));
        // The name is free again.
        QVERIFY(m_users->createUser(QStringLiteral("bob"), QStringLiteral("operator"), kPassword));
        // alice is the only admin once more.
        QCOMPARE(m_users->remove(QStringLiteral("alice")).failure().code, QStringLiteral("last_admin"));
        QVERIFY(m_users->remove(QStringLiteral("bob")).ok());
    }

    // Operators can be removed and disabled freely, even with no admin at all.
    void withoutAdminsOperatorsAreFree()
    {
        test::TempDatabase temp(m_clock);
        QVERIFY(temp.ok());
        UserService users(temp.db(), m_clock);
        QVERIFY(users.createUser(QStringLiteral("carol"), QStringLiteral("operator"), kPassword));
        QVERIFY(users.setDisabled(QStringLiteral("carol"), true).ok());
        QVERIFY(users.setDisabled(QStringLiteral("carol"), false).ok());
        QVERIFY(users.remove(QStringLiteral("carol")).ok());
        QCOMPARE(users.count(), 0);
    }
};

QTEST_GUILESS_MAIN(TestUserService)
#include "test_user_service.moc"
