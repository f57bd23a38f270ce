#pragma once

#include "engine.h"

#include <QMap>
#include <QTemporaryDir>

#include <memory>

namespace wag::test {

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

} // namespace wag::test
