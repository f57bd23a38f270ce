// The file fallback of DataKeyProvider: what a headless server without a keychain uses.
// Runs without D-Bus; the keychain is switched off by option or by WAG_DISABLE_KEYCHAIN.
#include "secrets/data_key_provider.h"

#include <QDir>
#include <QFile>
#include <QMutex>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace wag;

namespace {

struct LoggedMessage
{
    QtMsgType type;
    QString category;
    QString text;
};

QMutex logMutex;
QList<LoggedMessage> logged;
QtMessageHandler previousHandler = nullptr;

void recordMessage(QtMsgType type, const QMessageLogContext &context, const QString &text)
{
    {
        QMutexLocker lock(&logMutex);
        logged.append({type, QString::fromLatin1(context.category ? context.category : ""), text});
    }
    if (previousHandler)
        previousHandler(type, context, text);
}

QList<LoggedMessage> secretsWarnings()
{
    QMutexLocker lock(&logMutex);
    QList<LoggedMessage> out;
    for (const LoggedMessage &m : std::as_const(logged)) {
        if (m.category == u"wag.secrets" && m.type == QtWarningMsg)
            out.append(m);
    }
    return out;
}

DataKeyProvider::Options noKeychain()
{
    DataKeyProvider::Options options;
    options.useKeychain = false;
    return options;
}

mode_t modeOf(const QString &path)
{
    struct stat info {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return mode_t(-1);
    return info.st_mode & 07777;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &bytes, QFile::Permissions permissions)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        && file.write(bytes) == bytes.size() && file.setPermissions(permissions);
}

constexpr QFile::Permissions kOwnerOnly = QFile::ReadOwner | QFile::WriteOwner;

} // namespace

class TestDataKeyFile : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void createsOwnerOnlyKeyFileWhateverTheUmask();
    void secondObtainReturnsTheSameKey();
    void dataDirsGetDifferentKeys();
    void environmentVariableDisablesKeychain();
    void existingKeyFileWithoutMarkerIsAdopted();
    void createsMissingDataDir();
    void leftoverPartialFileDoesNotBlockCreation();
    void refusesGroupOrWorldAccessibleKeyFile_data();
    void refusesGroupOrWorldAccessibleKeyFile();
    void refusesWrongSizedKeyFile_data();
    void refusesWrongSizedKeyFile();
    void missingKeyFileIsNotReplaced();
    void keychainMarkerIsNotOverriddenWhenKeychainDisabled();
    void keychainMarkerConflictsWithKeyFile();
    void unknownMarkerIsRefused();

private:
    QString m_dataDir;
    std::unique_ptr<QTemporaryDir> m_temp;
};

void TestDataKeyFile::initTestCase()
{
    previousHandler = qInstallMessageHandler(recordMessage);
}

void TestDataKeyFile::init()
{
    qunsetenv("WAG_DISABLE_KEYCHAIN");
    m_temp = std::make_unique<QTemporaryDir>();
    QVERIFY(m_temp->isValid());
    m_dataDir = m_temp->filePath(QStringLiteral("data"));
    QVERIFY(QDir().mkpath(m_dataDir));
    QMutexLocker lock(&logMutex);
    logged.clear();
}

void TestDataKeyFile::cleanup()
{
    qunsetenv("WAG_DISABLE_KEYCHAIN");
    m_temp.reset();
}

