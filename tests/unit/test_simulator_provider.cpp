// The built-in simulator behaves like a provider with a phone attached, deterministically:
// QR codes while connecting (rotating), scan → open on a derived number, logout and lost
// connections, the send outcomes chosen by the recipient's last digits, receipts in order,
// and the control operations tests and demos use.
#include "providers/simulator/simulator_provider.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QtTest>

#include <memory>
#include <optional>

using namespace wag;

namespace {

const ProviderInstance kSales{QStringLiteral("inst_sales0000000000000001"), QStringLiteral("sales")};
const ProviderInstance kSupport{QStringLiteral("inst_support00000000000002"), QStringLiteral("support")};

// Options for fast tests: no QR rotation and no receipts unless a test asks for them.
SimulatorOptions quiet()
{
    SimulatorOptions o;
    o.sendLatencyMs = 0;
    o.deliveredDelayMs = 0;
    o.readDelayMs = 0;
    o.qrRefreshMs = 0;
    return o;
}

// Collects the answer of one send; `calls` counts how often the callback ran.
struct Answer
{
    int calls = 0;
    SendResult result;
};

} // namespace

class TestSimulatorProvider : public QObject
{
    Q_OBJECT

private:
    ManualClock m_clock;
    std::unique_ptr<SimulatorProvider> m_sim;

    void link(const ProviderInstance &instance)
    {
        m_sim->connectInstance(instance);
        QVERIFY(m_sim->scan(instance.id));
        QCOMPARE(m_sim->state(instance.id), InstanceState::Open);
    }

    std::shared_ptr<Answer> send(const ProviderInstance &instance, const QString &to)
    {
        auto answer = std::make_shared<Answer>();
        m_sim->sendText(instance, to, QStringLiteral("hello"), [answer](const SendResult &r) {
            answer->calls += 1;
            answer->result = r;
        });
        return answer;
    }

private slots:
    void init() { m_sim = std::make_unique<SimulatorProvider>(quiet(), m_clock); }
    void cleanup() { m_sim.reset(); }

    void names()
    {
        QCOMPARE(m_sim->name(), QStringLiteral("simulator"));
        QCOMPARE(m_sim->displayName(), QStringLiteral("Demo"));
    }

    void connectingShowsAQrCode()
    {
        QSignalSpy state(m_sim.get(), &Provider::connectionChanged);
        QSignalSpy qr(m_sim.get(), &Provider::qrCodeChanged);
        QVERIFY(!m_sim->knows(kSales.id));
        m_sim->connectInstance(kSales);
        QVERIFY(m_sim->knows(kSales.id));
        QCOMPARE(state.size(), 1);
        QCOMPARE(state.at(0).at(0).toString(), kSales.id);
        QCOMPARE(state.at(0).at(1).value<InstanceState>(), InstanceState::Connecting);
        QCOMPARE(qr.size(), 1);
        QCOMPARE(qr.at(0).at(1).toString(), QStringLiteral("WAG-SIM:%1:1").arg(kSales.id));
        QCOMPARE(m_sim->qrText(kSales.id), qr.at(0).at(1).toString());

        // Connecting again while connecting changes nothing.
        m_sim->connectInstance(kSales);
        QCOMPARE(state.size(), 1);
        QCOMPARE(qr.size(), 1);
    }

    void qrCodeRotatesUntilScanned()
    {
        SimulatorOptions o = quiet();
        o.qrRefreshMs = 30;
        m_sim->setOptions(o);
        QSignalSpy qr(m_sim.get(), &Provider::qrCodeChanged);
        m_sim->connectInstance(kSales);
        QTRY_VERIFY_WITH_TIMEOUT(qr.size() >= 3, 5000);
        QCOMPARE(qr.at(1).at(1).toString(), QStringLiteral("WAG-SIM:%1:2").arg(kSales.id));
        QCOMPARE(qr.at(2).at(1).toString(), QStringLiteral("WAG-SIM:%1:3").arg(kSales.id));

        QVERIFY(m_sim->scan(kSales.id));
        QVERIFY(m_sim->qrText(kSales.id).isEmpty());
        QVERIFY(qr.last().at(1).toString().isEmpty()); // withdrawn
        const qsizetype afterScan = qr.size();
        QTest::qWait(150);
        QCOMPARE(qr.size(), afterScan); // no more rotation once open
    }

