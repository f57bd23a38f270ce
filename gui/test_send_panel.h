#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace wag {

class Engine;
struct SendAnswer;

// A test send from the selected instance: recipient, purpose and text go through
// SendService::sendAsPerson — the guard, the message log, the pacing queue and the
// provider, exactly as POST /api/send-message — and the answer (sent, queued, or refused
// with the guard's code and message) is shown here. Asynchronous: the button waits for
// the answer, the window does not.
class TestSendPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit TestSendPanel(Engine &engine, QWidget *parent = nullptr);

    void setInstanceId(const QString &id);
    bool isSending() const { return m_inFlight; }

signals:
    void answered(); // the last send's answer is on screen

private:
    void send();
    void showAnswer(const QString &instanceName, const SendAnswer &answer);
    void updateButton();

    Engine &m_engine;
    QString m_instanceId;
    bool m_inFlight = false;
    QLineEdit *m_phone = nullptr;
    QComboBox *m_purpose = nullptr;
    QPlainTextEdit *m_text = nullptr;
    QPushButton *m_send = nullptr;
    QLabel *m_result = nullptr;
};

} // namespace wag
