#include "desktop_shell.h"

#include "app_icon.h"
#include "core/logging.h"
#include "engine.h"
#include "first_run_wizard.h"
#include "instances/instance_service.h"
#include "main_window.h"
#include "messaging/send_service.h"
#include "notices/one_time_notices.h"
#include "webhooks/webhook_service.h"

#include <QAction>
#include <QApplication>
#include <QEvent>
#include <QMenu>
#include <QSystemTrayIcon>

namespace wag {

DesktopShell::DesktopShell(Engine &engine, Tray tray) : m_engine(engine)
{
    QApplication::setWindowIcon(appIcon());
    // The window is built in the language the engine applied when it started serving.
    m_window = std::make_unique<MainWindow>(engine);
    // Application-wide, for two things: the window's closes (to the tray, or quitting) and
    // language switches, and the Quit event. Quitting closes every window first (Qt 6), and
    // those closes must not count as "closed to the tray"; the Quit event comes before them.
    qApp->installEventFilter(this);
    // However the event loop ends, the gateway stops with it, not only after it.
    connect(qApp, &QCoreApplication::aboutToQuit, this, [this] { m_engine.stop(); });

    if (tray == Tray::Always || (tray == Tray::IfAvailable && QSystemTrayIcon::isSystemTrayAvailable())) {
        m_tray = new QSystemTrayIcon(this);
        auto *menu = new QMenu(m_window.get());
        m_showAction = menu->addAction(tr("Show window"), m_window.get(), [this] {
            m_window->showNormal();
            m_window->raise();
            m_window->activateWindow();
        });
        menu->addSeparator();
        m_quitAction = menu->addAction(tr("Quit"), qApp, &QApplication::quit);
        m_quitAction->setObjectName(QStringLiteral("trayQuitAction"));
        m_tray->setContextMenu(menu);
        connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason r) {
            if (r == QSystemTrayIcon::Trigger)
                m_window->setVisible(!m_window->isVisible());
        });
        connect(&m_engine, &Engine::servingChanged, this, &DesktopShell::updateTray);
        updateTray();
        m_tray->show();
        // With a tray, closing the window keeps the gateway running behind it.
        m_restoreQuitOnLastWindowClosed = QApplication::quitOnLastWindowClosed();
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
    // Nothing set up yet (no user, no instance): the wizard walks a newcomer through it.
    if (FirstRunWizard::isNeeded(m_engine))
        m_window->showSetupWizard();
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
    showMessage(title, message, QSystemTrayIcon::Warning);
}

void DesktopShell::showMessage(const QString &title, const QString &message, int icon)
{
    m_lastNotification = title + QStringLiteral(": ") + message;
    ++m_notificationCount;
    if (m_tray)
        m_tray->showMessage(title, message, QSystemTrayIcon::MessageIcon(icon));
}

// The first close to the tray says where the gateway went, once per data dir: people who
// have read it once do not need it at every close, nor after a restart.
void DesktopShell::windowClosedToTray()
{
    OneTimeNotices notices(m_engine.database(), m_engine.clock());
    const QString hint = QLatin1String(OneTimeNotices::kTrayHint);
    if (notices.wasShown(hint))
        return;
    showMessage(tr("WhatsApp Gateway is still running"),
                tr("It keeps sending and receiving in the background. Open the window again from the "
                   "tray icon; choose Quit there to stop the gateway."),
                QSystemTrayIcon::Information);
    if (const Status s = notices.markShown(hint); !s.ok())
        qCWarning(lcApp).noquote() << "could not remember that the tray hint was shown:" << s.failure().message;
}

DesktopShell::~DesktopShell()
{
    qApp->removeEventFilter(this);
    if (m_tray)
        QApplication::setQuitOnLastWindowClosed(m_restoreQuitOnLastWindowClosed);
}

bool DesktopShell::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == qApp && event->type() == QEvent::Quit)
        m_quitting = true;
    if (watched == m_window.get()) {
        if (event->type() == QEvent::LanguageChange && m_tray) {
            m_showAction->setText(tr("Show window"));
            m_quitAction->setText(tr("Quit"));
            updateTray();
        }
        // With a tray the window only hides (QuitOnLastWindowClosed is off); without one,
        // closing it is quitting, and Qt ends the event loop.
        if (event->type() == QEvent::Close && m_tray && !m_quitting)
            windowClosedToTray();
    }
    return QObject::eventFilter(watched, event);
}

void DesktopShell::updateTray()
{
    const bool serving = m_engine.isServing();
    m_tray->setIcon(appIcon(serving ? TrayState::Running : TrayState::Stopped));
    m_tray->setToolTip(serving ? tr("WhatsApp Gateway — running at %1").arg(m_engine.baseUrl())
                               : tr("WhatsApp Gateway — stopped"));
}

} // namespace wag
