#include "evolution_naming.h"

#include "core/random.h"

#include <QCryptographicHash>
#include <QRegularExpression>

namespace wag::evolution {

QString instanceName(const QString &gatewayTag, const QString &instanceId)
{
    const QByteArray hash = QCryptographicHash::hash(instanceId.toUtf8(), QCryptographicHash::Sha256);
    return QStringLiteral("wag-%1-%2").arg(gatewayTag, QString::fromLatin1(hash.left(8).toHex()));
}

bool isOwnInstanceName(const QString &gatewayTag, const QString &name)
{
    static const QRegularExpression pattern(
        QRegularExpression::anchoredPattern(QStringLiteral("wag-([0-9a-f]{8})-[0-9a-f]{16}")));
    const QRegularExpressionMatch match = pattern.match(name);
    return match.hasMatch() && match.captured(1) == gatewayTag;
}

QString newGatewayTag()
{
    return QString::fromLatin1(randomBytes(4).toHex());
}

bool isValidGatewayTag(const QString &tag)
{
    static const QRegularExpression pattern(
        QRegularExpression::anchoredPattern(QStringLiteral("[0-9a-f]{8}")));
    return pattern.match(tag).hasMatch();
}

} // namespace wag::evolution
