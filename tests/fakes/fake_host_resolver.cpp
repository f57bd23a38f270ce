#include "fakes/fake_host_resolver.h"

#include <QTimer>

namespace wag::test {

void FakeHostResolver::setAddresses(const QString &host, const QList<QHostAddress> &addresses)
{
    m_failures.remove(host.toLower());
    m_addresses.insert(host.toLower(), addresses);
}

void FakeHostResolver::setFailure(const QString &host, const QString &error)
{
    m_addresses.remove(host.toLower());
    m_failures.insert(host.toLower(), error);
}

void FakeHostResolver::resolve(const QString &host, Done done)
{
    const QString name = host.toLower();
    m_lookups.append(name);
    QList<QHostAddress> addresses;
    QString error;
    if (m_addresses.contains(name))
        addresses = m_addresses.value(name);
    else
        error = m_failures.value(name, QStringLiteral("Host %1 not found").arg(name));
    QTimer::singleShot(m_answerDelayMs, &m_lifetime,
                       [addresses, error, done = std::move(done)] { done(addresses, error); });
}

} // namespace wag::test
