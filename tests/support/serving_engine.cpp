#include "serving_engine.h"

#include "accounts/user_service.h"
#include "http/front_door.h"

namespace wag::test {

QString openTestEngine(const QString &dataDir, const Clock *clock, bool serve,
                       const QMap<QString, QString> &settings, std::unique_ptr<Engine> &engine)
{
    qputenv("WAG_KEYCHAIN", "off");
    Engine::Config config;
    config.dataDir = dataDir;
    if (clock)
        config.clock = clock;
    QMap<QString, QString> values{{QStringLiteral("listen"), QStringLiteral("127.0.0.1:0")},
                                  {QStringLiteral("keychain"), QStringLiteral("off")}};
    values.insert(settings);
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        const Status s = config.settings.set(Settings::Layer::CommandLine, it.key(), it.value());
        if (!s.ok())
            return s.failure().message;
    }
    auto opened = Engine::open(std::move(config));
    if (!opened.ok())
        return opened.failure().message;
    engine = std::move(opened.value());
    if (serve) {
        if (const Status s = engine->serve(); !s.ok())
            return s.failure().message;
    }
    return {};
}

QString ServingEngine::start(const Clock &clock, const QMap<QString, QString> &settings)
{
    if (!m_dir.isValid())
        return QStringLiteral("no temporary folder");
    return openTestEngine(m_dir.path(), &clock, true, settings, m_engine);
}

quint16 ServingEngine::port() const
{
    return m_engine && m_engine->frontDoor() ? m_engine->frontDoor()->port() : 0;
}

QString PortalGateway::start(const QMap<QString, QString> &settings, const Clock &clock)
{
    if (QString problem = engine.start(clock, settings); !problem.isEmpty())
        return problem;
    for (const auto &[name, role] : {std::pair{QStringLiteral("alice"), QStringLiteral("admin")},
                                     std::pair{QStringLiteral("olga"), QStringLiteral("operator")}}) {
        const Result<UserRecord> user = engine->users().createUser(name, role, kPortalPassword);
        if (!user)
            return user.failure().message;
    }
    return {};
}

} // namespace wag::test
