#pragma once

#include <QObject>

#include <memory>

class QAction;
class QSystemTrayIcon;

namespace wag {

class Engine;
class MainWindow;

// Desktop mode: the main window plus a tray icon. Closing the window keeps the gateway
// running behind the tray icon (the first time, a tray message says so, once per data
// dir); Quit — in the tray menu, File ▸ Quit, or a signal — stops it. Where the desktop has
// no tray (some window managers, Xvfb), closing the window quits instead of hiding it.
class DesktopShell final : public QObject
{
    Q_OBJECT
public:
    // IfAvailable: a tray icon where the desktop has a tray. Always: build the tray even where
    // the platform reports none (the offscreen platform of the tests): the icon shows nowhere,
    // but closing and quitting behave as on a desktop with a tray. Never: as without a tray.
    enum class Tray { IfAvailable, Always, Never };

    explicit DesktopShell(Engine &engine, Tray tray = Tray::IfAvailable);
    ~DesktopShell() override;

    MainWindow *window() const { return m_window.get(); }
    bool hasTray() const { return m_tray != nullptr; }

    // A desktop notification through the tray (when there is one). The last one is kept
    // for tests, which run without a tray.
    void notify(const QString &title, const QString &message);
    const QString &lastNotification() const { return m_lastNotification; }
    int notificationCount() const { return m_notificationCount; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateTray();
    void watchSends();
    void showMessage(const QString &title, const QString &message, int icon);
    void windowClosedToTray();

    Engine &m_engine;
    std::unique_ptr<MainWindow> m_window;
    QSystemTrayIcon *m_tray = nullptr;
    QAction *m_showAction = nullptr;
    QAction *m_quitAction = nullptr;
    QString m_lastNotification;
    int m_notificationCount = 0;
    const QObject *m_watchedSends = nullptr;
    bool m_quitting = false; // closes that belong to quitting are not "closed to the tray"
    bool m_restoreQuitOnLastWindowClosed = false;
};

} // namespace wag
