#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QTableWidget;

namespace wag {

class Engine;

// The gateway's state and its effective settings, each with where its value comes from
// (default, database, environment, command line). Read-only for now, except the window's
// language, which is saved and applied at once.
class SettingsPage final : public QWidget
{
    Q_OBJECT
public:
    explicit SettingsPage(Engine &engine, QWidget *parent = nullptr);

    void refresh();

private:
    void chooseLanguage(int index);

    Engine &m_engine;
    QComboBox *m_language = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_address = nullptr;
    QLabel *m_dataDir = nullptr;
    QTableWidget *m_table = nullptr;
};

} // namespace wag
