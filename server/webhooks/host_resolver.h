#pragma once

#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QString>

#include <functional>

namespace wag {

// Asynchronous name resolution for webhook deliveries. It is an interface so that tests can
// make a name "resolve" to any address (a loopback, a metadata address, a LAN host) and
// check that the destination rules are applied to what the name resolved to.
class HostResolver
{
public:
    virtual ~HostResolver() = default;

    // `error` is empty on success; `addresses` may then still be empty.
    using Done = std::function<void(QList<QHostAddress> addresses, QString error)>;

    // `done` is called exactly once and never inside resolve(), so that callers can rely on
    // the same ordering whether the answer came from a cache, a literal or the network.
    // A resolver destroyed before answering drops the answer.
    virtual void resolve(const QString &host, Done done) = 0;
};

// Resolves through the operating system (QHostInfo: /etc/hosts, DNS, ...). IP literals are
// answered without a lookup.
class SystemHostResolver final : public HostResolver
{
public:
    void resolve(const QString &host, Done done) override;

private:
    // Context of the pending lookups: answers that arrive after the resolver is gone are
    // dropped instead of calling into a destroyed caller.
    QObject m_lifetime;
};

} // namespace wag
