#include "app_icon.h"

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace wag {

static QPixmap drawIcon(int size, TrayState state)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    const QColor base = state == TrayState::Running ? QColor(0x1f, 0x8f, 0x5f) : QColor(0x80, 0x80, 0x80);
    p.setPen(Qt::NoPen);
    p.setBrush(base);
    const qreal r = size * 0.22;
    p.drawRoundedRect(QRectF(0, 0, size, size), r, r);

    // A speech bubble with a small gate bar across it.
    QPainterPath bubble;
    const QRectF body(size * 0.18, size * 0.2, size * 0.64, size * 0.46);
    bubble.addRoundedRect(body, size * 0.12, size * 0.12);
    QPolygonF tail;
    tail << QPointF(size * 0.32, size * 0.62) << QPointF(size * 0.26, size * 0.82)
         << QPointF(size * 0.48, size * 0.64);
    bubble.addPolygon(tail);
    p.setBrush(Qt::white);
    p.drawPath(bubble.simplified());
    p.setBrush(base);
    p.drawRect(QRectF(size * 0.28, size * 0.40, size * 0.44, size * 0.07));
    return pixmap;
}

QIcon appIcon(TrayState state)
{
    QIcon icon;
    for (int size : {16, 22, 32, 48, 64, 128, 256})
        icon.addPixmap(drawIcon(size, state));
    return icon;
}

} // namespace wag
