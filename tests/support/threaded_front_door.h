#pragma once

#include "http/http_limits.h"
#include "http/router.h"

#include <QSemaphore>
#include <QThread>

#include <functional>

namespace wag::test {

// A FrontDoor with test routes, running its own event loop in a second thread so that a
// test can talk to it with blocking sockets from the main thread.
class ThreadedFrontDoor final : public QThread
{
public:
    struct TlsFiles
    {
        QString certificate;
        QString key;
    };

    ThreadedFrontDoor(std::function<void(Router &)> routes, HttpLimits limits, TlsFiles tls = {});
    ~ThreadedFrontDoor() override;

    // Starts the thread and waits until the server listens; false if it could not.
    bool startListening();
    quint16 port() const { return m_port; }
    int connectionCount();

protected:
    void run() override;

private:
    std::function<void(Router &)> m_routes;
    HttpLimits m_limits;
    TlsFiles m_tls;
    QSemaphore m_ready;
    quint16 m_port = 0;
    QAtomicInt m_connections;
};

} // namespace wag::test
