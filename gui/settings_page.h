#pragma once

#include <QWidget>

class QLabel;
class QTableWidget;

namespace wag {

class Engine;

// The gateway's state and its effective settings, each with where its value comes from
// (default, database, environment, command line). Read-only for now; editing follows.
class SettingsPage final : public QWidget
{
    Q_OBJECT
public:
    explicit SettingsPage(Engine &engine, QWidget *parent = nullptr);

    void refresh();

private:
    Engine &m_engine;
    QLabel *m_status = nullptr;
    QLabel *m_address = nullptr;
    QLabel *m_dataDir = nullptr;
    QTableWidget *m_table = nullptr;
};

} // namespace wag
