// The Policy events page: the guard's decisions, newest first and filtered by instance;
// paused instances listed with their reason and resumed from the page.
#include "gui_test_support.h"

#include "gui/log_page.h"
#include "gui/policy_event_model.h"
#include "gui/policy_events_page.h"
#include "instances/instance_service.h"
#include "storage/policy_event_store.h"

#include <QComboBox>
#include <QListWidget>
#include <QPushButton>
#include <QTableView>

using namespace wag;

class TestPolicyEventsPage : public QObject
{
    Q_OBJECT

private slots:
    void decisionsAndPausedInstances()
    {
        test::GuiEngine engine;
        const QString error = engine.open();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const auto desk = engine->instances().create(QStringLiteral("front-desk"));
        const auto branch = engine->instances().create(QStringLiteral("branch-office"));
        QVERIFY(desk.ok() && branch.ok());
        // Decisions as the send service records them (the page only reads them).
        PolicyEventStore store(engine->database());
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (auto [instance, action, rule] : {std::tuple{desk.value().id, "allow", "ok"},
                                              {desk.value().id, "block", "suppressed"},
                                              {branch.value().id, "slow", "pacing"}}) {
            PolicyEventRecord event;
            event.instanceId = instance;
            event.action = QLatin1String(action);
            event.rule = QLatin1String(rule);
            event.createdAt = now;
            QVERIFY(store.insert(event).ok());
        }
        QVERIFY(engine->instances().pause(QStringLiteral("branch-office"), QStringLiteral("too many opt-outs")).ok());

        PolicyEventsPage page(*engine);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QAbstractItemModel *model = page.log()->view()->model();
        QCOMPARE(model->rowCount(), 3);
        QCOMPARE(model->index(0, PolicyEventModel::Action).data().toString(), QStringLiteral("slow"));
        QCOMPARE(model->index(0, PolicyEventModel::Instance).data().toString(), QStringLiteral("branch-office"));
        QCOMPARE(model->index(1, PolicyEventModel::Rule).data().toString(), QStringLiteral("suppressed"));

        auto *picker = page.log()->findChild<QComboBox *>();
        picker->setCurrentIndex(picker->findText(QStringLiteral("front-desk")));
        QCOMPARE(model->rowCount(), 2);

        auto *paused = page.findChild<QListWidget *>(QStringLiteral("pausedInstances"));
        QCOMPARE(paused->count(), 1);
        QVERIFY(paused->item(0)->text().contains(QStringLiteral("too many opt-outs")));
        auto *resume = page.findChild<QPushButton *>(QStringLiteral("resumePaused"));
        QVERIFY(resume->isEnabled());
        QTest::mouseClick(resume, Qt::LeftButton);
        QTRY_VERIFY(!engine->instances().find(QStringLiteral("branch-office"))->paused);
        QTRY_VERIFY(!resume->isEnabled());
        QCOMPARE(paused->item(0)->text(), QStringLiteral("No instance is paused."));
    }
};

QTEST_MAIN(TestPolicyEventsPage)
#include "test_policy_events_page.moc"