    void qrRotationStopsWhenClosed()
    {
        SimulatorOptions o = quiet();
        o.qrRefreshMs = 30;
        m_sim->setOptions(o);
        QSignalSpy qr(m_sim.get(), &Provider::qrCodeChanged);
        m_sim->connectInstance(kSales);
        m_sim->logoutInstance(kSales);
        QCOMPARE(qr.size(), 2);
        QVERIFY(qr.last().at(1).toString().isEmpty());
        QTest::qWait(150);
        QCOMPARE(qr.size(), 2);
    }

    void scanLinksTheDerivedPhone()
    {
        m_sim->connectInstance(kSales);
        QSignalSpy state(m_sim.get(), &Provider::connectionChanged);
        QSignalSpy qr(m_sim.get(), &Provider::qrCodeChanged);
        QVERIFY(m_sim->scan(kSales.id));
        QCOMPARE(state.size(), 1);
        QCOMPARE(state.at(0).at(1).value<InstanceState>(), InstanceState::Open);
        const QString phone = state.at(0).at(3).toString();
        QCOMPARE(phone, SimulatorProvider::phoneFor(kSales.id));
        QCOMPARE(m_sim->linkedPhone(kSales.id), phone);
        QVERIFY(QRegularExpression(QStringLiteral("^\\+1555[0-9]{7}$")).match(phone).hasMatch());
        QCOMPARE(qr.size(), 1);
        QVERIFY(qr.at(0).at(1).toString().isEmpty());

        // Stable: the same id always gives the same number; another id another one.
        QCOMPARE(SimulatorProvider::phoneFor(kSales.id), phone);
        QVERIFY(SimulatorProvider::phoneFor(kSupport.id) != phone);

        // Scanning an open instance again is fine and quiet.
        QVERIFY(m_sim->scan(kSales.id));
        QCOMPARE(state.size(), 1);
    }

    void scanNeedsAKnownInstance()
    {
        const Status s = m_sim->scan(kSales.id);
        QVERIFY(!s);
        QCOMPARE(s.failure().code, QStringLiteral("unknown_instance"));
    }

    void logoutClosesAndUnlinks()
    {
        link(kSales);
        QSignalSpy state(m_sim.get(), &Provider::connectionChanged);
        m_sim->logoutInstance(kSales);
        QCOMPARE(state.size(), 1);
        QCOMPARE(state.at(0).at(1).value<InstanceState>(), InstanceState::Close);
        QCOMPARE(state.at(0).at(2).toString(), QStringLiteral("logged_out"));
        QVERIFY(state.at(0).at(3).toString().isEmpty());
        QVERIFY(m_sim->linkedPhone(kSales.id).isEmpty());

        // Connecting again needs a new scan: a fresh QR code.
        QSignalSpy qr(m_sim.get(), &Provider::qrCodeChanged);
        m_sim->connectInstance(kSales);
        QCOMPARE(m_sim->state(kSales.id), InstanceState::Connecting);
        QCOMPARE(qr.size(), 1);
        QCOMPARE(qr.at(0).at(1).toString(), QStringLiteral("WAG-SIM:%1:2").arg(kSales.id));
    }

    void lostConnectionKeepsTheSession()
    {
        link(kSales);
        const QString phone = m_sim->linkedPhone(kSales.id);
        QSignalSpy state(m_sim.get(), &Provider::connectionChanged);
        QSignalSpy qr(m_sim.get(), &Provider::qrCodeChanged);
        QVERIFY(m_sim->disconnect(kSales.id));
        QCOMPARE(state.size(), 1);
        QCOMPARE(state.at(0).at(1).value<InstanceState>(), InstanceState::Close);
        QCOMPARE(state.at(0).at(2).toString(), QStringLiteral("connection_lost"));
        QCOMPARE(m_sim->linkedPhone(kSales.id), phone);

        // Disconnecting a closed instance is refused.
        QCOMPARE(m_sim->disconnect(kSales.id).failure().code, QStringLiteral("instance_not_connected"));
        QCOMPARE(m_sim->disconnect(kSupport.id).failure().code, QStringLiteral("unknown_instance"));

        // The phone comes back: straight to open, no QR code.
        m_sim->connectInstance(kSales);
        QCOMPARE(state.size(), 2);
        QCOMPARE(state.at(1).at(1).value<InstanceState>(), InstanceState::Open);
        QCOMPARE(state.at(1).at(3).toString(), phone);
        QCOMPARE(qr.size(), 0);
    }

