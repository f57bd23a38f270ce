#pragma once

#include <QSslCertificate>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace wag::test {

struct TlsFiles
{
    std::shared_ptr<QTemporaryDir> dir;
    QString certificatePath;
    QString keyPath;
    QSslCertificate certificate;
    QString error;
    bool ok() const { return error.isEmpty(); }
};

// A fresh self-signed certificate for "localhost"/127.0.0.1, made with the openssl tool,
// so no key material is ever committed.
TlsFiles makeSelfSignedCertificate();

} // namespace wag::test
