#include "data_key_provider.h"

#include "core/logging.h"
#include "core/random.h"

#include <qt6keychain/keychain.h>

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QTimer>

#include <sodium.h>

#include <memory>
#include <utility>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace wag {

namespace {

const QLatin1String kSourceKeychain("keychain");
const QLatin1String kSourceFile("file");
const QLatin1String kAccountField("account=");

// Messages take paths in a single .arg() call: a chained .arg() would also substitute a
// "%2" that happens to be part of a path.

DataKeyResult failure(QString message)
{
    DataKeyResult result;
    result.error = std::move(message);
    return result;
}

DataKeyResult success(QByteArray key, DataKeyResult::Source source)
{
    DataKeyResult result;
    result.key = std::move(key);
    result.source = source;
    return result;
}

void wipe(QByteArray &bytes)
{
    if (bytes.isDetached() && !bytes.isEmpty())
        sodium_memzero(bytes.data(), size_t(bytes.size()));
    bytes.clear();
}

// ---- the marker: which source this data dir uses ---------------------------------------

struct SourceMarker
{
    enum class Kind { None, Keychain, File } kind = Kind::None;
    QString account; // keychain entry; kept so a moved data dir still finds its key
    QString error;
};

SourceMarker readMarker(const QString &path)
{
    SourceMarker marker;
    QFile file(path);
    if (!file.exists())
        return marker;
    if (!file.open(QIODevice::ReadOnly)) {
        marker.error = QStringLiteral("cannot read %1: %2").arg(path, file.errorString());
        return marker;
    }
    const QStringList lines =
        QString::fromUtf8(file.read(4096)).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    const QString kind = lines.value(0).trimmed();
    if (kind == kSourceKeychain) {
        marker.kind = SourceMarker::Kind::Keychain;
        for (const QString &line : lines.mid(1)) {
            if (line.startsWith(kAccountField))
                marker.account = line.mid(kAccountField.size()).trimmed();
        }
    } else if (kind == kSourceFile) {
        marker.kind = SourceMarker::Kind::File;
    } else {
        marker.error = QStringLiteral("%1 should say \"keychain\" or \"file\" but says \"%2\"; "
                                      "put back the right word (the data key was in the OS "
                                      "keychain if there is no data.key file next to it)")
                           .arg(path, kind.left(40));
    }
    return marker;
}

QString writeMarker(const QString &path, const QString &content)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)
        || file.write(content.toUtf8()) != content.toUtf8().size() || !file.commit())
        return QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
    return {};
}

// ---- the key file ----------------------------------------------------------------------

struct KeyFile
{
    bool exists = false;
    QByteArray key;
    QString error;
};

#ifdef Q_OS_UNIX

QString errnoText()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}

KeyFile readKeyFile(const QString &path)
{
    KeyFile result;
    const QByteArray nativePath = QFile::encodeName(path);
    const int fd = ::open(nativePath.constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        if (errno != ENOENT) {
            result.exists = true;
            result.error = QStringLiteral("cannot open the data key file %1: %2")
                               .arg(path, errnoText());
        }
        return result;
    }
    result.exists = true;
    // Checked on the open descriptor, so what is checked is what is read.
    struct stat info {};
    if (::fstat(fd, &info) != 0) {
        result.error = QStringLiteral("cannot inspect %1: %2").arg(path, errnoText());
    } else if (!S_ISREG(info.st_mode)) {
        result.error = QStringLiteral("the data key file %1 is not a regular file").arg(path);
    } else if ((info.st_mode & 077) != 0) {
        result.error =
            QStringLiteral("the data key file %1 has mode %2: other users may read or change "
                           "it, and it unlocks every stored secret, so it is not used. If "
                           "the file is intact, restrict it (chmod 600 '%1') and start again")
                .arg(path, QString::number(info.st_mode & 07777, 8).rightJustified(4, u'0'));
    } else if (info.st_size != DataKeyProvider::kKeyBytes) {
        result.error = QStringLiteral("the data key file %1 holds %2 bytes instead of %3: it "
                                      "is damaged or not a key file. Restore it from a backup")
                           .arg(path, QString::number(qlonglong(info.st_size)),
                                QString::number(DataKeyProvider::kKeyBytes));
    } else {
        QByteArray key(DataKeyProvider::kKeyBytes, Qt::Uninitialized);
        qsizetype got = 0;
        while (got < key.size()) {
            const ssize_t n = ::read(fd, key.data() + got, size_t(key.size() - got));
            if (n < 0 && errno == EINTR)
                continue;
            if (n <= 0)
                break;
            got += n;
        }
        if (got == key.size())
            result.key = key;
        else
            result.error = QStringLiteral("cannot read the data key file %1").arg(path);
        wipe(key);
    }
    ::close(fd);
    return result;
}