    void deleteForgetsAndRefreshReports()
    {
        link(kSales);
        QSignalSpy state(m_sim.get(), &Provider::connectionChanged);
        m_sim->refreshState(kSales);
        QCOMPARE(state.size(), 1);
        QCOMPARE(state.at(0).at(1).value<InstanceState>(), InstanceState::Open);
        QCOMPARE(state.at(0).at(3).toString(), SimulatorProvider::phoneFor(kSales.id));

        m_sim->deleteInstance(kSales);
        QVERIFY(!m_sim->knows(kSales.id));
        m_sim->refreshState(kSales);
        QCOMPARE(state.size(), 2);
        QCOMPARE(state.at(1).at(1).value<InstanceState>(), InstanceState::Close);
        QCOMPARE(m_sim->scan(kSales.id).failure().code, QStringLiteral("unknown_instance"));
    }

    void refreshWhileConnectingRepeatsTheQrCode()
    {
        m_sim->connectInstance(kSales);
        QSignalSpy state(m_sim.get(), &Provider::connectionChanged);
        QSignalSpy qr(m_sim.get(), &Provider::qrCodeChanged);
        m_sim->refreshState(kSales);
        QCOMPARE(state.at(0).at(1).value<InstanceState>(), InstanceState::Connecting);
        QCOMPARE(qr.size(), 1);
        QCOMPARE(qr.at(0).at(1).toString(), QStringLiteral("WAG-SIM:%1:1").arg(kSales.id));
    }

    void restartOfAnOpenInstanceComesBackOnTheSamePhone()
    {
        link(kSales);
        const QString phone = m_sim->linkedPhone(kSales.id);
        QSignalSpy state(m_sim.get(), &Provider::connectionChanged);
        QSignalSpy qr(m_sim.get(), &Provider::qrCodeChanged);
        m_sim->restartInstance(kSales);
        // Connecting at once, with the reason; open only from the event loop.
        QCOMPARE(state.size(), 1);
        QCOMPARE(state.at(0).at(1).value<InstanceState>(), InstanceState::Connecting);
        QCOMPARE(state.at(0).at(2).toString(), QStringLiteral("restarting"));
        QCOMPARE(m_sim->state(kSales.id), InstanceState::Connecting);
        // While it comes back, connecting again neither opens it early nor shows a QR code.
        m_sim->connectInstance(kSales);
        m_sim->restartInstance(kSales);
        QCOMPARE(state.size(), 1);
        QTRY_COMPARE(state.size(), 2);
        QCOMPARE(state.at(1).at(1).value<InstanceState>(), InstanceState::Open);
        QCOMPARE(state.at(1).at(3).toString(), phone);
        QCOMPARE(m_sim->linkedPhone(kSales.id), phone);
        QCOMPARE(qr.size(), 0); // no scan needed
        QTest::qWait(20);
        QCOMPARE(state.size(), 2); // once
        auto answer = send(kSales, QStringLiteral("+14155552671"));
        QTRY_COMPARE(answer->calls, 1);
        QVERIFY(answer->result.accepted);
    }

    void restartWhileConnectingGivesAFreshQrCode()
    {
        m_sim->connectInstance(kSales);
        QCOMPARE(m_sim->qrText(kSales.id), QStringLiteral("WAG-SIM:%1:1").arg(kSales.id));
        QSignalSpy state(m_sim.get(), &Provider::connectionChanged);
        QSignalSpy qr(m_sim.get(), &Provider::qrCodeChanged);
        m_sim->restartInstance(kSales);
        QCOMPARE(qr.size(), 1);
        QCOMPARE(qr.at(0).at(1).toString(), QStringLiteral("WAG-SIM:%1:2").arg(kSales.id));
        QCOMPARE(m_sim->state(kSales.id), InstanceState::Connecting);
        QCOMPARE(state.size(), 0);
        QVERIFY(m_sim->scan(kSales.id));
        QCOMPARE(m_sim->linkedPhone(kSales.id), SimulatorProvider::phoneFor(kSales.id));
    }

