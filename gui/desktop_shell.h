#pragma once

#include <QObject>

#include <memory>

class QAction;
class QSystemTrayIcon;

namespace wag {

class Engine;
class MainWindow;

// Desktop mode: the main window plus a tray icon. Where the desktop has no tray (some
// window managers, Xvfb), closing the window quits instead of hiding it.
class DesktopShell final : public QObject
{
    Q_OBJECT
public:
    explicit DesktopShell(Engine &engine);
    ~DesktopShell() override;

    MainWindow *window() const { return m_window.get(); }

    // A desktop notification through the tray (when there is one). The last one is kept
    // for tests, which run without a tray.
    void notify(const QString &title, const QString &message);
    const QString &lastNotification() const { return m_lastNotification; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateTray();
    void watchSends();

    Engine &m_engine;
    std::unique_ptr<MainWindow> m_window;
    QSystemTrayIcon *m_tray = nullptr;
    QAction *m_showAction = nullptr;
    QAction *m_quitAction = nullptr;
    QString m_lastNotification;
    const QObject *m_watchedSends = nullptr;
};

} // namespace wag
