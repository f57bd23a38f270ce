#include "threaded_front_door.h"

#include "http/front_door.h"

#include <QTimer>

namespace wag::test {

ThreadedFrontDoor::ThreadedFrontDoor(std::function<void(Router &)> routes, HttpLimits limits,
                                     TlsFiles tls)
    : m_routes(std::move(routes)), m_limits(limits), m_tls(std::move(tls))
{
}

ThreadedFrontDoor::~ThreadedFrontDoor()
{
    quit();
    wait();
}

bool ThreadedFrontDoor::startListening()
{
    start();
    m_ready.acquire();
    return m_port != 0;
}

int ThreadedFrontDoor::connectionCount()
{
    return m_connections.loadAcquire();
}

void ThreadedFrontDoor::run()
{
    Router router;
    m_routes(router);
    FrontDoor frontDoor(router, m_limits);
    if (!m_tls.certificate.isEmpty() && !frontDoor.enableTls(m_tls.certificate, m_tls.key).ok()) {
        m_ready.release();
        return;
    }
    if (frontDoor.listen(QHostAddress::LocalHost, 0).ok())
        m_port = frontDoor.port();
    QTimer counter;
    QObject::connect(&counter, &QTimer::timeout, &counter,
                     [&] { m_connections.storeRelease(frontDoor.connectionCount()); });
    counter.start(10);
    m_ready.release();
    if (m_port != 0)
        exec();
}

} // namespace wag::test
