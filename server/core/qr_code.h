#pragma once

#include <QByteArray>
#include <QImage>
#include <QString>

namespace wag {

// Renders `text` as a QR code (error correction M, byte mode): black modules on white,
// each module exactly `moduleSizePx` square pixels, surrounded by `quietZoneModules` of
// white (4 is what the QR standard asks for, and what phone scanners rely on). No scaling
// happens, so edges stay crisp at any module size. A null image for empty text, bad sizes,
// or text too long for any QR version.
QImage renderQrCode(const QString &text, int moduleSizePx = 8, int quietZoneModules = 4);

// The same, as "data:image/png;base64,…" for <img src> in the portal and in API answers.
// Empty when renderQrCode gives a null image.
QByteArray qrCodePngDataUrl(const QString &text);

} // namespace wag
