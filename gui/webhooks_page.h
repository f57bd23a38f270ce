#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;
class QTimer;

namespace wag {

class Engine;
class InstancePicker;
class WebhookDispatcher;

// Webhooks of one instance: its destinations (add with the secret shown once, rotate,
// enable/disable, remove, send a test event) and the selected destination's delivery log
// with redeliver. A destination the gateway disabled by itself raises a banner here.
class WebhooksPage final : public QWidget
{
    Q_OBJECT
public:
    explicit WebhooksPage(Engine &engine, QWidget *parent = nullptr);

    void selectInstance(const QString &id);
    QString selectedDestinationId() const;
    void addDestination();

    // The dispatcher exists only while the gateway serves; the window calls this when it starts.
    void attachDispatcher();

private:
    void reloadDestinations();
    void reloadDeliveryLog();
    void updateButtons();
    void rotateSecret();
    void toggleEnabled();
    void removeDestination();
    void sendTestEvent();
    void redeliverSelected();
    void showBanner(const QString &destinationId, const QString &reason);
    void report(const QString &message, bool error);

    Engine &m_engine;
    InstancePicker *m_instance = nullptr;
    QLabel *m_banner = nullptr;
    QLabel *m_message = nullptr;
    QTableWidget *m_destinations = nullptr;
    QTableWidget *m_log = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_rotate = nullptr;
    QPushButton *m_toggle = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_test = nullptr;
    QPushButton *m_redeliver = nullptr;
    const WebhookDispatcher *m_dispatcherAttached = nullptr;
    QTimer *m_logRefresh = nullptr;
};

} // namespace wag
