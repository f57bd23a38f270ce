#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace wag {

class Engine;
class QrCodeWidget;
struct InstanceRecord;

// Instances: the list with live state badges, and the selected instance's QR code, linked
// phone, limits and the buttons that drive it. Everything goes through InstanceService;
// its signals keep the page current.
class InstancesPage final : public QWidget
{
    Q_OBJECT
public:
    explicit InstancesPage(Engine &engine, QWidget *parent = nullptr);

    QString selectedInstanceId() const;
    void selectInstance(const QString &id);

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
    QrCodeWidget *m_qr = nullptr;
    QLabel *m_phone = nullptr;
    QLabel *m_reason = nullptr;
    QLabel *m_paused = nullptr;
    QLabel *m_limits = nullptr;
    QLabel *m_actionError = nullptr;
    QPushButton *m_connect = nullptr;
    QPushButton *m_logout = nullptr;
    QPushButton *m_pause = nullptr;
    QPushButton *m_resume = nullptr;
    QPushButton *m_delete = nullptr;
};

} // namespace wag
