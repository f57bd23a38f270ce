#include "core/clock.h"
#include "storage/database.h"
#include "storage/user_store.h"

#include "support/store_fixture.h"

#include <QtTest>

using namespace wag;

class TestUserStore : public QObject, protected test::StoreFixture
{
    Q_OBJECT

private:
    UserRecord makeUser(const QString &name, UserRole role = UserRole::Operator) const
    {
        UserRecord user;
        user.name = name;
        user.role = role;
        user.passwordHash = QStringLiteral("$argon2id$fake-hash-for-") + name;
        user.createdAt = m_clock.now();
        return user;
    }

private slots:
    void init()
    {
        // A fresh file for every test.
        openDatabase();
    }

    void cleanup() { closeDatabase(); }

    void insertAndFindRoundTrip()
    {
        UserStore store(db());
        const Result<qint64> id = store.insert(makeUser(QStringLiteral("alice"), UserRole::Admin));
        QVERIFY(id);
        QVERIFY(id.value() > 0);

        const std::optional<UserRecord> byName = store.findByName(QStringLiteral("alice"));
        QVERIFY(byName);
        QCOMPARE(byName->id, id.value());
        QCOMPARE(byName->role, UserRole::Admin);
        QCOMPARE(byName->passwordHash, QStringLiteral("$argon2id$fake-hash-for-alice"));
        QCOMPARE(byName->createdAt, m_clock.now());
        QCOMPARE(byName->createdAt.timeSpec(), Qt::UTC);
        QVERIFY(!byName->isDisabled());

        const std::optional<UserRecord> byId = store.findById(id.value());
        QVERIFY(byId);
        QCOMPARE(byId->name, QStringLiteral("alice"));
        QVERIFY(!store.findByName(QStringLiteral("bob")));
        QVERIFY(!store.findById(id.value() + 1));
    }

    void duplicateNameIsAConflict()
    {
        UserStore store(db());
        QVERIFY(store.insert(makeUser(QStringLiteral("alice"))));
        const Result<qint64> again = store.insert(makeUser(QStringLiteral("alice")));
        QVERIFY(!again);
        QCOMPARE(again.failure().code, QString::fromLatin1(kStorageConflict));
        QCOMPARE(store.count(), 1);
    }

    void listCountDisableRemove()
    {
        UserStore store(db());
        QCOMPARE(store.count(), 0);
        const qint64 bob = store.insert(makeUser(QStringLiteral("bob"))).value();
        QVERIFY(store.insert(makeUser(QStringLiteral("alice"), UserRole::Admin)));
        QCOMPARE(store.count(), 2);
        const QList<UserRecord> users = store.all();
        QCOMPARE(users.size(), 2);
        QCOMPARE(users.at(0).name, QStringLiteral("alice"));
        QCOMPARE(users.at(1).role, UserRole::Operator);

        m_clock.advance(5000);
        QVERIFY(store.setDisabledAt(bob, m_clock.now()));
        QCOMPARE(store.findById(bob)->disabledAt, m_clock.now());
        QVERIFY(store.setDisabledAt(bob, QDateTime()));
        QVERIFY(!store.findById(bob)->isDisabled());

        QVERIFY(store.setPasswordHash(bob, QStringLiteral("new-hash")));
        QCOMPARE(store.findById(bob)->passwordHash, QStringLiteral("new-hash"));

        QVERIFY(store.remove(bob));
        QCOMPARE(store.count(), 1);
        const Status missing = store.remove(bob);
        QVERIFY(!missing);
        QCOMPARE(missing.failure().code, QString::fromLatin1(kStorageNotFound));
    }

    void roleNamesRoundTrip()
    {
        QCOMPARE(userRoleName(UserRole::Admin), QStringLiteral("admin"));
        QCOMPARE(parseUserRole(QStringLiteral("operator")), UserRole::Operator);
        QVERIFY(!parseUserRole(QStringLiteral("root")));
        // The CHECK constraint backs the enum up.
        const Status bad
            = db().exec(QStringLiteral("INSERT INTO users (name, role, password_hash, created_at) "
                                        "VALUES ('x', 'root', 'h', 1)"));
        QVERIFY(!bad);
    }
};

QTEST_GUILESS_MAIN(TestUserStore)
#include "test_user_store.moc"