// Writes the key to a new file that is 0600 from the moment it exists (mode given to
// open() and forced again with fchmod, whatever the umask), then links it into place
// only when complete: a crash leaves either no data.key or a whole one.
QString createKeyFile(const QString &path, const QByteArray &key)
{
    const QString partPath = path + QStringLiteral(".part");
    const QByteArray nativePart = QFile::encodeName(partPath);
    const QByteArray nativePath = QFile::encodeName(path);
    ::unlink(nativePart.constData()); // left over from a crash; never held a used key
    const int fd =
        ::open(nativePart.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, S_IRUSR | S_IWUSR);
    if (fd < 0)
        return QStringLiteral("cannot create %1: %2").arg(partPath, errnoText());
    QString error;
    if (::fchmod(fd, S_IRUSR | S_IWUSR) != 0)
        error = QStringLiteral("cannot restrict %1 to mode 0600: %2").arg(partPath, errnoText());
    qsizetype written = 0;
    while (error.isEmpty() && written < key.size()) {
        const ssize_t n = ::write(fd, key.constData() + written, size_t(key.size() - written));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            error = QStringLiteral("cannot write %1: %2").arg(partPath, errnoText());
        else
            written += n;
    }
    if (error.isEmpty() && ::fsync(fd) != 0)
        error = QStringLiteral("cannot flush %1: %2").arg(partPath, errnoText());
    ::close(fd);
    // link() fails if data.key appeared meanwhile, where rename() would replace it.
    if (error.isEmpty() && ::link(nativePart.constData(), nativePath.constData()) != 0)
        error = QStringLiteral("cannot create %1: %2").arg(path, errnoText());
    ::unlink(nativePart.constData());
    if (error.isEmpty()) {
        const QByteArray nativeDir = QFile::encodeName(QFileInfo(path).absolutePath());
        const int dirFd = ::open(nativeDir.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
        if (dirFd >= 0) {
            ::fsync(dirFd);
            ::close(dirFd);
        }
    }
    return error;
}

#else // not Q_OS_UNIX

// Windows: owner-only access comes from the data dir's ACL (the service profile), which
// QFile::permissions() does not report; the keychain (Credential Manager) is always there,
// so this path is rare.
KeyFile readKeyFile(const QString &path)
{
    KeyFile result;
    QFile file(path);
    if (!file.exists())
        return result;
    result.exists = true;
    if (!file.open(QIODevice::ReadOnly)) {
        result.error = QStringLiteral("cannot open %1: %2").arg(path, file.errorString());
        return result;
    }
    QByteArray key = file.read(DataKeyProvider::kKeyBytes + 1);
    if (key.size() != DataKeyProvider::kKeyBytes)
        result.error = QStringLiteral("the data key file %1 holds %2 bytes instead of %3")
                           .arg(path, QString::number(key.size()),
                                QString::number(DataKeyProvider::kKeyBytes));
    else
        result.key = key;
    wipe(key);
    return result;
}

QString createKeyFile(const QString &path, const QByteArray &key)
{
    QFile file(path);
    if (!file.open(QIODevice::NewOnly | QIODevice::WriteOnly)
        || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)
        || file.write(key) != key.size() || !file.flush())
        return QStringLiteral("cannot create %1: %2").arg(path, file.errorString());
    return {};
}

#endif

// ---- the keychain ----------------------------------------------------------------------

struct KeychainReply
{
    enum class Kind { Done, NotFound, Failed } kind = KeychainReply::Kind::Failed;
    QString text;
    QString error;
};

