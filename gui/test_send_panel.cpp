#include "test_send_panel.h"

#include "engine.h"
#include "instances/instance_service.h"
#include "messaging/send_answer.h"
#include "messaging/send_request.h"
#include "messaging/send_service.h"
#include "policy/purposes.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QVBoxLayout>

namespace wag {

namespace {

QString purposeText(const QString &purpose)
{
    if (purpose == u"transactional")
        return TestSendPanel::tr("Transactional — orders, invoices, bookings");
    if (purpose == u"operational")
        return TestSendPanel::tr("Operational — service notices, reminders");
    if (purpose == u"support")
        return TestSendPanel::tr("Support — answering a customer");
    if (purpose == u"internal_team")
        return TestSendPanel::tr("Internal team — messages to staff");
    if (purpose == u"authentication")
        return TestSendPanel::tr("Authentication — one-time codes");
    return purpose;
}

} // namespace

TestSendPanel::TestSendPanel(Engine &engine, QWidget *parent) : QWidget(parent), m_engine(engine)
{
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Sends one message through this instance the way the API does: the "
                                "guard checks it, the message log records it (sent from the desktop "
                                "window, no API key) and it counts against the limits."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    m_phone = new QLineEdit(this);
    m_phone->setObjectName(QStringLiteral("testSendPhone"));
    m_phone->setPlaceholderText(tr("e.g. +14155552671"));
    m_phone->setAccessibleName(tr("Recipient's phone number"));
    m_phone->setToolTip(tr("International format with +, or digits with the country code."));
    m_purpose = new QComboBox(this);
    m_purpose->setObjectName(QStringLiteral("testSendPurpose"));
    m_purpose->setAccessibleName(tr("Purpose of the message"));
    for (const QString &purpose : allowedPurposes())
        m_purpose->addItem(purposeText(purpose), purpose);
    m_purpose->setCurrentIndex(qMax(0, m_purpose->findData(QStringLiteral("support"))));
    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(QStringLiteral("testSendText"));
    m_text->setAccessibleName(tr("Message text"));
    m_text->setPlaceholderText(tr("Hello, this is a test from our WhatsApp gateway."));
    m_text->setTabChangesFocus(true); // Tab goes on to Send, as in every other field
    m_text->setMaximumHeight(110);
    auto *phoneLabel = new QLabel(tr("Rec&ipient:"), this);
    phoneLabel->setBuddy(m_phone);
    auto *purposeLabel = new QLabel(tr("Purp&ose:"), this);
    purposeLabel->setBuddy(m_purpose);
    auto *textLabel = new QLabel(tr("Message te&xt:"), this);
    textLabel->setBuddy(m_text);
    form->addRow(phoneLabel, m_phone);
    form->addRow(purposeLabel, m_purpose);
    form->addRow(textLabel, m_text);
    layout->addLayout(form);

    auto *row = new QHBoxLayout;
    m_send = new QPushButton(tr("Se&nd test message"), this);
    m_send->setObjectName(QStringLiteral("testSendButton"));
    m_send->setToolTip(tr("Send it now through the guard; the answer appears below."));
    row->addWidget(m_send);
    row->addStretch();
    layout->addLayout(row);
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("testSendResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_result->setAccessibleName(tr("Result of the test send"));
    layout->addWidget(m_result);
    layout->addStretch();
    setTabOrder(m_phone, m_purpose);
    setTabOrder(m_purpose, m_text);
    setTabOrder(m_text, m_send);

    connect(m_send, &QPushButton::clicked, this, &TestSendPanel::send);
    connect(m_phone, &QLineEdit::returnPressed, this, &TestSendPanel::send);
    connect(&m_engine, &Engine::servingChanged, this, &TestSendPanel::updateButton);
    updateButton();
}

void TestSendPanel::setInstanceId(const QString &id)
{
    m_instanceId = id;
    updateButton();
}

void TestSendPanel::updateButton()
{
    const bool running = m_engine.sends() && m_engine.isServing();
    m_send->setEnabled(running && !m_instanceId.isEmpty() && !m_inFlight);
    m_send->setToolTip(running ? tr("Send it now through the guard; the answer appears below.")
                               : tr("Test sends need the gateway running."));
}

void TestSendPanel::send()
{
    SendService *sends = m_engine.sends();
    if (!sends || m_instanceId.isEmpty() || m_inFlight || !m_send->isEnabled())
        return;
    const auto instance = m_engine.instances().find(m_instanceId);
    const QString name = instance ? instance->name : m_instanceId;
    SendRequest request;
    request.instanceRef = m_instanceId;
    request.phone = m_phone->text().trimmed();
    request.message = m_text->toPlainText();
    request.purpose = m_purpose->currentData().toString();
    m_inFlight = true;
    updateButton();
    m_result->setStyleSheet({});
    m_result->setText(tr("Sending through %1…").arg(name));
    // The answer may come after this panel is gone (a language switch rebuilds the window).
    QPointer<TestSendPanel> self(this);
    sends->sendAsPerson(request, QLatin1String(SendService::kDesktopOrigin), [self, name](const SendAnswer &answer) {
        if (self)
            self->showAnswer(name, answer);
    });
}

void TestSendPanel::showAnswer(const QString &instanceName, const SendAnswer &answer)
{
    m_inFlight = false;
    updateButton();
    const QJsonObject &body = answer.body;
    if (body.value(QStringLiteral("success")).toBool()) {
        const QString messageId = body.value(QStringLiteral("message_id")).toString();
        const QString logId = QString::number(body.value(QStringLiteral("log_id")).toInteger());
        m_result->setStyleSheet(QStringLiteral("color: #1b5e20"));
        m_result->setText(body.value(QStringLiteral("status")).toString() == u"queued"
                              ? tr("Queued: %1 holds it in its pacing queue and sends it shortly (message %2, "
                                   "log entry %3). The message log shows when it goes out.")
                                    .arg(instanceName, messageId, logId)
                              : tr("Sent: the provider accepted it (message %1, log entry %2).").arg(messageId, logId));
    } else {
        const QString code = body.value(QStringLiteral("error")).toString();
        QString message = body.value(QStringLiteral("message")).toString();
        const QJsonObject fields = body.value(QStringLiteral("details")).toObject().value(QStringLiteral("fields")).toObject();
        QStringList problems;
        for (auto it = fields.constBegin(); it != fields.constEnd(); ++it)
            problems << QStringLiteral("%1: %2").arg(it.key(), it.value().toString());
        if (!problems.isEmpty())
            message += QLatin1Char(' ') + problems.join(QStringLiteral("; "));
        m_result->setStyleSheet(QStringLiteral("color: #b00020"));
        // The guard's own code and words: the same an integration gets, to search the README for.
        m_result->setText(code == u"gateway_send_failed" ? tr("Not sent (%1): %2").arg(code, message)
                                                          : tr("Refused (%1): %2").arg(code, message));
    }
    emit answered();
}

} // namespace wag
