#include "desktop_shell.h"

#include "app_icon.h"
#include "engine.h"
#include "instances/instance_service.h"
#include "main_window.h"
#include "messaging/send_service.h"
#include "webhooks/webhook_service.h"

#include <QApplication>
#include <QMenu>
#include <QSystemTrayIcon>

namespace wag {

DesktopShell::DesktopShell(Engine &engine) : m_engine(engine)
{
    QApplication::setWindowIcon(appIcon());
    m_window = std::make_unique<MainWindow>(engine);

    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(this);
        auto *menu = new QMenu(m_window.get());
        menu->addAction(tr("Show window"), m_window.get(), [this] {
            m_window->showNormal();
            m_window->raise();
            m_window->activateWindow();
        });
        menu->addSeparator();
        menu->addAction(tr("Quit"), qApp, &QApplication::quit);
        m_tray->setContextMenu(menu);
        connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason r) {
            if (r == QSystemTrayIcon::Trigger)
                m_window->setVisible(!m_window->isVisible());
        });
        connect(&m_engine, &Engine::servingChanged, this, &DesktopShell::updateTray);
        updateTray();
        m_tray->show();
        // With a tray, closing the window keeps the gateway running behind it.
        QApplication::setQuitOnLastWindowClosed(false);
    }
    // What needs a person even while the window is hidden in the tray.
    connect(&m_engine.webhooks(), &WebhookService::destinationDisabled, this,
            [this](const QString &destinationId, const QString &reason) {
                const auto destination = m_engine.webhooks().find(destinationId);
                notify(tr("Webhook destination disabled"),
                       tr("%1 was disabled (%2). Deliveries to it wait until it is enabled again.")
                           .arg(destination ? destination->url : destinationId,
                                reason == u"gone" ? tr("the receiver answered 410 Gone") : tr("failing for 5 days")));
            });
    connect(&m_engine.instances(), &InstanceService::stateChanged, this,
            [this](const QString &id, InstanceState state, InstanceState previous) {
                if (state != InstanceState::Close || previous != InstanceState::Open)
                    return;
                const auto instance = m_engine.instances().find(id);
                notify(tr("Instance disconnected"),
                       tr("%1 lost its connection to WhatsApp.").arg(instance ? instance->name : id));
            });
    connect(&m_engine, &Engine::servingChanged, this, &DesktopShell::watchSends);
    watchSends();
    m_window->show();
}

void DesktopShell::watchSends()
{
    SendService *sends = m_engine.sends();
    if (!sends || sends == m_watchedSends)
        return;
    m_watchedSends = sends;
    connect(sends, &SendService::instanceAutoPaused, this, [this](const QString &id, const QString &reason) {
        const auto instance = m_engine.instances().find(id);
        notify(tr("Instance paused by the guard"),
               tr("%1 was paused: %2. Review it under Policy events.").arg(instance ? instance->name : id, reason));
    });
}

void DesktopShell::notify(const QString &title, const QString &message)
{
    m_lastNotification = title + QStringLiteral(": ") + message;
    if (m_tray)
        m_tray->showMessage(title, message, QSystemTrayIcon::Warning);
}

DesktopShell::~DesktopShell() = default;

void DesktopShell::updateTray()
{
    const bool serving = m_engine.isServing();
    m_tray->setIcon(appIcon(serving ? TrayState::Running : TrayState::Stopped));
    m_tray->setToolTip(serving ? tr("WhatsApp Gateway — running at %1").arg(m_engine.baseUrl())
                               : tr("WhatsApp Gateway — stopped"));
}

} // namespace wag
