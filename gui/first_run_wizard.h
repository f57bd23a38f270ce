#pragma once

#include <QWizard>

namespace wag {

class Engine;

// The first-run wizard (SPEC §9): choose the provider (Demo, or an Evolution API server
// tested live before it is saved), create the first admin user, create the first instance
// and show its QR code until it is scanned. Every step goes through the engine's services;
// the pages only collect input and show what the services answer.
class FirstRunWizard final : public QWizard
{
    Q_OBJECT
public:
    enum PageId { ProviderPageId, UserPageId, InstancePageId, QrPageId };

    explicit FirstRunWizard(Engine &engine, QWidget *parent = nullptr);

    // A data folder with no user and no instance yet: nothing has been set up.
    static bool isNeeded(Engine &engine);

    // Set by the instance page once the service created it; empty before.
    const QString &instanceId() const { return m_instanceId; }
    void setInstanceId(const QString &id) { m_instanceId = id; }
    // The provider setting was changed to one the running engine does not use.
    bool restartNeeded() const { return m_restartNeeded; }
    void setRestartNeeded(bool needed) { m_restartNeeded = needed; }

private:
    QString m_instanceId;
    bool m_restartNeeded = false;
};

} // namespace wag
