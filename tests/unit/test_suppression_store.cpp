#include "core/clock.h"
#include "storage/database.h"
#include "storage/suppression_store.h"
#include "support/store_fixture.h"

#include <QtTest>

using namespace wag;

class TestSuppressionStore : public QObject, protected test::StoreFixture
{
    Q_OBJECT

private:
    SuppressionRecord suppression(const QString &phone,
                                  SuppressionReason reason = SuppressionReason::Manual,
                                  const QString &note = {}) const
    {
        SuppressionRecord record;
        record.phone = phone;
        record.reason = reason;
        record.source = QStringLiteral("inst_a");
        record.note = note;
        record.createdBy = QStringLiteral("alice");
        record.createdAt = m_clock.now();
        return record;
    }

    static QStringList phones(const QList<SuppressionRecord> &records)
    {
        QStringList result;
        for (const SuppressionRecord &record : records)
            result.append(record.phone);
        return result;
    }

private slots:
    void init() { openDatabase(); }

    void cleanup() { closeDatabase(); }

    void reasonNames_data()
    {
        QTest::addColumn<SuppressionReason>("reason");
        QTest::addColumn<QString>("name");
        QTest::newRow("keyword") << SuppressionReason::OptOutKeyword
                                 << QStringLiteral("opt_out_keyword");
        QTest::newRow("manual") << SuppressionReason::Manual << QStringLiteral("manual");
        QTest::newRow("3cx") << SuppressionReason::ThreeCx << QStringLiteral("3cx");
        QTest::newRow("import") << SuppressionReason::Import << QStringLiteral("import");
    }

    void reasonNames()
    {
        QFETCH(SuppressionReason, reason);
        QFETCH(QString, name);
        QCOMPARE(suppressionReasonName(reason), name);
        QCOMPARE(parseSuppressionReason(name), std::optional<SuppressionReason>(reason));
        // Every reason also round-trips through the table (and its CHECK constraint).
        SuppressionStore store(db());
        QVERIFY(store.add(suppression(QStringLiteral("+15550001"), reason)));
        QCOMPARE(store.find(QStringLiteral("+15550001"))->reason, reason);
    }

    void unknownReasonNamesAreRejected()
    {
        QVERIFY(!parseSuppressionReason(QStringLiteral("Manual")));
        QVERIFY(!parseSuppressionReason(QStringLiteral("opt-out")));
        QVERIFY(!parseSuppressionReason(QString()));
    }

    void addFindAndDuplicate()
    {
        SuppressionStore store(db());
        QVERIFY(!store.find(QStringLiteral("+966500000001")));
        QVERIFY(!store.contains(QStringLiteral("+966500000001")));
        const SuppressionRecord record = suppression(
            QStringLiteral("+966500000001"), SuppressionReason::OptOutKeyword, QStringLiteral("STOP"));
        QVERIFY(store.add(record));

        const std::optional<SuppressionRecord> found = store.find(record.phone);
        QVERIFY(found);
        QCOMPARE(found->phone, record.phone);
        QCOMPARE(found->reason, SuppressionReason::OptOutKeyword);
        QCOMPARE(found->source, record.source);
        QCOMPARE(found->note, record.note);
        QCOMPARE(found->createdBy, record.createdBy);
        QCOMPARE(found->createdAt, record.createdAt);
        QCOMPARE(found->createdAt.timeSpec(), Qt::UTC);
        QVERIFY(store.contains(record.phone));
        const Result<bool> checked = store.isSuppressed(record.phone);
        QVERIFY(checked);
        QVERIFY(checked.value());
        const Result<bool> other = store.isSuppressed(QStringLiteral("+966500000002"));
        QVERIFY(other);
        QVERIFY(!other.value());

        m_clock.advance(1000);
        const Status again
            = store.add(suppression(record.phone, SuppressionReason::Manual, QStringLiteral("dup")));
        QVERIFY(!again);
        QCOMPARE(again.failure().code, QString::fromLatin1(kStorageConflict));
        QCOMPARE(store.find(record.phone)->reason, SuppressionReason::OptOutKeyword);
        QCOMPARE(store.find(record.phone)->note, QStringLiteral("STOP"));
        QCOMPARE(store.count(), 1);
    }

    void replaceOverwritesOrInserts()
    {
        SuppressionStore store(db());
        QVERIFY(store.add(suppression(QStringLiteral("+15550001"), SuppressionReason::OptOutKeyword,
                                      QStringLiteral("STOP"))));
        m_clock.advance(5000);
        SuppressionRecord manual
            = suppression(QStringLiteral("+15550001"), SuppressionReason::Manual, QStringLiteral("asked by phone"));
        manual.source.clear();
        manual.createdBy = QStringLiteral("bob");
        QVERIFY(store.replace(manual));
        const std::optional<SuppressionRecord> found = store.find(QStringLiteral("+15550001"));
        QCOMPARE(found->reason, SuppressionReason::Manual);
        QCOMPARE(found->note, QStringLiteral("asked by phone"));
        QVERIFY(found->source.isEmpty());
        QCOMPARE(found->createdBy, QStringLiteral("bob"));
        QCOMPARE(found->createdAt, m_clock.now());
        QCOMPARE(store.count(), 1);

        QVERIFY(store.replace(suppression(QStringLiteral("+15550002"), SuppressionReason::Import)));
        QCOMPARE(store.find(QStringLiteral("+15550002"))->reason, SuppressionReason::Import);
        QCOMPARE(store.count(), 2);
    }

