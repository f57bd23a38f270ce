#include "webhooks_page.h"

#include "confirm.h"
#include "engine.h"
#include "instance_picker.h"
#include "secret_once_dialog.h"
#include "webhook_destination_dialog.h"
#include "webhooks/webhook_dispatcher.h"
#include "webhooks/webhook_service.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace wag {

namespace {

constexpr int kDeliveryLogRows = 200;

QTableWidget *makeTable(const QStringList &headers, const QString &name, QWidget *parent)
{
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    table->setObjectName(name);
    table->setHorizontalHeaderLabels(headers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    return table;
}

QString disabledText(const QString &reason)
{
    if (reason == u"gone")
        return QObject::tr("disabled: the receiver answered 410 Gone");
    if (reason == u"failing")
        return QObject::tr("disabled: failing for 5 days");
    return QObject::tr("disabled");
}

} // namespace

WebhooksPage::WebhooksPage(Engine &engine, QWidget *parent) : QWidget(parent), m_engine(engine)
{
    auto *layout = new QVBoxLayout(this);

    m_banner = new QLabel(this);
    m_banner->setObjectName(QStringLiteral("webhookBanner"));
    m_banner->setWordWrap(true);
    m_banner->setStyleSheet(QStringLiteral("background: #fdecea; color: #8a1c1c; border: 1px solid #f5c2c0;"
                                           " border-radius: 4px; padding: 8px"));
    m_banner->hide();
    layout->addWidget(m_banner);

    auto *top = new QHBoxLayout;
    auto *instanceLabel = new QLabel(tr("&Instance:"), this);
    m_instance = new InstancePicker(m_engine.instances(), InstancePicker::Mode::OneInstance, this);
    instanceLabel->setBuddy(m_instance);
    top->addWidget(instanceLabel);
    top->addWidget(m_instance);
    top->addStretch();
    layout->addLayout(top);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    auto *upper = new QWidget(splitter);
    auto *upperLayout = new QVBoxLayout(upper);
    upperLayout->setContentsMargins(0, 0, 0, 0);
    upperLayout->addWidget(new QLabel(tr("Destinations"), upper));
    m_destinations = makeTable({tr("URL"), tr("State"), tr("Pending"), tr("Events")},
                               QStringLiteral("webhookDestinations"), upper);
    m_destinations->setAccessibleName(tr("Webhook destinations"));
    upperLayout->addWidget(m_destinations);
    auto *buttons = new QHBoxLayout;
    m_add = new QPushButton(tr("&Add…"), upper);
    m_rotate = new QPushButton(tr("R&otate secret"), upper);
    m_toggle = new QPushButton(tr("&Disable"), upper);
    m_remove = new QPushButton(tr("Re&move…"), upper);
    m_test = new QPushButton(tr("Send &test event"), upper);
    for (auto [button, name] : {std::pair{m_add, "addWebhook"}, {m_rotate, "rotateWebhookSecret"},
                                {m_toggle, "toggleWebhook"}, {m_remove, "removeWebhook"},
                                {m_test, "testWebhook"}}) {
        button->setObjectName(QLatin1String(name));
        buttons->addWidget(button);
    }
    buttons->addStretch();
    upperLayout->addLayout(buttons);
    m_message = new QLabel(upper);
    m_message->setObjectName(QStringLiteral("webhookMessage"));
    m_message->setWordWrap(true);
    upperLayout->addWidget(m_message);

    auto *lower = new QWidget(splitter);
    auto *lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    lowerLayout->addWidget(new QLabel(tr("Delivery log of the selected destination"), lower));
    m_log = makeTable({tr("Time"), tr("Event"), tr("Attempt"), tr("Status"), tr("Latency"), tr("Error")},
                      QStringLiteral("webhookDeliveryLog"), lower);
    m_log->setAccessibleName(tr("Delivery log"));
    lowerLayout->addWidget(m_log);
    auto *logButtons = new QHBoxLayout;
    m_redeliver = new QPushButton(tr("&Redeliver selected event"), lower);
    m_redeliver->setObjectName(QStringLiteral("redeliverWebhook"));
    auto *refresh = new QPushButton(tr("Re&fresh"), lower);
    logButtons->addWidget(m_redeliver);
    logButtons->addWidget(refresh);
    logButtons->addStretch();
    lowerLayout->addLayout(logButtons);
    layout->addWidget(splitter, 1);

    // Under load the dispatcher reports hundreds of attempts a second: the log is read
    // again at most twice a second, not once per attempt.
    m_logRefresh = new QTimer(this);
    m_logRefresh->setSingleShot(true);
    m_logRefresh->setInterval(500);
    connect(m_logRefresh, &QTimer::timeout, this, &WebhooksPage::reloadDeliveryLog);

    WebhookService &webhooks = m_engine.webhooks();
    connect(m_instance, &InstancePicker::instanceChanged, this, &WebhooksPage::reloadDestinations);
    connect(m_destinations, &QTableWidget::itemSelectionChanged, this, [this] {
        updateButtons();
        reloadDeliveryLog();
    });
    connect(m_log, &QTableWidget::itemSelectionChanged, this, &WebhooksPage::updateButtons);
    connect(m_add, &QPushButton::clicked, this, &WebhooksPage::addDestination);
    connect(m_rotate, &QPushButton::clicked, this, &WebhooksPage::rotateSecret);
    connect(m_toggle, &QPushButton::clicked, this, &WebhooksPage::toggleEnabled);
    connect(m_remove, &QPushButton::clicked, this, &WebhooksPage::removeDestination);
    connect(m_test, &QPushButton::clicked, this, &WebhooksPage::sendTestEvent);
    connect(m_redeliver, &QPushButton::clicked, this, &WebhooksPage::redeliverSelected);
    connect(refresh, &QPushButton::clicked, this, &WebhooksPage::reloadDeliveryLog);
    connect(&webhooks, &WebhookService::destinationsChanged, this, [this](const QString &instanceId) {
        if (instanceId.isEmpty() || instanceId == m_instance->currentInstanceId())
            reloadDestinations();
    });
    connect(&webhooks, &WebhookService::destinationDisabled, this, &WebhooksPage::showBanner);
    attachDispatcher();
    reloadDestinations();
}

void WebhooksPage::attachDispatcher()
{
    WebhookDispatcher *dispatcher = m_engine.dispatcher();
    if (!dispatcher || m_dispatcherAttached == dispatcher)
        return;
    m_dispatcherAttached = dispatcher;
    connect(dispatcher, &WebhookDispatcher::deliveryAttempted, this,
            [this](qint64, const QString &destinationId) {
                if (destinationId == selectedDestinationId() && !m_logRefresh->isActive())
                    m_logRefresh->start();
            });
}

void WebhooksPage::selectInstance(const QString &id)
{
    m_instance->selectInstance(id);
}

QString WebhooksPage::selectedDestinationId() const
{
    const QList<QTableWidgetItem *> selected = m_destinations->selectedItems();
    return selected.isEmpty() ? QString() : m_destinations->item(selected.first()->row(), 0)->data(Qt::UserRole).toString();
}

void WebhooksPage::reloadDestinations()
{
    const QString kept = selectedDestinationId();
    m_destinations->setRowCount(0);
    const QString instanceId = m_instance->currentInstanceId();
    m_add->setEnabled(!instanceId.isEmpty());
    if (!instanceId.isEmpty()) {
        const auto listed = m_engine.webhooks().list(instanceId);
        if (!listed.ok())
            report(listed.failure().message, true);
        for (const WebhookDestinationRecord &d : listed.ok() ? listed.value() : QList<WebhookDestinationRecord>{}) {
            const int row = m_destinations->rowCount();
            m_destinations->insertRow(row);
            auto *url = new QTableWidgetItem(d.url);
            url->setData(Qt::UserRole, d.id);
            m_destinations->setItem(row, 0, url);
            m_destinations->setItem(row, 1, new QTableWidgetItem(d.enabled ? tr("enabled") : disabledText(d.disabledReason)));
            const int pending = m_engine.webhooks().pendingCount(d.id);
            m_destinations->setItem(row, 2, new QTableWidgetItem(pending < 0 ? QString() : QString::number(pending)));
            auto *events = new QTableWidgetItem(d.events.join(QStringLiteral(", ")));
            events->setToolTip(d.events.join(QLatin1Char('\n')));
            m_destinations->setItem(row, 3, events);
            if (d.id == kept)
                m_destinations->selectRow(row);
        }
    }
    for (int column : {0, 1, 2})
        m_destinations->resizeColumnToContents(column);
    if (m_destinations->selectedItems().isEmpty() && m_destinations->rowCount() > 0)
        m_destinations->selectRow(0);
    updateButtons();
    reloadDeliveryLog();
}

void WebhooksPage::reloadDeliveryLog()
{
    m_log->setRowCount(0);
    const QString destinationId = selectedDestinationId();
    if (destinationId.isEmpty())
        return;
    const QLocale locale;
    for (const WebhookAttemptRecord &a : m_engine.webhooks().deliveryLog(destinationId, kDeliveryLogRows)) {
        const int row = m_log->rowCount();
        m_log->insertRow(row);
        auto *time = new QTableWidgetItem(locale.toString(a.createdAt.toLocalTime(), QLocale::ShortFormat));
        time->setData(Qt::UserRole, a.eventId);
        m_log->setItem(row, 0, time);
        m_log->setItem(row, 1, new QTableWidgetItem(a.eventType));
        m_log->setItem(row, 2, new QTableWidgetItem(QString::number(a.attempt)));
        m_log->setItem(row, 3, new QTableWidgetItem(a.statusCode ? QString::number(a.statusCode) : tr("no answer")));
        m_log->setItem(row, 4, new QTableWidgetItem(tr("%1 ms").arg(a.latencyMs)));
        m_log->setItem(row, 5, new QTableWidgetItem(a.error));
    }
    m_log->resizeColumnsToContents();
    updateButtons();
}

void WebhooksPage::updateButtons()
{
    const QString id = selectedDestinationId();
    const auto destination = id.isEmpty() ? std::nullopt : m_engine.webhooks().find(id);
    m_rotate->setEnabled(destination.has_value());
    m_toggle->setEnabled(destination.has_value());
    m_remove->setEnabled(destination.has_value());
    m_test->setEnabled(destination && destination->enabled);
    m_toggle->setText(destination && !destination->enabled ? tr("&Enable") : tr("&Disable"));
    m_redeliver->setEnabled(!m_log->selectedItems().isEmpty());
}

void WebhooksPage::addDestination()
{
    const QString instanceId = m_instance->currentInstanceId();
    if (instanceId.isEmpty())
        return;
    auto *dialog = new WebhookDestinationDialog(
        [this, instanceId](const QString &url, const QStringList &events) -> QString {
            const auto added = m_engine.webhooks().add(instanceId, url, events);
            if (!added.ok())
                return added.failure().message;
            // Queued so the secret dialog opens once the add dialog has gone.
            const QString secret = added.value().secret;
            QMetaObject::invokeMethod(this, [this, secret] {
                SecretOnceDialog::showSecret(this, tr("Signing secret"),
                                             tr("The destination was added. Receivers verify each delivery with this signing secret:"),
                                             secret);
            }, Qt::QueuedConnection);
            return {};
        },
        this);
    dialog->open();
}

void WebhooksPage::rotateSecret()
{
    const QString id = selectedDestinationId();
    if (id.isEmpty() || !confirmDestructive(this, tr("Rotate secret"),
                                            tr("Make a new signing secret? The current one keeps signing for 24 hours, so the receiver can switch over.")))
        return;
    const Result<QString> rotated = m_engine.webhooks().rotateSecret(id);
    if (!rotated.ok()) {
        report(rotated.failure().message, true);
        return;
    }
    SecretOnceDialog::showSecret(this, tr("New signing secret"),
                                 tr("The new signing secret (the previous one keeps signing for 24 hours):"),
                                 rotated.value());
}

void WebhooksPage::toggleEnabled()
{
    const QString id = selectedDestinationId();
    const auto destination = id.isEmpty() ? std::nullopt : m_engine.webhooks().find(id);
    if (!destination)
        return;
    const Status s = m_engine.webhooks().setEnabled(id, !destination->enabled);
    if (!s.ok())
        report(s.failure().message, true);
    else if (!destination->enabled)
        m_banner->hide();
}

void WebhooksPage::removeDestination()
{
    const QString id = selectedDestinationId();
    if (id.isEmpty() || !confirmDestructive(this, tr("Remove destination"),
                                            tr("Remove this destination with its delivery log? Pending deliveries to it are dropped.")))
        return;
    if (const Status s = m_engine.webhooks().remove(id); !s.ok())
        report(s.failure().message, true);
}

void WebhooksPage::sendTestEvent()
{
    const QString id = selectedDestinationId();
    if (id.isEmpty())
        return;
    const Result<QString> sent = m_engine.webhooks().sendTestEvent(id);
    if (!sent.ok())
        report(sent.failure().message, true);
    else
        report(tr("Test event %1 queued; its attempts appear in the delivery log.").arg(sent.value()), false);
    reloadDestinations();
}

void WebhooksPage::redeliverSelected()
{
    const QList<QTableWidgetItem *> selected = m_log->selectedItems();
    if (selected.isEmpty())
        return;
    const QString eventId = m_log->item(selected.first()->row(), 0)->data(Qt::UserRole).toString();
    const Result<int> queued = m_engine.webhooks().redeliverEvent(eventId, selectedDestinationId());
    if (!queued.ok())
        report(queued.failure().message, true);
    else
        report(tr("Event %1 will be delivered again now.").arg(eventId), false);
    reloadDestinations();
}

void WebhooksPage::showBanner(const QString &destinationId, const QString &reason)
{
    const auto destination = m_engine.webhooks().find(destinationId);
    const QString url = destination ? destination->url : destinationId;
    m_banner->setText(tr("The gateway disabled the webhook destination %1 (%2). Check the receiver, then enable it again.")
                          .arg(url, disabledText(reason)));
    m_banner->show();
    reloadDestinations();
}

void WebhooksPage::report(const QString &message, bool error)
{
    m_message->setStyleSheet(error ? QStringLiteral("color: #b00020") : QString());
    m_message->setText(message);
}

} // namespace wag