void TestDataKeyFile::createsOwnerOnlyKeyFileWhateverTheUmask()
{
    const mode_t previousUmask = ::umask(0); // the most permissive: the code must not rely on it
    DataKeyProvider provider(m_dataDir, noKeychain());
    const DataKeyResult result = provider.obtain();
    ::umask(previousUmask);

    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.source, DataKeyResult::Source::File);
    QCOMPARE(result.key.size(), 32);
    QVERIFY(result.key != QByteArray(32, '\0'));

    const QString keyPath = QDir(m_dataDir).filePath(QStringLiteral("data.key"));
    QCOMPARE(provider.keyFilePath(), keyPath);
    QCOMPARE(QFile::permissions(keyPath) & ~(QFile::ReadUser | QFile::WriteUser | QFile::ExeUser),
             kOwnerOnly);
    QCOMPARE(modeOf(keyPath), mode_t(0600));
    QCOMPARE(QFileInfo(keyPath).size(), 32);
    QCOMPARE(readAll(keyPath), result.key);
    QVERIFY(!QFile::exists(keyPath + QStringLiteral(".part")));
    QCOMPARE(readAll(provider.sourceFilePath()).trimmed(), QByteArray("file"));
    // What the desktop window tells people: why the file, and where it is.
    QCOMPARE(result.fileReason, DataKeyResult::FileReason::KeychainDisabled);
    QCOMPARE(result.keyFilePath, keyPath);

    // Exactly one warning, in wag.secrets, naming the file.
    const QList<LoggedMessage> warnings = secretsWarnings();
    QCOMPARE(warnings.size(), 1);
    QVERIFY2(warnings.first().text.contains(keyPath), qPrintable(warnings.first().text));
    QVERIFY2(warnings.first().text.contains(QStringLiteral("keychain")),
             qPrintable(warnings.first().text));
}

void TestDataKeyFile::secondObtainReturnsTheSameKey()
{
    const DataKeyResult first = DataKeyProvider(m_dataDir, noKeychain()).obtain();
    QVERIFY2(first.ok(), qPrintable(first.error));
    {
        QMutexLocker lock(&logMutex);
        logged.clear();
    }
    const DataKeyResult second = DataKeyProvider(m_dataDir, noKeychain()).obtain();
    QVERIFY2(second.ok(), qPrintable(second.error));
    QCOMPARE(second.source, DataKeyResult::Source::File);
    QCOMPARE(second.key, first.key);
    // From now on the data dir keeps its file, whatever the keychain does.
    QCOMPARE(second.fileReason, DataKeyResult::FileReason::KeptInFile);
    QCOMPARE(second.keyFilePath, first.keyFilePath);
    // Every start-up on the file says so, once.
    QCOMPARE(secretsWarnings().size(), 1);
}

void TestDataKeyFile::dataDirsGetDifferentKeys()
{
    const QString otherDir = m_temp->filePath(QStringLiteral("other"));
    const DataKeyResult a = DataKeyProvider(m_dataDir, noKeychain()).obtain();
    const DataKeyResult b = DataKeyProvider(otherDir, noKeychain()).obtain();
    QVERIFY(a.ok() && b.ok());
    QVERIFY(a.key != b.key);
    QVERIFY(DataKeyProvider(m_dataDir).keychainAccount()
            != DataKeyProvider(otherDir).keychainAccount());
    QVERIFY(DataKeyProvider(m_dataDir).keychainAccount().startsWith(QStringLiteral("data-key:")));
    // The same dir spelled differently is the same entry.
    QCOMPARE(DataKeyProvider(m_dataDir + QStringLiteral("/../data/")).keychainAccount(),
             DataKeyProvider(m_dataDir).keychainAccount());
}

void TestDataKeyFile::environmentVariableDisablesKeychain()
{
    qputenv("WAG_DISABLE_KEYCHAIN", "1");
    // Default options: only the variable keeps the keychain out. Were it consulted, the
    // warning would say "unavailable" (or the key would land in a keychain), not "disabled".
    const DataKeyResult result = DataKeyProvider(m_dataDir).obtain();
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.source, DataKeyResult::Source::File);
    const QList<LoggedMessage> warnings = secretsWarnings();
    QCOMPARE(warnings.size(), 1);
    QVERIFY2(warnings.first().text.contains(QStringLiteral("disabled")),
             qPrintable(warnings.first().text));
    QVERIFY2(warnings.first().text.contains(QStringLiteral("WAG_DISABLE_KEYCHAIN")),
             qPrintable(warnings.first().text));
    QCOMPARE(result.fileReason, DataKeyResult::FileReason::KeychainDisabled);
}