    void restartLeavesClosedAndUnknownInstancesAlone()
    {
        QSignalSpy state(m_sim.get(), &Provider::connectionChanged);
        QSignalSpy qr(m_sim.get(), &Provider::qrCodeChanged);
        m_sim->restartInstance(kSales); // never connected
        QVERIFY(!m_sim->knows(kSales.id));
        QCOMPARE(state.size(), 0);
        QCOMPARE(qr.size(), 0);
        link(kSupport);
        QVERIFY(m_sim->disconnect(kSupport.id));
        const qsizetype statesBefore = state.size();
        const qsizetype qrBefore = qr.size();
        m_sim->restartInstance(kSupport);
        QCOMPARE(state.size(), statesBefore);
        QCOMPARE(m_sim->state(kSupport.id), InstanceState::Close);
        QCOMPARE(qr.size(), qrBefore);
    }

    void whatHappensDuringARestartDecides()
    {
        // Logged out before the connection came back: closed and unlinked, and it stays so.
        link(kSales);
        QSignalSpy state(m_sim.get(), &Provider::connectionChanged);
        m_sim->restartInstance(kSales);
        m_sim->logoutInstance(kSales);
        QCOMPARE(m_sim->state(kSales.id), InstanceState::Close);
        QTest::qWait(20);
        QCOMPARE(m_sim->state(kSales.id), InstanceState::Close);
        QCOMPARE(state.size(), 2);
        QVERIFY(m_sim->linkedPhone(kSales.id).isEmpty());

        // Deleted meanwhile: nothing comes back.
        link(kSupport);
        m_sim->restartInstance(kSupport);
        m_sim->deleteInstance(kSupport);
        QTest::qWait(20);
        QVERIFY(!m_sim->knows(kSupport.id));
    }

    void restoreLinkedOpensWithoutAScan()
    {
        QSignalSpy state(m_sim.get(), &Provider::connectionChanged);
        m_sim->restoreLinked(kSales, QStringLiteral("+966501234567"));
        QCOMPARE(m_sim->state(kSales.id), InstanceState::Open);
        QCOMPARE(m_sim->linkedPhone(kSales.id), QStringLiteral("+966501234567"));
        QCOMPARE(state.size(), 1);
        QCOMPARE(state.at(0).at(3).toString(), QStringLiteral("+966501234567"));

        m_sim->restoreLinked(kSupport, QString());
        QCOMPARE(m_sim->linkedPhone(kSupport.id), SimulatorProvider::phoneFor(kSupport.id));
        auto answer = send(kSupport, QStringLiteral("+966501234567"));
        QTRY_COMPARE(answer->calls, 1);
        QVERIFY(answer->result.accepted);
    }

    void sendNeedsAnOpenInstance()
    {
        auto unknown = send(kSales, QStringLiteral("+966501234567"));
        m_sim->connectInstance(kSales);
        auto connecting = send(kSales, QStringLiteral("+966501234567"));
        QCOMPARE(unknown->calls, 0); // never inside sendText
        QTRY_COMPARE(connecting->calls, 1);
        QCOMPARE(unknown->calls, 1);
        for (const auto &a : {unknown, connecting}) {
            QVERIFY(!a->result.accepted);
            QCOMPARE(a->result.failureReason, QStringLiteral("not_connected"));
            QVERIFY(a->result.externalId.isEmpty());
        }
    }

    void recipientDigitsChooseTheOutcome()
    {
        link(kSales);
        auto accepted = send(kSales, QStringLiteral("+966501234567"));
        auto notOnWhatsApp = send(kSales, QStringLiteral("+966500000000"));
        auto providerError = send(kSales, QStringLiteral("+966500000002"));
        auto hangs = send(kSales, QStringLiteral("+966500000001"));
        auto notANumber = send(kSales, QStringLiteral("12345"));
        QCOMPARE(accepted->calls, 0);
        QTRY_COMPARE(notANumber->calls, 1);
        QCOMPARE(accepted->calls, 1);
        QVERIFY(accepted->result.accepted);
        QVERIFY(accepted->result.failureReason.isEmpty());
        QVERIFY(QRegularExpression(QStringLiteral("^SIM[0-9A-F]{16}$"))
                    .match(accepted->result.externalId)
                    .hasMatch());
        QCOMPARE(notOnWhatsApp->calls, 1);
        QVERIFY(!notOnWhatsApp->result.accepted);
        QCOMPARE(notOnWhatsApp->result.failureReason, QStringLiteral("not_on_whatsapp"));
        QCOMPARE(providerError->calls, 1);
        QCOMPARE(providerError->result.failureReason, QStringLiteral("provider_error"));
        QVERIFY(!providerError->result.failureMessage.isEmpty());
        QCOMPARE(notANumber->result.failureReason, QStringLiteral("not_on_whatsapp"));

        // …0001: the provider that never answers.
        QTest::qWait(200);
        QCOMPARE(hangs->calls, 0);
    }

