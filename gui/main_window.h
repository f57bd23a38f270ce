#pragma once

#include <QMainWindow>

class QLabel;

namespace wag {

class Engine;

// The desktop window. For now it shows where the gateway listens and whether it is up;
// the pages for instances, keys, webhooks and logs plug into it as they arrive.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(Engine &engine, QWidget *parent = nullptr);

    void refresh();
    void showAbout();

private:
    Engine &m_engine;
    QLabel *m_status = nullptr;
    QLabel *m_address = nullptr;
    QLabel *m_dataDir = nullptr;
    QLabel *m_instances = nullptr;
};

} // namespace wag
