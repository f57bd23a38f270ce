#include "serving_engine.h"

#include "http/front_door.h"

namespace wag::test {

QString ServingEngine::start(const Clock &clock, const QMap<QString, QString> &settings)
{
    qputenv("WAG_KEYCHAIN", "off");
    if (!m_dir.isValid())
        return QStringLiteral("no temporary folder");
    Engine::Config config;
    config.dataDir = m_dir.path();
    config.clock = &clock;
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
    m_engine = std::move(opened.value());
    if (const Status s = m_engine->serve(); !s.ok())
        return s.failure().message;
    return {};
}

quint16 ServingEngine::port() const
{
    return m_engine && m_engine->frontDoor() ? m_engine->frontDoor()->port() : 0;
}

} // namespace wag::test
