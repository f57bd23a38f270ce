#include "qr_code.h"

#include <QBuffer>

#include <qrencode.h>

#include <memory>

namespace wag {

QImage renderQrCode(const QString &text, int moduleSizePx, int quietZoneModules)
{
    if (text.isEmpty() || moduleSizePx < 1 || quietZoneModules < 0)
        return {};
    const QByteArray utf8 = text.toUtf8();
    // Version 0 lets libqrencode pick the smallest version that holds the text; byte mode
    // keeps the UTF-8 exactly as given (no Kanji or alphanumeric reinterpretation).
    std::unique_ptr<QRcode, decltype(&QRcode_free)> code(
        QRcode_encodeString(utf8.constData(), 0, QR_ECLEVEL_M, QR_MODE_8, 1), &QRcode_free);
    if (!code || code->width <= 0)
        return {};

    const int modules = code->width;
    const qint64 side = qint64(modules + 2 * quietZoneModules) * moduleSizePx;
    if (side > 16384) // a caller asking for absurd sizes gets nothing rather than gigabytes
        return {};
    QImage image(static_cast<int>(side), static_cast<int>(side), QImage::Format_Mono);
    if (image.isNull())
        return {};
    // One bit per pixel with a two-entry palette: index 0 white, index 1 black.
    image.setColorTable({qRgb(255, 255, 255), qRgb(0, 0, 0)});
    image.fill(0);
    for (int y = 0; y < modules; ++y) {
        for (int x = 0; x < modules; ++x) {
            // Bit 0 of each byte is the module's colour; the other bits are libqrencode's
            // bookkeeping (function patterns, format info) and are no concern here.
            if (!(code->data[y * modules + x] & 1))
                continue;
            const int left = (x + quietZoneModules) * moduleSizePx;
            const int top = (y + quietZoneModules) * moduleSizePx;
            for (int py = top; py < top + moduleSizePx; ++py) {
                for (int px = left; px < left + moduleSizePx; ++px)
                    image.setPixel(px, py, 1);
            }
        }
    }
    return image;
}

QByteArray qrCodePngDataUrl(const QString &text)
{
    const QImage image = renderQrCode(text);
    if (image.isNull())
        return {};
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    if (!image.save(&buffer, "PNG"))
        return {};
    return QByteArrayLiteral("data:image/png;base64,") + png.toBase64();
}

} // namespace wag
