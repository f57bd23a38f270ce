#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTabWidget;

namespace wag {

class Engine;
class InstanceUsagePanel;
class QrCodeWidget;
class TestSendPanel;
struct InstanceRecord;

// Instances: the list with live state badges, and the selected instance in three tabs —
// its connection (QR code, linked phone, state), its limits and usage (warm-up included),
// and a test send through the full guard — above the buttons that drive it. Everything
// goes through the services (InstanceService, SendService); their signals keep the page
// current, and nothing here waits for the provider: its answers arrive as signals.
class InstancesPage final : public QWidget
{
    Q_OBJECT
public:
    explicit InstancesPage(Engine &engine, QWidget *parent = nullptr);

    QString selectedInstanceId() const;
    void selectInstance(const QString &id);
    // The send service exists only while the gateway serves; the window calls this when it starts.
    void attachLiveSources();

    enum class Tab { Connection, Usage, TestSend };
    void showTab(Tab tab);

private:
    void reloadList();
    void showDetail();
    void createInstance();
    void runAction(const QString &action);
    void showError(const QString &message);

    Engine &m_engine;
    QListWidget *m_list = nullptr;
    QLineEdit *m_newName = nullptr;
    QPushButton *m_create = nullptr;
    QLabel *m_createError = nullptr;

    QWidget *m_detail = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_state = nullptr;
    QTabWidget *m_tabs = nullptr;
    QrCodeWidget *m_qr = nullptr;
    QLabel *m_phone = nullptr;
    QLabel *m_reason = nullptr;
    QLabel *m_paused = nullptr;
    InstanceUsagePanel *m_usage = nullptr;
    TestSendPanel *m_testSend = nullptr;
    QLabel *m_actionError = nullptr;
    QPushButton *m_connect = nullptr;
    QPushButton *m_restart = nullptr;
    QPushButton *m_logout = nullptr;
    QPushButton *m_pause = nullptr;
    QPushButton *m_resume = nullptr;
    QPushButton *m_delete = nullptr;
};

} // namespace wag
