#include "loopback_host.h"

#include <QHostAddress>

namespace wag {

bool hostNamesLoopback(const QByteArray &hostHeader)
{
    const QByteArray host = hostHeader.trimmed();
    if (host.isEmpty())
        return true;
    QByteArray name;
    if (host.startsWith('[')) { // [IPv6]:port
        const qsizetype close = host.indexOf(']');
        if (close < 0)
            return false;
        name = host.mid(1, close - 1);
    } else {
        const qsizetype colon = host.lastIndexOf(':');
        name = colon < 0 ? host : host.left(colon);
    }
    if (name.compare("localhost", Qt::CaseInsensitive) == 0)
        return true;
    QHostAddress address;
    return address.setAddress(QString::fromLatin1(name)) && address.isLoopback();
}

} // namespace wag