    void externalIdsAreUnique()
    {
        link(kSales);
        QList<std::shared_ptr<Answer>> answers;
        for (int i = 0; i < 500; ++i)
            answers.append(send(kSales, QStringLiteral("+9665012345%1").arg(i % 100 + 10)));
        QTRY_COMPARE(answers.last()->calls, 1);
        QSet<QString> ids;
        for (const auto &a : answers) {
            QCOMPARE(a->calls, 1);
            QCOMPARE(a->result.externalId.size(), 19);
            ids.insert(a->result.externalId);
        }
        QCOMPARE(ids.size(), 500);

        // A second simulator (a restarted gateway) does not repeat the first one's ids.
        SimulatorProvider other(quiet(), m_clock);
        other.restoreLinked(kSales, QString());
        auto answer = std::make_shared<Answer>();
        other.sendText(kSales, QStringLiteral("+966501234567"), QStringLiteral("x"),
                       [answer](const SendResult &r) { answer->calls += 1; answer->result = r; });
        QTRY_COMPARE(answer->calls, 1);
        QVERIFY(!ids.contains(answer->result.externalId));
    }

    void latencyDelaysTheAnswer()
    {
        SimulatorOptions o = quiet();
        o.sendLatencyMs = 150;
        m_sim->setOptions(o);
        link(kSales);
        QElapsedTimer timer;
        timer.start();
        auto answer = send(kSales, QStringLiteral("+966501234567"));
        QTRY_COMPARE_WITH_TIMEOUT(answer->calls, 1, 5000);
        QVERIFY2(timer.elapsed() >= 140, qPrintable(QString::number(timer.elapsed())));
    }

    void receiptsFollowInOrder_data()
    {
        QTest::addColumn<int>("latency");
        QTest::addColumn<int>("delivered");
        QTest::addColumn<int>("read");
        QTest::newRow("delivered then read") << 0 << 20 << 60;
        QTest::newRow("read asked before delivered") << 0 << 60 << 20;
        QTest::newRow("receipts before the answer") << 50 << 10 << 20;
    }

    void receiptsFollowInOrder()
    {
        QFETCH(int, latency);
        QFETCH(int, delivered);
        QFETCH(int, read);
        SimulatorOptions o = quiet();
        o.sendLatencyMs = latency;
        o.deliveredDelayMs = delivered;
        o.readDelayMs = read;
        m_sim->setOptions(o);
        link(kSales);
        QSignalSpy receipts(m_sim.get(), &Provider::messageStatusChanged);
        auto answer = std::make_shared<Answer>();
        int receiptsWhenAnswered = -1;
        m_sim->sendText(kSales, QStringLiteral("+966501234567"), QStringLiteral("hi"),
                        [&, answer](const SendResult &r) {
                            answer->calls += 1;
                            answer->result = r;
                            receiptsWhenAnswered = int(receipts.size());
                        });
        QTRY_COMPARE_WITH_TIMEOUT(receipts.size(), 2, 5000);
        QCOMPARE(receiptsWhenAnswered, 0); // never a receipt before the send's answer
        QCOMPARE(receipts.at(0).at(0).toString(), kSales.id);
        QCOMPARE(receipts.at(0).at(1).toString(), answer->result.externalId);
        QCOMPARE(receipts.at(0).at(2).value<MessageStatus>(), MessageStatus::Delivered);
        QCOMPARE(receipts.at(1).at(1).toString(), answer->result.externalId);
        QCOMPARE(receipts.at(1).at(2).value<MessageStatus>(), MessageStatus::Read);
        QTest::qWait(100);
        QCOMPARE(receipts.size(), 2);
    }

