#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace wag {

class Engine;

// The Evolution server's key: typed, stored sealed by the settings service, and never shown
// again — the window only says whether one is set. The field empties once it is stored.
class ProviderKeyEditor final : public QWidget
{
    Q_OBJECT
public:
    explicit ProviderKeyEditor(Engine &engine, QWidget *parent = nullptr);

    void reload();
    bool store();

private:
    Engine &m_engine;
    QLineEdit *m_key = nullptr;
    QPushButton *m_store = nullptr;
    QLabel *m_state = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace wag