void TestDataKeyFile::existingKeyFileWithoutMarkerIsAdopted()
{
    const QByteArray key(32, 'k');
    const QString keyPath = QDir(m_dataDir).filePath(QStringLiteral("data.key"));
    QVERIFY(writeFile(keyPath, key, kOwnerOnly));
    const DataKeyResult result = DataKeyProvider(m_dataDir, noKeychain()).obtain();
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.key, key);
    QCOMPARE(result.fileReason, DataKeyResult::FileReason::KeptInFile);
    QCOMPARE(result.keyFilePath, keyPath);
    QCOMPARE(readAll(QDir(m_dataDir).filePath(QStringLiteral("data-key.source"))).trimmed(),
             QByteArray("file"));
}

void TestDataKeyFile::createsMissingDataDir()
{
    const QString nested = m_temp->filePath(QStringLiteral("not/yet/there"));
    const DataKeyResult result = DataKeyProvider(nested, noKeychain()).obtain();
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(modeOf(nested + QStringLiteral("/data.key")), mode_t(0600));
}

void TestDataKeyFile::leftoverPartialFileDoesNotBlockCreation()
{
    const QString partPath = QDir(m_dataDir).filePath(QStringLiteral("data.key.part"));
    QVERIFY(writeFile(partPath, "half", QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther));
    const DataKeyResult result = DataKeyProvider(m_dataDir, noKeychain()).obtain();
    QVERIFY2(result.ok(), qPrintable(result.error));
    QVERIFY(!QFile::exists(partPath));
    QCOMPARE(modeOf(QDir(m_dataDir).filePath(QStringLiteral("data.key"))), mode_t(0600));
}

void TestDataKeyFile::refusesGroupOrWorldAccessibleKeyFile_data()
{
    QTest::addColumn<int>("mode");
    QTest::addColumn<QString>("shown");
    QTest::addColumn<bool>("withMarker");
    QTest::newRow("0644 after use") << 0644 << QStringLiteral("0644") << true;
    QTest::newRow("0644 found on a fresh dir") << 0644 << QStringLiteral("0644") << false;
    QTest::newRow("0640 group readable") << 0640 << QStringLiteral("0640") << true;
    QTest::newRow("0604 world readable") << 0604 << QStringLiteral("0604") << true;
    QTest::newRow("0620 group writable") << 0620 << QStringLiteral("0620") << true;
}

void TestDataKeyFile::refusesGroupOrWorldAccessibleKeyFile()
{
    QFETCH(int, mode);
    QFETCH(QString, shown);
    QFETCH(bool, withMarker);
    const QString keyPath = QDir(m_dataDir).filePath(QStringLiteral("data.key"));
    QByteArray original;
    if (withMarker) {
        const DataKeyResult first = DataKeyProvider(m_dataDir, noKeychain()).obtain();
        QVERIFY2(first.ok(), qPrintable(first.error));
        original = first.key;
    } else {
        original = QByteArray(32, 'z');
        QVERIFY(writeFile(keyPath, original, kOwnerOnly));
    }
    QCOMPARE(::chmod(QFile::encodeName(keyPath).constData(), mode_t(mode)), 0);

    const DataKeyResult result = DataKeyProvider(m_dataDir, noKeychain()).obtain();
    QVERIFY(!result.ok());
    QVERIFY(result.key.isEmpty());
    QVERIFY2(result.error.contains(keyPath), qPrintable(result.error));
    QVERIFY2(result.error.contains(shown), qPrintable(result.error));
    QVERIFY2(result.error.contains(QStringLiteral("other users")), qPrintable(result.error));
    QVERIFY2(result.error.contains(QStringLiteral("chmod 600")), qPrintable(result.error));
    // Left as found: neither replaced nor "fixed" behind the operator's back.
    QCOMPARE(readAll(keyPath), original);
    QCOMPARE(modeOf(keyPath), mode_t(mode));

    // Once the operator restricts it, the same key comes back.
    QCOMPARE(::chmod(QFile::encodeName(keyPath).constData(), 0600), 0);
    const DataKeyResult fixed = DataKeyProvider(m_dataDir, noKeychain()).obtain();
    QVERIFY2(fixed.ok(), qPrintable(fixed.error));
    QCOMPARE(fixed.key, original);
}

