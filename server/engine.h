#pragma once

#include "core/clock.h"
#include "core/result.h"
#include "settings/settings.h"

#include <QObject>

#include <memory>

class QHostAddress;

namespace wag {

class ApiKeyService;
class Database;
class FrontDoor;
class HealthController;
class InstanceService;
class Router;
class SecretService;
class UserService;

// Builds and owns the services; the one object the desktop window, the portal and the
// admin commands are given. open() is enough for admin commands (storage and services);
// serve() additionally takes the data key and opens the front door.
class Engine final : public QObject
{
    Q_OBJECT
public:
    struct Config
    {
        QString dataDir;
        Settings settings; // environment and command-line layers already applied
        const Clock *clock = &Clock::system();
    };

    static Result<std::unique_ptr<Engine>> open(Config config);
    ~Engine() override;

    Status serve();
    void stop();

    const QString &dataDir() const { return m_config.dataDir; }
    const Settings &settings() const { return m_config.settings; }
    const Clock &clock() const { return *m_config.clock; }
    QString databasePath() const;
    // The URL people and integrations use, e.g. "http://127.0.0.1:8480".
    QString baseUrl() const;
    bool isServing() const;

    Database &database() { return *m_database; }
    UserService &users() { return *m_users; }
    ApiKeyService &apiKeys() { return *m_apiKeys; }
    InstanceService &instances() { return *m_instances; }
    SecretService *secrets() { return m_secrets.get(); }
    FrontDoor *frontDoor() { return m_frontDoor; }

signals:
    void servingChanged(bool serving);

private:
    explicit Engine(Config config);
    Status loadStoredSettings();
    Status obtainDataKey();

    Config m_config;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<UserService> m_users;
    std::unique_ptr<ApiKeyService> m_apiKeys;
    std::unique_ptr<InstanceService> m_instances;
    std::unique_ptr<SecretService> m_secrets;
    std::unique_ptr<Router> m_router;
    std::unique_ptr<HealthController> m_health;
    FrontDoor *m_frontDoor = nullptr; // child QObject
};

// "HOST:PORT" → address and port; IPv6 as "[::1]:8480". False with a reason otherwise.
bool parseListenAddress(const QString &text, QHostAddress *address, quint16 *port,
                        QString *error);

} // namespace wag
