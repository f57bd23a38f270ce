#pragma once

#include "webhooks/host_resolver.h"

#include <QHash>
#include <QObject>
#include <QStringList>

namespace wag::test {

// Makes a name resolve to whatever a test says, so that destination rules can be tested on
// "crm.example.com → 169.254.169.254" without touching DNS. Answers come from the event
// loop, as a real lookup's would. Unknown names fail like NXDOMAIN.
class FakeHostResolver final : public HostResolver
{
public:
    void setAddresses(const QString &host, const QList<QHostAddress> &addresses);
    void setFailure(const QString &host, const QString &error);
    // Answers only after this long, to test a deadline that covers resolution.
    void setAnswerDelayMs(int milliseconds) { m_answerDelayMs = milliseconds; }

    void resolve(const QString &host, Done done) override;

    const QStringList &lookups() const { return m_lookups; } // every name asked, in order

private:
    QHash<QString, QList<QHostAddress>> m_addresses;
    QHash<QString, QString> m_failures;
    QStringList m_lookups;
    int m_answerDelayMs = 0;
    QObject m_lifetime; // pending answers die with the resolver
};

} // namespace wag::test
