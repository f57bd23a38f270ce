#pragma once

#include "first_run_wizard.h"

#include <QMainWindow>
#include <QPointer>

class QFrame;
class QLabel;
class QListWidget;
class QStackedWidget;

namespace wag {

class ApiKeysPage;
class Engine;
class InstancesPage;
class LogPage;
class PolicyEventsPage;
class SettingsPage;
class SuppressionsPage;
class WebhooksPage;

// The desktop window: a sidebar with one entry per function and the page it shows. Pages
// talk to the engine's services themselves; the window only arranges them, follows the
// engine's state in the status bar and hands live sources to the pages once it serves.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    enum class Page { Instances, Webhooks, Suppressions, InboundLog, MessageLog, ApiKeys, PolicyEvents, Settings };

    explicit MainWindow(Engine &engine, QWidget *parent = nullptr);

    void showPage(Page page);
    Page currentPage() const;
    QWidget *page(Page page) const;

    InstancesPage *instancesPage() const { return m_instances; }
    WebhooksPage *webhooksPage() const { return m_webhooks; }
    SuppressionsPage *suppressionsPage() const { return m_suppressions; }
    LogPage *inboundLogPage() const { return m_inboundLog; }
    LogPage *messageLogPage() const { return m_messageLog; }
    ApiKeysPage *apiKeysPage() const { return m_apiKeys; }
    PolicyEventsPage *policyEventsPage() const { return m_policyEvents; }
    SettingsPage *settingsPage() const { return m_settings; }

    void refresh();
    void showAbout();
    // The plain notice at the top of the window when the data key is not in the OS keychain
    // (null until built; hidden when the key is in the keychain or it was dismissed).
    QFrame *keychainNotice() const { return m_keychainNotice; }
    // The first-run wizard (File ▸ Set up…), non-modal; the one already open is raised.
    FirstRunWizard *showSetupWizard();
    FirstRunWizard *setupWizard() const { return m_setupWizard; }

protected:
    // A language switch rebuilds every page in the new language (pages read their texts
    // once, in their constructors); the current page stays selected.
    void changeEvent(QEvent *event) override;

private:
    void buildUi();
    void rebuild();
    void addPage(const QString &title, const QIcon &icon, QWidget *page);
    void attachLiveSources();
    void updateKeychainNotice();

    Engine &m_engine;
    QListWidget *m_sidebar = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_status = nullptr;
    // Says plainly when the data key is in the file fallback instead of the OS keychain.
    QFrame *m_keychainNotice = nullptr;
    QLabel *m_keychainNoticeText = nullptr;
    bool m_keychainNoticeDismissed = false; // for this run; it comes back at the next start
    InstancesPage *m_instances = nullptr;
    WebhooksPage *m_webhooks = nullptr;
    SuppressionsPage *m_suppressions = nullptr;
    LogPage *m_inboundLog = nullptr;
    LogPage *m_messageLog = nullptr;
    ApiKeysPage *m_apiKeys = nullptr;
    PolicyEventsPage *m_policyEvents = nullptr;
    SettingsPage *m_settings = nullptr;
    bool m_rebuildPending = false;
    QPointer<FirstRunWizard> m_setupWizard;
};

} // namespace wag
