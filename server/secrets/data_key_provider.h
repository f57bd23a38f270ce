#pragma once

#include <QByteArray>
#include <QString>

namespace wag {

struct DataKeyResult
{
    enum class Source { Keychain, File };
    // Why the key came from the file (Source::File), for the log line and the desktop
    // window's notice.
    enum class FileReason {
        None,                // Source::Keychain
        KeychainDisabled,    // the "keychain" setting is off, or WAG_DISABLE_KEYCHAIN is set
        KeptInFile,          // this data dir has used its key file since it was created
        KeychainUnavailable, // no keychain answered (absent, locked, refused): the fallback
    };

    QByteArray key; // 32 bytes when ok()
    Source source = Source::Keychain;
    FileReason fileReason = FileReason::None;
    QString fileReasonDetail; // KeychainUnavailable: what the keychain said, e.g. "no answer within 5000 ms"
    QString keyFilePath;      // Source::File: where the key lives
    QString error; // a sentence for the operator when !ok(); start-up must stop then

    bool ok() const { return error.isEmpty() && key.size() == 32; }
};

// Obtains the data key that encrypts the stored secrets (SecretBox).
//
// The key lives in the OS keychain (QtKeychain: Secret Service on Linux, Credential
// Manager on Windows, Keychain on macOS), one entry per data dir. Where no keychain
// answers (a headless server: no D-Bus session, no Secret Service, locked), it lives in
// <data dir>/data.key, mode 0600, and the log says so once.
//
// A data dir keeps the source it started with, recorded in <data dir>/data-key.source:
// switching silently would mean a new key that cannot decrypt the secrets already stored.
// So a data dir whose key is in the keychain fails with an explanation while the keychain
// is unreachable, and one with a key file never moves its key into the keychain.
//
// Needs a QCoreApplication: the keychain jobs are asynchronous and run in a local event
// loop, bounded by a timeout so a hanging Secret Service cannot hang start-up.
class DataKeyProvider
{
public:
    static constexpr int kKeyBytes = 32;
    static constexpr char kKeychainService[] = "WhatsApp Gateway";
    static constexpr char kKeyFileName[] = "data.key";
    static constexpr char kSourceFileName[] = "data-key.source";
    // Set to 1 (or anything but 0) to never touch the keychain: servers, tests.
    static constexpr char kDisableKeychainVariable[] = "WAG_DISABLE_KEYCHAIN";

    struct Options
    {
        bool useKeychain = true;
        int keychainTimeoutMs = 5000; // per keychain operation
    };

    explicit DataKeyProvider(QString dataDir);
    DataKeyProvider(QString dataDir, Options options);

    DataKeyResult obtain();

    // The keychain entry name for this data dir: "data-key:" + 16 hex characters of the
    // SHA-256 of its canonical path, so that two data dirs on one machine get two keys.
    QString keychainAccount() const;
    QString keyFilePath() const;
    QString sourceFilePath() const;

private:
    bool keychainDisabled() const;

    QString m_dataDir;
    Options m_options;
};

} // namespace wag
