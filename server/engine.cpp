#include "engine.h"

#include "accounts/api_key_service.h"
#include "accounts/user_service.h"
#include "api/health_controller.h"
#include "core/logging.h"
#include "http/front_door.h"
#include "http/router.h"
#include "instances/instance_service.h"
#include "secrets/data_key_provider.h"
#include "secrets/secret_box.h"
#include "secrets/secret_service.h"
#include "settings/settings_registry.h"
#include "storage/database.h"
#include "storage/settings_store.h"

#include <QDir>
#include <QHostAddress>

namespace wag {

bool parseListenAddress(const QString &text, QHostAddress *address, quint16 *port, QString *error)
{
    QString host;
    QString portText;
    if (text.startsWith(QLatin1Char('['))) {
        const qsizetype close = text.indexOf(QStringLiteral("]:"));
        if (close < 0) {
            *error = QStringLiteral("listen address \"%1\" must look like [::1]:8480").arg(text);
            return false;
        }
        host = text.mid(1, close - 1);
        portText = text.mid(close + 2);
    } else {
        const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
        if (colon <= 0) {
            *error = QStringLiteral("listen address \"%1\" must look like HOST:PORT, e.g. 127.0.0.1:8480").arg(text);
            return false;
        }
        host = text.left(colon);
        portText = text.mid(colon + 1);
    }
    bool ok = false;
    const uint p = portText.toUInt(&ok);
    if (!ok || p > 65535) {
        *error = QStringLiteral("listen address \"%1\" has no valid port (0-65535)").arg(text);
        return false;
    }
    if (host == u"localhost")
        host = QStringLiteral("127.0.0.1");
    if (!address->setAddress(host)) {
        *error = QStringLiteral("listen address \"%1\": \"%2\" is not an IP address").arg(text, host);
        return false;
    }
    *port = quint16(p);
    return true;
}

Engine::Engine(Config config) : m_config(std::move(config)) {}

Engine::~Engine()
{
    stop();
}

QString Engine::databasePath() const
{
    return QDir(m_config.dataDir).filePath(QStringLiteral("gateway.db"));
}

Result<std::unique_ptr<Engine>> Engine::open(Config config)
{
    std::unique_ptr<Engine> engine(new Engine(std::move(config)));
    QString error;
    engine->m_database = Database::open(engine->databasePath(), &error);
    if (!engine->m_database)
        return Result<std::unique_ptr<Engine>>::fail(QStringLiteral("storage"), error);
    switch (engine->m_database->migrate(&error, engine->clock())) {
    case MigrationOutcome::Migrated:
    case MigrationOutcome::UpToDate:
        break;
    case MigrationOutcome::NewerSchema:
    case MigrationOutcome::Failed:
        return Result<std::unique_ptr<Engine>>::fail(QStringLiteral("storage"), error);
    }
    if (const Status s = engine->loadStoredSettings(); !s.ok())
        return Result<std::unique_ptr<Engine>>(s.failure());

    Database &db = *engine->m_database;
    const Clock &clock = engine->clock();
    engine->m_instances = std::make_unique<InstanceService>(db, clock);
    engine->m_users = std::make_unique<UserService>(db, clock);
    engine->m_apiKeys = std::make_unique<ApiKeyService>(db, clock);
    return Result<std::unique_ptr<Engine>>(std::move(engine));
}

// Values edited in the GUI or portal live in the database; a stored value that no longer
// validates (say, written by an older version) is ignored with a warning, not fatal.
Status Engine::loadStoredSettings()
{
    SettingsStore store(*m_database);
    const auto stored = store.all();
    for (auto it = stored.cbegin(); it != stored.cend(); ++it) {
        if (!SettingsRegistry::find(it.key()))
            continue;
        const Status s = m_config.settings.set(Settings::Layer::Stored, it.key(), it.value());
        if (!s.ok())
            qCWarning(lcApp) << "ignoring stored setting:" << s.failure().message;
    }
    return succeeded();
}

Status Engine::obtainDataKey()
{
    DataKeyProvider::Options options;
    options.useKeychain = m_config.settings.text(settings::kKeychain) != u"off";
    DataKeyProvider provider(m_config.dataDir, options);
    DataKeyResult key = provider.obtain();
    if (!key.ok())
        return Status::fail(QStringLiteral("data_key"), key.error);
    // Moved, not copied: the box wipes its copy of the key when it goes.
    m_secrets = std::make_unique<SecretService>(SecretBox(std::move(key.key)));
    return succeeded();
}

Status Engine::serve()
{
    if (m_frontDoor)
        return succeeded();
    if (const Status s = obtainDataKey(); !s.ok())
        return s;

    const Settings &s = m_config.settings;
    QHostAddress address;
    quint16 port = 0;
    QString error;
    if (!parseListenAddress(s.text(settings::kListen), &address, &port, &error))
        return Status::fail(QStringLiteral("invalid_setting"), error);

    HttpLimits limits;
    limits.maxHeadBytes = int(s.integer(settings::kHttpMaxHeadBytes));
    limits.defaultBodyBytes = s.integer(settings::kHttpMaxBodyBytes);
    limits.headTimeoutMs = int(s.integer(settings::kHttpHeadTimeoutMs));
    limits.idleTimeoutMs = int(s.integer(settings::kHttpIdleTimeoutMs));
    limits.maxConnections = int(s.integer(settings::kHttpMaxConnections));

    m_router = std::make_unique<Router>();
    m_health = std::make_unique<HealthController>(*m_database, clock());
    m_health->registerRoutes(*m_router);

    auto *frontDoor = new FrontDoor(*m_router, limits, this);
    const QString cert = s.text(settings::kTlsCert);
    const QString key = s.text(settings::kTlsKey);
    if (cert.isEmpty() != key.isEmpty()) {
        delete frontDoor;
        return Status::fail(QStringLiteral("invalid_setting"),
                            QStringLiteral("--tls-cert and --tls-key must be given together"));
    }
    if (!cert.isEmpty()) {
        if (const Status t = frontDoor->enableTls(cert, key); !t.ok()) {
            delete frontDoor;
            return t;
        }
    }
    if (const Status l = frontDoor->listen(address, port); !l.ok()) {
        delete frontDoor;
        return l;
    }
    m_frontDoor = frontDoor;
    qCInfo(lcApp).noquote() << "listening on" << baseUrl();
    emit servingChanged(true);
    return succeeded();
}

void Engine::stop()
{
    if (!m_frontDoor)
        return;
    m_frontDoor->close();
    delete m_frontDoor;
    m_frontDoor = nullptr;
    emit servingChanged(false);
}

bool Engine::isServing() const
{
    return m_frontDoor && m_frontDoor->isListening();
}

QString Engine::baseUrl() const
{
    const QString configured = m_config.settings.text(settings::kPublicUrl);
    if (!configured.isEmpty())
        return configured;
    QHostAddress address;
    quint16 port = 0;
    QString ignored;
    if (m_frontDoor) {
        address = m_frontDoor->address();
        port = m_frontDoor->port();
    } else if (!parseListenAddress(m_config.settings.text(settings::kListen), &address, &port,
                                   &ignored)) {
        return {};
    }
    QString host = address.toString();
    if (address.protocol() == QAbstractSocket::IPv6Protocol)
        host = QLatin1Char('[') + host + QLatin1Char(']');
    const bool tls = m_frontDoor ? m_frontDoor->isTls() : !m_config.settings.text(settings::kTlsCert).isEmpty();
    return (tls ? QStringLiteral("https://") : QStringLiteral("http://")) + host + QLatin1Char(':')
        + QString::number(port);
}

} // namespace wag