// Runs one QtKeychain job to its end or to the timeout. The jobs report through the event
// loop (on Linux: libsecret's GLib callbacks, which Qt's GLib dispatcher runs).
KeychainReply runJob(QKeychain::Job *job, int timeoutMs)
{
    KeychainReply reply;
    // QtKeychain's "insecure fallback" stores in a plain QSettings file, and on the
    // libsecret path it is not even consulted; the file fallback here is the explicit one.
    job->setInsecureFallback(false);
    job->setAutoDelete(false);

    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    bool finished = false;
    QObject::connect(job, &QKeychain::Job::finished, &loop, [&] {
        finished = true;
        loop.quit();
    });
    QObject::connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
    job->start();
    timer.start(timeoutMs);
    loop.exec(QEventLoop::ExcludeUserInputEvents);

    if (!finished) {
        // The job (and libsecret's callback, which holds a pointer into it) may still
        // complete later: let it delete itself then instead of freeing it under its feet.
        // Our connection ends with `loop`. If it never completes, it leaks: a few bytes.
        job->setAutoDelete(true);
        reply.error = QStringLiteral("no answer within %1 ms").arg(timeoutMs);
        return reply;
    }
    const std::unique_ptr<QKeychain::Job> owned(job);
    switch (job->error()) {
    case QKeychain::NoError:
        reply.kind = KeychainReply::Kind::Done;
        if (auto *read = qobject_cast<QKeychain::ReadPasswordJob *>(job))
            reply.text = read->textData();
        break;
    case QKeychain::EntryNotFound:
        reply.kind = KeychainReply::Kind::NotFound;
        break;
    default:
        reply.error = job->errorString().isEmpty() ? QStringLiteral("error %1").arg(job->error())
                                                   : job->errorString();
        break;
    }
    return reply;
}

KeychainReply readKeychain(const QString &account, int timeoutMs)
{
    auto *job = new QKeychain::ReadPasswordJob(QLatin1String(DataKeyProvider::kKeychainService));
    job->setKey(account);
    return runJob(job, timeoutMs);
}

KeychainReply writeKeychain(const QString &account, const QString &text, int timeoutMs)
{
    auto *job = new QKeychain::WritePasswordJob(QLatin1String(DataKeyProvider::kKeychainService));
    job->setKey(account);
    job->setTextData(text);
    return runJob(job, timeoutMs);
}

// The keychain holds the key as base64 text: every backend stores text, not all binary.
QByteArray decodeKeychainKey(const QString &text)
{
    QByteArray base64 = text.toLatin1();
    const auto decoded = QByteArray::fromBase64Encoding(
        base64, QByteArray::Base64Encoding | QByteArray::AbortOnBase64DecodingErrors);
    wipe(base64);
    if (!decoded || decoded.decoded.size() != DataKeyProvider::kKeyBytes)
        return {};
    return decoded.decoded;
}

} // namespace

DataKeyProvider::DataKeyProvider(QString dataDir) : DataKeyProvider(std::move(dataDir), Options())
{
}

DataKeyProvider::DataKeyProvider(QString dataDir, Options options)
    : m_dataDir(std::move(dataDir)), m_options(options)
{
}

QString DataKeyProvider::keychainAccount() const
{
    const QFileInfo info(m_dataDir);
    QString path = info.canonicalFilePath();
    if (path.isEmpty()) // not created yet
        path = QDir::cleanPath(info.absoluteFilePath());
    const QByteArray digest =
        QCryptographicHash::hash(path.toUtf8(), QCryptographicHash::Sha256).toHex();
    return QStringLiteral("data-key:") + QString::fromLatin1(digest.left(16));
}

QString DataKeyProvider::keyFilePath() const
{
    return QDir(m_dataDir).absoluteFilePath(QLatin1String(kKeyFileName));
}

QString DataKeyProvider::sourceFilePath() const
{
    return QDir(m_dataDir).absoluteFilePath(QLatin1String(kSourceFileName));
}

