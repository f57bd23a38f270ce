#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace wag {

class Engine;

// API keys for the send API: create one (name and instance scope; the key is shown once),
// see each key's prefix, scope, last use and revocation, and revoke one.
class ApiKeysPage final : public QWidget
{
    Q_OBJECT
public:
    explicit ApiKeysPage(Engine &engine, QWidget *parent = nullptr);

    void reload();
    void createKey();
    void revokeSelected();

protected:
    void showEvent(QShowEvent *event) override; // "last used" moves while the page is away

private:
    void reloadScopeChoices();
    void report(const QString &message, bool error);

    Engine &m_engine;
    QLineEdit *m_name = nullptr;
    QListWidget *m_scope = nullptr;
    QTableWidget *m_table = nullptr;
    QPushButton *m_revoke = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace wag
