#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QTabWidget;
class QTableWidget;

namespace wag {

class Engine;
class ProviderKeyEditor;
class SettingsSectionBox;
class UsersPanel;

// The gateway's settings, in tabs: General (state, address, language, and every effective
// setting with where its value comes from), Network, Provider, Limits and pacing, Opt-out
// (each an editable SettingsSectionBox), and Users.
class SettingsPage final : public QWidget
{
    Q_OBJECT
public:
    explicit SettingsPage(Engine &engine, QWidget *parent = nullptr);

    void refresh();

    SettingsSectionBox *networkSection() const { return m_network; }
    SettingsSectionBox *providerSection() const { return m_provider; }
    SettingsSectionBox *limitsSection() const { return m_limits; }
    SettingsSectionBox *optOutSection() const { return m_optOut; }
    UsersPanel *usersPanel() const { return m_users; }
    QTabWidget *tabs() const { return m_tabs; }

private:
    QWidget *createGeneralTab();
    SettingsSectionBox *sectionBox(const QString &slug); // one of SettingsSections::all()
    void chooseLanguage(int index);

    Engine &m_engine;
    QTabWidget *m_tabs = nullptr;
    QComboBox *m_language = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_address = nullptr;
    QLabel *m_dataDir = nullptr;
    QTableWidget *m_table = nullptr;
    SettingsSectionBox *m_network = nullptr;
    SettingsSectionBox *m_provider = nullptr;
    ProviderKeyEditor *m_providerKey = nullptr;
    SettingsSectionBox *m_limits = nullptr;
    SettingsSectionBox *m_optOut = nullptr;
    UsersPanel *m_users = nullptr;
};

} // namespace wag
