#include "desktop_shell.h"

#include "app_icon.h"
#include "engine.h"
#include "main_window.h"

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
    m_window->show();
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