    void receiptsCanBeTurnedOff()
    {
        SimulatorOptions o = quiet();
        o.deliveredDelayMs = 10;
        o.readDelayMs = -1;
        m_sim->setOptions(o);
        link(kSales);
        QSignalSpy receipts(m_sim.get(), &Provider::messageStatusChanged);
        send(kSales, QStringLiteral("+966501234567"));
        QTRY_COMPARE(receipts.size(), 1);
        QCOMPARE(receipts.at(0).at(2).value<MessageStatus>(), MessageStatus::Delivered);

        o.deliveredDelayMs = 0;
        o.readDelayMs = 10;
        m_sim->setOptions(o);
        send(kSales, QStringLiteral("+966501234567"));
        QTRY_COMPARE(receipts.size(), 2);
        QCOMPARE(receipts.at(1).at(2).value<MessageStatus>(), MessageStatus::Read);

        o.readDelayMs = 0;
        m_sim->setOptions(o);
        send(kSales, QStringLiteral("+966501234567"));
        QTest::qWait(100);
        QCOMPARE(receipts.size(), 2);
    }

    void noReceiptsAfterLogout()
    {
        SimulatorOptions o = quiet();
        o.deliveredDelayMs = 50;
        o.readDelayMs = 80;
        m_sim->setOptions(o);
        link(kSales);
        QSignalSpy receipts(m_sim.get(), &Provider::messageStatusChanged);
        auto answer = send(kSales, QStringLiteral("+966501234567"));
        QTRY_COMPARE(answer->calls, 1);
        m_sim->logoutInstance(kSales);
        QTest::qWait(200);
        QCOMPARE(receipts.size(), 0);
    }

    void manualReceipts()
    {
        link(kSales);
        link(kSupport);
        auto answer = send(kSales, QStringLiteral("+966501234567"));
        QTRY_COMPARE(answer->calls, 1);
        const QString id = answer->result.externalId;
        QSignalSpy receipts(m_sim.get(), &Provider::messageStatusChanged);

        QVERIFY(m_sim->receipt(kSales.id, id, MessageStatus::Read));
        QVERIFY(m_sim->receipt(kSales.id, id, MessageStatus::Delivered)); // any order
        QVERIFY(m_sim->receipt(kSales.id, id, MessageStatus::Failed));
        QCOMPARE(receipts.size(), 3);
        QCOMPARE(receipts.at(0).at(2).value<MessageStatus>(), MessageStatus::Read);
        QCOMPARE(receipts.at(1).at(2).value<MessageStatus>(), MessageStatus::Delivered);
        QCOMPARE(receipts.at(2).at(2).value<MessageStatus>(), MessageStatus::Failed);
        QVERIFY(!receipts.at(2).at(3).toString().isEmpty());

        QCOMPARE(m_sim->receipt(kSales.id, QStringLiteral("SIM0000000000000000"), MessageStatus::Read)
                     .failure().code,
                 QStringLiteral("unknown_message"));
        // Another instance's message is not this instance's.
        QCOMPARE(m_sim->receipt(kSupport.id, id, MessageStatus::Read).failure().code,
                 QStringLiteral("unknown_message"));
        QCOMPARE(m_sim->receipt(kSales.id, id, MessageStatus::Queued).failure().code,
                 QStringLiteral("validation_error"));
        QCOMPARE(m_sim->receipt(QStringLiteral("inst_nobody"), id, MessageStatus::Read).failure().code,
                 QStringLiteral("unknown_instance"));
        QVERIFY(m_sim->disconnect(kSales.id));
        QCOMPARE(m_sim->receipt(kSales.id, id, MessageStatus::Read).failure().code,
                 QStringLiteral("instance_not_connected"));
        QCOMPARE(receipts.size(), 3);
    }

