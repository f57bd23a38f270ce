#include "webhooks/host_resolver.h"

#include <QHostInfo>
#include <QMetaObject>

namespace wag {

void SystemHostResolver::resolve(const QString &host, Done done)
{
    QHostAddress literal;
    if (literal.setAddress(host)) {
        QMetaObject::invokeMethod(
            &m_lifetime, [literal, done = std::move(done)] { done({literal}, QString()); },
            Qt::QueuedConnection);
        return;
    }
    QHostInfo::lookupHost(host, &m_lifetime, [done = std::move(done)](const QHostInfo &info) {
        if (info.error() != QHostInfo::NoError) {
            done({}, info.errorString());
            return;
        }
        done(info.addresses(), QString());
    });
}

} // namespace wag