void TestDataKeyFile::refusesWrongSizedKeyFile_data()
{
    QTest::addColumn<int>("size");
    QTest::newRow("empty") << 0;
    QTest::newRow("truncated") << 31;
    QTest::newRow("too long") << 33;
    QTest::newRow("base64 text instead of bytes") << 44;
}

void TestDataKeyFile::refusesWrongSizedKeyFile()
{
    QFETCH(int, size);
    const DataKeyResult first = DataKeyProvider(m_dataDir, noKeychain()).obtain();
    QVERIFY2(first.ok(), qPrintable(first.error));
    const QString keyPath = QDir(m_dataDir).filePath(QStringLiteral("data.key"));
    QVERIFY(writeFile(keyPath, QByteArray(size, 'a'), kOwnerOnly));

    const DataKeyResult result = DataKeyProvider(m_dataDir, noKeychain()).obtain();
    QVERIFY(!result.ok());
    QVERIFY(result.key.isEmpty());
    QVERIFY2(result.error.contains(QStringLiteral("holds %1 bytes").arg(size)),
             qPrintable(result.error));
    QCOMPARE(readAll(keyPath), QByteArray(size, 'a'));
}

void TestDataKeyFile::missingKeyFileIsNotReplaced()
{
    const DataKeyResult first = DataKeyProvider(m_dataDir, noKeychain()).obtain();
    QVERIFY2(first.ok(), qPrintable(first.error));
    const QString keyPath = QDir(m_dataDir).filePath(QStringLiteral("data.key"));
    QVERIFY(QFile::remove(keyPath));

    const DataKeyResult result = DataKeyProvider(m_dataDir, noKeychain()).obtain();
    QVERIFY(!result.ok());
    QVERIFY2(result.error.contains(QStringLiteral("missing")), qPrintable(result.error));
    QVERIFY2(result.error.contains(QStringLiteral("backup")), qPrintable(result.error));
    QVERIFY(!QFile::exists(keyPath)); // no new key that could not decrypt the old secrets
}

void TestDataKeyFile::keychainMarkerIsNotOverriddenWhenKeychainDisabled()
{
    const QString markerPath = QDir(m_dataDir).filePath(QStringLiteral("data-key.source"));
    QVERIFY(writeFile(markerPath, "keychain\n", kOwnerOnly));
    qputenv("WAG_DISABLE_KEYCHAIN", "1");

    const DataKeyResult result = DataKeyProvider(m_dataDir).obtain();
    QVERIFY(!result.ok());
    QVERIFY2(result.error.contains(QStringLiteral("keychain is disabled")),
             qPrintable(result.error));
    QVERIFY(!QFile::exists(QDir(m_dataDir).filePath(QStringLiteral("data.key"))));
    QCOMPARE(readAll(markerPath), QByteArray("keychain\n"));
    QCOMPARE(secretsWarnings().size(), 0);
}

void TestDataKeyFile::keychainMarkerConflictsWithKeyFile()
{
    QVERIFY(writeFile(QDir(m_dataDir).filePath(QStringLiteral("data-key.source")), "keychain\n",
                      kOwnerOnly));
    QVERIFY(writeFile(QDir(m_dataDir).filePath(QStringLiteral("data.key")), QByteArray(32, 'k'),
                      kOwnerOnly));
    const DataKeyResult result = DataKeyProvider(m_dataDir, noKeychain()).obtain();
    QVERIFY(!result.ok());
    QVERIFY2(result.error.contains(QStringLiteral("also a key file")), qPrintable(result.error));
}

void TestDataKeyFile::unknownMarkerIsRefused()
{
    QVERIFY(writeFile(QDir(m_dataDir).filePath(QStringLiteral("data-key.source")), "kechain\n",
                      kOwnerOnly));
    const DataKeyResult result = DataKeyProvider(m_dataDir, noKeychain()).obtain();
    QVERIFY(!result.ok());
    QVERIFY2(result.error.contains(QStringLiteral("\"kechain\"")), qPrintable(result.error));
    QVERIFY(!QFile::exists(QDir(m_dataDir).filePath(QStringLiteral("data.key"))));
}

QTEST_GUILESS_MAIN(TestDataKeyFile)
#include "test_data_key_file.moc"