    void inboundMessages()
    {
        QCOMPARE(m_sim->inbound(kSales.id, QStringLiteral("+966501234567"), QStringLiteral("hi"))
                     .failure().code,
                 QStringLiteral("unknown_instance"));
        m_sim->connectInstance(kSales);
        QCOMPARE(m_sim->inbound(kSales.id, QStringLiteral("+966501234567"), QStringLiteral("hi"))
                     .failure().code,
                 QStringLiteral("instance_not_connected"));
        QVERIFY(m_sim->scan(kSales.id));
        QCOMPARE(m_sim->inbound(kSales.id, QStringLiteral("0501234567"), QStringLiteral("hi"))
                     .failure().code,
                 QStringLiteral("validation_error"));
        QCOMPARE(m_sim->inbound(kSales.id, QStringLiteral("+966501234567"), QStringLiteral("  "))
                     .failure().code,
                 QStringLiteral("validation_error"));

        QSignalSpy received(m_sim.get(), &Provider::messageReceived);
        const Result<QString> first = m_sim->inbound(kSales.id, QStringLiteral("+966501234567"),
                                                     QStringLiteral("Where is my order?"),
                                                     QStringLiteral("Sara"));
        QVERIFY(first);
        const Result<QString> second = m_sim->inbound(kSales.id, QStringLiteral("+966501234568"),
                                                      QStringLiteral("hello all"), QString(),
                                                      QStringLiteral("120363000000000001@g.us"));
        QVERIFY(second);
        QCOMPARE(received.size(), 2);
        const auto message = received.at(0).at(1).value<InboundMessage>();
        QCOMPARE(received.at(0).at(0).toString(), kSales.id);
        QCOMPARE(message.externalId, first.value());
        QVERIFY(QRegularExpression(QStringLiteral("^SIMIN[0-9A-F]{16}$")).match(first.value()).hasMatch());
        QCOMPARE(message.fromE164, QStringLiteral("+966501234567"));
        QCOMPARE(message.fromName, QStringLiteral("Sara"));
        QCOMPARE(message.text, QStringLiteral("Where is my order?"));
        QCOMPARE(message.messageType, QStringLiteral("text"));
        QVERIFY(message.groupId.isEmpty());
        QCOMPARE(message.at, m_clock.now());
        const auto group = received.at(1).at(1).value<InboundMessage>();
        QCOMPARE(group.groupId, QStringLiteral("120363000000000001@g.us"));
        QVERIFY(first.value() != second.value());
    }

    void calls()
    {
        link(kSales);
        QSignalSpy calls(m_sim.get(), &Provider::callReceived);
        const Result<QString> offer = m_sim->call(kSales.id, QStringLiteral("+966501234567"),
                                                  QStringLiteral("offer"));
        QVERIFY(offer);
        QVERIFY(m_sim->call(kSales.id, QStringLiteral("+966501234567"), QStringLiteral("missed")));
        QCOMPARE(m_sim->call(kSales.id, QStringLiteral("+966501234567"), QStringLiteral("busy"))
                     .failure().code,
                 QStringLiteral("validation_error"));
        QCOMPARE(m_sim->call(kSales.id, QStringLiteral("nope"), QStringLiteral("offer")).failure().code,
                 QStringLiteral("validation_error"));
        QCOMPARE(calls.size(), 2);
        const auto first = calls.at(0).at(1).value<CallEvent>();
        QCOMPARE(first.kind, CallEvent::Kind::Offer);
        QCOMPARE(first.callId, offer.value());
        QCOMPARE(first.fromE164, QStringLiteral("+966501234567"));
        QCOMPARE(first.at, m_clock.now());
        QCOMPARE(calls.at(1).at(1).value<CallEvent>().kind, CallEvent::Kind::Missed);

        m_sim->logoutInstance(kSales);
        QCOMPARE(m_sim->call(kSales.id, QStringLiteral("+966501234567"), QStringLiteral("offer"))
                     .failure().code,
                 QStringLiteral("instance_not_connected"));
    }

    void pendingWorkDiesWithTheSimulator()
    {
        SimulatorOptions o = quiet();
        o.sendLatencyMs = 50;
        o.qrRefreshMs = 20;
        m_sim->setOptions(o);
        link(kSales);
        m_sim->connectInstance(kSupport);
        auto answer = send(kSales, QStringLiteral("+966501234567"));
        m_sim.reset();
        QTest::qWait(120);
        QCOMPARE(answer->calls, 0); // no callback into a destroyed provider's world
    }
};

QTEST_GUILESS_MAIN(TestSimulatorProvider)
#include "test_simulator_provider.moc"