    void removeReportsAbsence()
    {
        SuppressionStore store(db());
        QVERIFY(store.add(suppression(QStringLiteral("+15550001"))));
        QVERIFY(store.add(suppression(QStringLiteral("+15550002"))));
        QVERIFY(store.remove(QStringLiteral("+15550001")));
        QVERIFY(!store.contains(QStringLiteral("+15550001")));
        QVERIFY(store.contains(QStringLiteral("+15550002")));
        const Status again = store.remove(QStringLiteral("+15550001"));
        QVERIFY(!again);
        QCOMPARE(again.failure().code, QString::fromLatin1(kStorageNotFound));
        QCOMPARE(store.count(), 1);
    }

    void searchListAndCount()
    {
        SuppressionStore store(db());
        QVERIFY(store.add(suppression(QStringLiteral("+966500000001"), SuppressionReason::Manual,
                                      QStringLiteral("Customer asked, ticket 100%"))));
        m_clock.advance(1000);
        QVERIFY(store.add(suppression(QStringLiteral("+966500000002"), SuppressionReason::Import,
                                      QStringLiteral("imported from CRM_list.csv"))));
        m_clock.advance(1000);
        QVERIFY(store.add(suppression(QStringLiteral("+15551234567"), SuppressionReason::ThreeCx,
                                      QStringLiteral("crm said so"))));
        m_clock.advance(1000);
        QVERIFY(store.add(suppression(QStringLiteral("+15559999999"),
                                      SuppressionReason::OptOutKeyword)));

        // Newest first.
        QCOMPARE(phones(store.list(QString(), 100)),
                 (QStringList{QStringLiteral("+15559999999"), QStringLiteral("+15551234567"),
                              QStringLiteral("+966500000002"), QStringLiteral("+966500000001")}));
        QCOMPARE(store.count(), 4);
        QCOMPARE(store.count(QString()), 4);

        // Phone substring.
        QCOMPARE(phones(store.list(QStringLiteral("96650000"), 100)),
                 (QStringList{QStringLiteral("+966500000002"), QStringLiteral("+966500000001")}));
        QCOMPARE(store.count(QStringLiteral("+1555")), 2);
        // Note, case-insensitive both ways.
        QCOMPARE(phones(store.list(QStringLiteral("CRM"), 100)),
                 (QStringList{QStringLiteral("+15551234567"), QStringLiteral("+966500000002")}));
        QCOMPARE(phones(store.list(QStringLiteral("customer ASKED"), 100)),
                 QStringList{QStringLiteral("+966500000001")});
        // LIKE wildcards in the search are plain characters.
        QCOMPARE(phones(store.list(QStringLiteral("100%"), 100)),
                 QStringList{QStringLiteral("+966500000001")});
        QCOMPARE(store.count(QStringLiteral("%")), 1);
        QCOMPARE(store.count(QStringLiteral("_")), 1); // only "CRM_list"
        QCOMPARE(store.count(QStringLiteral("m_l")), 1);
        QCOMPARE(store.count(QStringLiteral("nothing like this")), 0);
        QVERIFY(store.list(QStringLiteral("nothing like this"), 100).isEmpty());

        // Paging.
        QCOMPARE(phones(store.list(QString(), 2, 0)),
                 (QStringList{QStringLiteral("+15559999999"), QStringLiteral("+15551234567")}));
        QCOMPARE(phones(store.list(QString(), 2, 2)),
                 (QStringList{QStringLiteral("+966500000002"), QStringLiteral("+966500000001")}));
        QVERIFY(store.list(QString(), 2, 4).isEmpty());
    }

    void checkConstraintRejectsInvalidReason()
    {
        const Status status = db().exec(
            QStringLiteral("INSERT INTO suppressions (phone, reason, created_at) VALUES (?, ?, ?)"),
            {QStringLiteral("+15550001"), QStringLiteral("spam"), 1});
        QVERIFY(!status);
        QCOMPARE(status.failure().code, QString::fromLatin1(kStorageConflict));
        SuppressionStore store(db());
        QCOMPARE(store.count(), 0);
        // The same statement with a valid reason goes in: the refusal was the reason.
        QVERIFY(db().exec(
            QStringLiteral("INSERT INTO suppressions (phone, reason, created_at) VALUES (?, ?, ?)"),
            {QStringLiteral("+15550001"), QStringLiteral("3cx"), 1}));
        QCOMPARE(store.find(QStringLiteral("+15550001"))->reason, SuppressionReason::ThreeCx);
    }
};

QTEST_GUILESS_MAIN(TestSuppressionStore)
#include "test_suppression_store.moc"
