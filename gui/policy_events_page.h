#pragma once

#include <QWidget>

class QListWidget;
class QPushButton;

namespace wag {

class Engine;
class LogPage;

// The guard's decisions, and the instances it (or someone) paused, to review and resume.
class PolicyEventsPage final : public QWidget
{
    Q_OBJECT
public:
    explicit PolicyEventsPage(Engine &engine, QWidget *parent = nullptr);

    LogPage *log() const { return m_log; }
    void reloadPaused();
    void resumeSelected();

protected:
    // Decisions have no signal of their own; the page reads the newest when it is shown.
    void showEvent(QShowEvent *event) override;

private:
    Engine &m_engine;
    QListWidget *m_paused = nullptr;
    QPushButton *m_resume = nullptr;
    LogPage *m_log = nullptr;
};

} // namespace wag