bool DataKeyProvider::keychainDisabled() const
{
    if (!m_options.useKeychain)
        return true;
    const QByteArray value = qgetenv(kDisableKeychainVariable).trimmed();
    return !value.isEmpty() && value != "0";
}

DataKeyResult DataKeyProvider::obtain()
{
    if (!ensureCryptoReady())
        return failure(QStringLiteral("libsodium could not be initialised (no entropy source?)"));
    // Checked up front: without an event loop every keychain request would "fail", and a
    // new data dir would quietly get a file key because of a programming error.
    if (!keychainDisabled() && !QCoreApplication::instance())
        return failure(QStringLiteral("DataKeyProvider::obtain() needs a QCoreApplication to "
                                      "talk to the OS keychain"));
    if (!QDir().mkpath(m_dataDir))
        return failure(QStringLiteral("cannot create the data dir %1").arg(m_dataDir));

    const QString keyPath = keyFilePath();
    const QString markerPath = sourceFilePath();
    const SourceMarker marker = readMarker(markerPath);
    if (!marker.error.isEmpty())
        return failure(marker.error);

    // The one warning of the file path, logged whenever a key file is what we return.
    const auto fileKey = [&](QByteArray key, const QString &why, DataKeyResult::FileReason reason,
                             const QString &detail = {}) {
        qCWarning(lcSecrets).noquote()
            << why + QStringLiteral("; the data key that encrypts stored secrets is kept in %1 "
                                    "(mode 0600): protect and back up that file")
                         .arg(keyPath);
        DataKeyResult result = success(std::move(key), DataKeyResult::Source::File);
        result.fileReason = reason;
        result.fileReasonDetail = detail;
        result.keyFilePath = keyPath;
        return result;
    };

    if (marker.kind == SourceMarker::Kind::File) {
        KeyFile file = readKeyFile(keyPath);
        if (!file.error.isEmpty())
            return failure(file.error);
        if (!file.exists)
            return failure(QStringLiteral("%1 is missing, but %2 says this data dir keeps its key "
                                          "in that file: without it the stored secrets cannot be "
                                          "decrypted. Restore data.key from a backup")
                               .arg(keyPath, markerPath));
        return fileKey(std::move(file.key),
                       QStringLiteral("OS keychain not used: this data dir has kept its key in "
                                      "a file since it was created"),
                       DataKeyResult::FileReason::KeptInFile);
    }

    if (marker.kind == SourceMarker::Kind::Keychain) {
        const QString account = marker.account.isEmpty() ? keychainAccount() : marker.account;
        const QString where = QStringLiteral("entry \"%1\" of service \"%2\" in the OS keychain")
                                  .arg(account, QLatin1String(kKeychainService));
        if (QFile::exists(keyPath))
            return failure(QStringLiteral("%1 says the data key is the %2, but there is also a "
                                          "key file %3; remove whichever is not the key the "
                                          "stored secrets were encrypted with")
                               .arg(markerPath, where, keyPath));
        if (keychainDisabled())
            return failure(QStringLiteral("this data dir's key is the %1, but the keychain is "
                                          "disabled (%2 or settings); a new file key could not "
                                          "decrypt the stored secrets. Enable the keychain")
                               .arg(where, QLatin1String(kDisableKeychainVariable)));
        const KeychainReply reply = readKeychain(account, m_options.keychainTimeoutMs);
        switch (reply.kind) {
        case KeychainReply::Kind::Done: {
            QByteArray key = decodeKeychainKey(reply.text);
            if (key.isEmpty())
                return failure(QStringLiteral("the %1 is not a %2-byte base64 key")
                                   .arg(where, QString::number(kKeyBytes)));
            return success(std::move(key), DataKeyResult::Source::Keychain);
        }
        case KeychainReply::Kind::NotFound:
            return failure(QStringLiteral("the %1 is missing (deleted, or another user or "
                                          "machine?). Not creating a new key: it could not "
                                          "decrypt the stored secrets")
                               .arg(where));
        case KeychainReply::Kind::Failed:
            return failure(QStringLiteral("the OS keychain holds this data dir's key (%1) but "
                                          "is unavailable: %2. Unlock or start the keychain "
                                          "(Secret Service) and start again; a file key is not "
                                          "created because it could not decrypt the stored "
                                          "secrets")
                               .arg(where, reply.error));
        }
    }

    // No marker: a new data dir, or one from before a crash between key and marker.
    {
        KeyFile file = readKeyFile(keyPath);
        if (!file.error.isEmpty())
            return failure(file.error);
        if (file.exists) {
            if (const QString error = writeMarker(markerPath, kSourceFile + u'\n');
                !error.isEmpty())
                return failure(error);
            return fileKey(std::move(file.key),
                           QStringLiteral("OS keychain not used: this data dir already has a "
                                          "key file"),
                           DataKeyResult::FileReason::KeptInFile);
        }
    }

    QString whyFile;
    QString keychainSaid; // empty while the keychain is disabled rather than unavailable
    if (keychainDisabled()) {
        whyFile = QStringLiteral("OS keychain disabled (%1 or settings)")
                      .arg(QLatin1String(kDisableKeychainVariable));
    } else {
        const QString account = keychainAccount();
        const QString keychainMarker = kSourceKeychain + u'\n' + kAccountField + account + u'\n';
        const KeychainReply found = readKeychain(account, m_options.keychainTimeoutMs);
        if (found.kind == KeychainReply::Kind::Done) {
            // Stored before a crash stopped us writing the marker.
            QByteArray key = decodeKeychainKey(found.text);
            if (key.isEmpty())
                return failure(QStringLiteral("the OS keychain entry \"%1\" is not a %2-byte "
                                              "base64 key; remove it and start again")
                                   .arg(account, QString::number(kKeyBytes)));
            if (const QString error = writeMarker(markerPath, keychainMarker); !error.isEmpty())
                return failure(error);
            return success(std::move(key), DataKeyResult::Source::Keychain);
        }
        if (found.kind == KeychainReply::Kind::NotFound) {
            QByteArray key = randomBytes(kKeyBytes);
            QByteArray base64 = key.toBase64();
            const KeychainReply stored = writeKeychain(account, QString::fromLatin1(base64),
                                                       m_options.keychainTimeoutMs);
            wipe(base64);
            // Read it back: a keychain that accepts a write but does not keep it (a session
            // collection, a misconfigured backend) would lose the key at the next start.
            KeychainReply check;
            if (stored.kind == KeychainReply::Kind::Done)
                check = readKeychain(account, m_options.keychainTimeoutMs);
            if (check.kind == KeychainReply::Kind::Done && decodeKeychainKey(check.text) == key) {
                if (const QString error = writeMarker(markerPath, keychainMarker);
                    !error.isEmpty())
                    return failure(error);
                return success(std::move(key), DataKeyResult::Source::Keychain);
            }
            wipe(key);
            keychainSaid = QStringLiteral("storing the key failed: %1")
                               .arg(stored.kind != KeychainReply::Kind::Done ? stored.error
                                    : check.kind == KeychainReply::Kind::Done
                                        ? QStringLiteral("read back a different value")
                                        : QStringLiteral("reading it back failed: %1")
                                              .arg(check.error.isEmpty()
                                                       ? QStringLiteral("not found")
                                                       : check.error));
        } else {
            keychainSaid = found.error;
        }
        whyFile = QStringLiteral("OS keychain unavailable (%1)").arg(keychainSaid);
    }

    QByteArray key = randomBytes(kKeyBytes);
    if (const QString error = createKeyFile(keyPath, key); !error.isEmpty()) {
        wipe(key);
        // Lost a race with another process creating it: use theirs.
        KeyFile file = readKeyFile(keyPath);
        if (!file.exists || !file.error.isEmpty())
            return failure(file.error.isEmpty() ? error : file.error);
        key = std::move(file.key);
    }
    if (const QString error = writeMarker(markerPath, kSourceFile + u'\n'); !error.isEmpty())
        return failure(error);
    return fileKey(std::move(key), whyFile,
                   keychainDisabled() ? DataKeyResult::FileReason::KeychainDisabled
                                      : DataKeyResult::FileReason::KeychainUnavailable,
                   keychainSaid);
}

} // namespace wag
