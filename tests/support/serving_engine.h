#pragma once

#include "engine.h"

#include <QMap>
#include <QTemporaryDir>

#include <memory>

namespace wag::test {

// Opens a real engine on `dataDir`: simulator provider, keychain off, an ephemeral loopback
// port, with `settings` added to or replacing those, the clock if one is given, and serving
// if `serve`. Empty on success, else the reason. What every in-process engine of the tests
// starts from.
QString openTestEngine(const QString &dataDir, const Clock *clock, bool serve,
                       const QMap<QString, QString> &settings, std::unique_ptr<Engine> &engine);

// A real engine serving on an ephemeral loopback port in the test's own thread, with the
// clock the test gives it (simulator provider, keychain off, a temporary data dir).
class ServingEngine
{
public:
    // The reason on failure, empty on success. `settings` adds to or replaces the defaults.
    QString start(const Clock &clock, const QMap<QString, QString> &settings = {});
    quint16 port() const;
    Engine &operator*() const { return *m_engine; }
    Engine *operator->() const { return m_engine.get(); }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Engine> m_engine;
};

// A serving engine with the portal tests' two users, alice (admin) and olga (operator),
// both signing in with kPortalPassword.
inline const QString kPortalPassword = QStringLiteral("correct horse battery");

struct PortalGateway
{
    ServingEngine engine;

    // Serving, with both users; empty on success, else the reason.
    QString start(const QMap<QString, QString> &settings = {}, const Clock &clock = Clock::system());
    quint16 port() const { return engine.port(); }
};

// The same on a clock the test turns. The clock is a base listed first, so it is made
// before the engine and outlives it: the engine reads it until it is gone.
struct ManualClockHolder
{
    ManualClock clock;
};
struct ClockedPortalGateway : ManualClockHolder, PortalGateway
{
    QString start(const QMap<QString, QString> &settings = {}) { return PortalGateway::start(settings, clock); }
};

} // namespace wag::test
