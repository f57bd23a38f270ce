#include "qr_code_widget.h"

#include "core/qr_code.h"

#include <QPainter>

namespace wag {

namespace {
constexpr int kQuietZoneModules = 4;
}

QrCodeWidget::QrCodeWidget(QWidget *parent) : QWidget(parent)
{
    setMinimumSize(240, 240);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setAccessibleName(tr("QR code to link the phone"));
}

void QrCodeWidget::setQrText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    setAccessibleDescription(text.isEmpty() ? m_placeholder : tr("Scan with WhatsApp on the phone: Linked devices, Link a device."));
    update();
}

void QrCodeWidget::setPlaceholder(const QString &text)
{
    m_placeholder = text;
    update();
}

void QrCodeWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    m_rendered = {};
    if (m_text.isEmpty()) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(rect().adjusted(12, 12, -12, -12), Qt::AlignCenter | Qt::TextWordWrap, m_placeholder);
        return;
    }
    // The module count follows from a 1-pixel rendering; then as many whole device pixels
    // per module as fit.
    const QImage unit = renderQrCode(m_text, 1, kQuietZoneModules);
    if (unit.isNull())
        return;
    const qreal ratio = devicePixelRatioF();
    const int side = qMin(width(), height());
    const int modulePixels = qMax(1, int(side * ratio) / unit.width());
    m_rendered = renderQrCode(m_text, modulePixels, kQuietZoneModules);
    m_rendered.setDevicePixelRatio(ratio);
    const QSizeF logical = m_rendered.deviceIndependentSize();
    const QPointF topLeft((width() - logical.width()) / 2, (height() - logical.height()) / 2);
    // Snap to device pixels so every module edge falls on a pixel boundary.
    const QPointF snapped(qRound(topLeft.x() * ratio) / ratio, qRound(topLeft.y() * ratio) / ratio);
    painter.drawImage(snapped, m_rendered);
}

} // namespace wag
