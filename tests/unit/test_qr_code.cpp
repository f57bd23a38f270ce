// QR codes as the desktop window and the portal show them: crisp black-on-white modules,
// the quiet zone the standard asks for, and a PNG data URL for <img src>.
#include "core/qr_code.h"

#include <QBuffer>
#include <QtTest>

#include <qrencode.h>

#include <memory>

using namespace wag;

namespace {

// The module matrix as libqrencode encodes it, for comparison with the image.
struct Matrix
{
    int width = 0;
    QByteArray data;
};

Matrix encode(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    std::unique_ptr<QRcode, decltype(&QRcode_free)> code(
        QRcode_encodeString(utf8.constData(), 0, QR_ECLEVEL_M, QR_MODE_8, 1), &QRcode_free);
    if (!code)
        return {};
    return Matrix{code->width,
                  QByteArray(reinterpret_cast<const char *>(code->data), code->width * code->width)};
}

bool isBlack(const QImage &image, int x, int y)
{
    return qGray(image.pixel(x, y)) < 128;
}

} // namespace

class TestQrCode : public QObject
{
    Q_OBJECT

private slots:
    void oneModuleOnePixelMatchesTheEncoder()
    {
        const QString text = QStringLiteral("WAG-SIM:inst_abc:1");
        const Matrix matrix = encode(text);
        QVERIFY(matrix.width >= 21);
        const QImage image = renderQrCode(text, 1, 0);
        QVERIFY(!image.isNull());
        QCOMPARE(image.width(), matrix.width);
        QCOMPARE(image.height(), matrix.width);
        for (int y = 0; y < matrix.width; ++y) {
            for (int x = 0; x < matrix.width; ++x)
                QCOMPARE(isBlack(image, x, y), bool(matrix.data.at(y * matrix.width + x) & 1));
        }
    }

    void modulesAreCrispSquaresInsideTheQuietZone()
    {
        const QString text = QStringLiteral("WAG-SIM:inst_abc:2");
        const Matrix matrix = encode(text);
        const int module = 8;
        const int quiet = 4;
        const QImage image = renderQrCode(text, module, quiet);
        QCOMPARE(image.width(), (matrix.width + 2 * quiet) * module);
        QCOMPARE(image.height(), image.width());

        // Only pure black and pure white: no smoothing anywhere.
        const QImage rgb = image.convertToFormat(QImage::Format_RGB32);
        for (int y = 0; y < rgb.height(); ++y) {
            for (int x = 0; x < rgb.width(); ++x) {
                const QRgb p = rgb.pixel(x, y);
                QVERIFY(p == qRgb(0, 0, 0) || p == qRgb(255, 255, 255));
            }
        }
        // The quiet zone is white all round.
        for (int i = 0; i < image.width(); ++i) {
            for (int d = 0; d < quiet * module; ++d) {
                QVERIFY(!isBlack(image, i, d));
                QVERIFY(!isBlack(image, d, i));
                QVERIFY(!isBlack(image, i, image.height() - 1 - d));
                QVERIFY(!isBlack(image, image.width() - 1 - d, i));
            }
        }
        // Every module is a uniform 8×8 block of its colour.
        for (int my = 0; my < matrix.width; ++my) {
            for (int mx = 0; mx < matrix.width; ++mx) {
                const bool black = matrix.data.at(my * matrix.width + mx) & 1;
                const int left = (mx + quiet) * module;
                const int top = (my + quiet) * module;
                for (int py = top; py < top + module; ++py) {
                    for (int px = left; px < left + module; ++px) {
                        if (isBlack(image, px, py) != black)
                            QFAIL(qPrintable(QStringLiteral("module %1,%2 not uniform").arg(mx).arg(my)));
                    }
                }
            }
        }
        // The top-left finder pattern starts with a black module right after the quiet zone.
        QVERIFY(isBlack(image, quiet * module, quiet * module));
    }

    void longerTextNeedsMoreModules()
    {
        const QImage small = renderQrCode(QStringLiteral("a"), 1, 0);
        const QImage large = renderQrCode(QString(300, QLatin1Char('x')), 1, 0);
        QCOMPARE(small.width(), 21); // version 1
        QVERIFY(large.width() > small.width());
        QCOMPARE((large.width() - 17) % 4, 0); // versions grow by 4 modules
    }

    void unicodeIsEncodedAsUtf8()
    {
        const QString text = QStringLiteral(u"مرحبا — WAG");
        const Matrix matrix = encode(text);
        const QImage image = renderQrCode(text, 1, 0);
        QCOMPARE(image.width(), matrix.width);
    }

    void nothingToEncodeGivesANullImage()
    {
        QVERIFY(renderQrCode(QString()).isNull());
        QVERIFY(renderQrCode(QStringLiteral("x"), 0).isNull());
        QVERIFY(renderQrCode(QStringLiteral("x"), 4, -1).isNull());
        // Beyond the capacity of version 40 at level M (2331 bytes).
        QVERIFY(renderQrCode(QString(5000, QLatin1Char('x'))).isNull());
        QVERIFY(qrCodePngDataUrl(QString()).isEmpty());
    }

    void dataUrlHoldsThePng()
    {
        const QString text = QStringLiteral("WAG-SIM:inst_abc:3");
        const QByteArray url = qrCodePngDataUrl(text);
        const QByteArray prefix("data:image/png;base64,");
        QVERIFY(url.startsWith(prefix));
        const QByteArray png = QByteArray::fromBase64(url.mid(prefix.size()));
        QVERIFY(png.startsWith("\x89PNG\r\n\x1a\n"));
        QImage decoded;
        QVERIFY(decoded.loadFromData(png, "PNG"));
        const QImage expected = renderQrCode(text);
        QCOMPARE(decoded.size(), expected.size());
        QCOMPARE(decoded.convertToFormat(QImage::Format_RGB32),
                 expected.convertToFormat(QImage::Format_RGB32));
    }
};

QTEST_GUILESS_MAIN(TestQrCode)
#include "test_qr_code.moc"
