#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QTabWidget;
class QTableWidget;

namespace wag {

class Engine;
class ProviderKeyEditor;
class SettingsSection;
class UsersPanel;

// The gateway's settings, in tabs: General (state, address, language, and every effective
// setting with where its value comes from), Network, Provider, Limits and pacing, Opt-out
// (each an editable SettingsSection), and Users.
class SettingsPage final : public QWidget
{
    Q_OBJECT
public:
    explicit SettingsPage(Engine &engine, QWidget *parent = nullptr);

    void refresh();

    SettingsSection *networkSection() const { return m_network; }
    SettingsSection *providerSection() const { return m_provider; }
    SettingsSection *limitsSection() const { return m_limits; }
    SettingsSection *optOutSection() const { return m_optOut; }
    UsersPanel *usersPanel() const { return m_users; }
    QTabWidget *tabs() const { return m_tabs; }

private:
    QWidget *createGeneralTab();
    void chooseLanguage(int index);

    Engine &m_engine;
    QTabWidget *m_tabs = nullptr;
    QComboBox *m_language = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_address = nullptr;
    QLabel *m_dataDir = nullptr;
    QTableWidget *m_table = nullptr;
    SettingsSection *m_network = nullptr;
    SettingsSection *m_provider = nullptr;
    ProviderKeyEditor *m_providerKey = nullptr;
    SettingsSection *m_limits = nullptr;
    SettingsSection *m_optOut = nullptr;
    UsersPanel *m_users = nullptr;
};

} // namespace wag
