#include "core/clock.h"
#include "storage/database.h"
#include "storage/settings_store.h"

#include "support/store_fixture.h"

#include <QSqlQuery>
#include <QtTest>

using namespace wag;

class TestSettingsStore : public QObject, protected test::StoreFixture
{
    Q_OBJECT

private:
    qint64 updatedAt(const QString &key) const
    {
        QSqlQuery query(db().connection());
        query.prepare(QStringLiteral("SELECT updated_at FROM settings WHERE key = ?"));
        query.addBindValue(key);
        return query.exec() && query.next() ? query.value(0).toLongLong() : -1;
    }

private slots:
    void initTestCase() { openDatabase(); }

    void cleanupTestCase() { closeDatabase(); }

    void setGetOverwriteRemove()
    {
        SettingsStore store(db());
        QVERIFY(!store.get(QStringLiteral("listen")));

        QVERIFY(
            store.set(QStringLiteral("listen"), QStringLiteral("127.0.0.1:8480"), m_clock.now()));
        QCOMPARE(store.get(QStringLiteral("listen")), QStringLiteral("127.0.0.1:8480"));
        QCOMPARE(updatedAt(QStringLiteral("listen")), m_clock.now().toMSecsSinceEpoch());

        m_clock.advance(1500);
        QVERIFY(store.set(QStringLiteral("listen"), QStringLiteral("0.0.0.0:9000"), m_clock.now()));
        QCOMPARE(store.get(QStringLiteral("listen")), QStringLiteral("0.0.0.0:9000"));
        QCOMPARE(updatedAt(QStringLiteral("listen")), m_clock.now().toMSecsSinceEpoch());
        QCOMPARE(store.all().size(), 1);

        QVERIFY(store.remove(QStringLiteral("listen")));
        QVERIFY(!store.get(QStringLiteral("listen")));
        QVERIFY(store.remove(QStringLiteral("listen"))); // already gone: same outcome
    }

    void valuesKeepTheirText()
    {
        SettingsStore store(db());
        const QString unicode = QStringLiteral("مرحبا \u2713 \"quoted\" 'single' ; DROP TABLE x;");
        QVERIFY(store.set(QStringLiteral("greeting"), unicode, m_clock.now()));
        QVERIFY(store.set(QStringLiteral("empty"), QString(), m_clock.now()));
        QCOMPARE(store.get(QStringLiteral("greeting")), unicode);
        const std::optional<QString> empty = store.get(QStringLiteral("empty"));
        QVERIFY(empty); // stored, as an empty value
        QVERIFY(empty->isEmpty());

        const QMap<QString, QString> all = store.all();
        QCOMPARE(all.size(), 2);
        QCOMPARE(all.value(QStringLiteral("greeting")), unicode);
        QVERIFY(all.contains(QStringLiteral("empty")));
    }
};

QTEST_GUILESS_MAIN(TestSettingsStore)
#include "test_settings_store.moc"
