#include "tls_files.h"

#include <QProcess>

namespace wag::test {

TlsFiles makeSelfSignedCertificate()
{
    TlsFiles files;
    files.dir = std::make_shared<QTemporaryDir>();
    files.certificatePath = files.dir->filePath(QStringLiteral("cert.pem"));
    files.keyPath = files.dir->filePath(QStringLiteral("key.pem"));
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                   QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                   QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                   QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                   QStringLiteral("/CN=localhost"), QStringLiteral("-addext"),
                   QStringLiteral("subjectAltName=DNS:localhost,IP:127.0.0.1"),
                   QStringLiteral("-keyout"), files.keyPath, QStringLiteral("-out"),
                   files.certificatePath});
    if (!openssl.waitForFinished(20000) || openssl.exitCode() != 0) {
        files.error = QStringLiteral("openssl failed: ") + QString::fromUtf8(openssl.readAllStandardError());
        return files;
    }
    const auto certificates = QSslCertificate::fromPath(files.certificatePath);
    if (certificates.isEmpty())
        files.error = QStringLiteral("openssl wrote no certificate");
    else
        files.certificate = certificates.first();
    return files;
}

} // namespace wag::test
