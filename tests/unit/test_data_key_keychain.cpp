// The keychain path of DataKeyProvider against a real Secret Service. Run it through
// scripts/with-test-keyring.sh (CI runs the whole suite that way): a private D-Bus session
// with an unlocked gnome-keyring. Without a Secret Service on the bus it FAILS, not skips:
// a skipped test would let a broken keychain path ship.
//
// Failures that only show in a fresh process (a dead or hanging bus: GLib and libsecret
// keep their first connection for the life of the process) run in a child: this same
// executable, started with WAG_KEYCHAIN_TEST_CHILD=<data dir>.
#include "secrets/data_key_provider.h"

// QtDBus comes in through QtKeychain's link interface; tests/CMakeLists.txt does not list
// it, so its headers are reached through the Qt include root.
#include <QtDBus/QDBusArgument>
#include <QtDBus/QDBusConnection>
#include <QtDBus/QDBusConnectionInterface>
#include <QtDBus/QDBusInterface>
#include <QtDBus/QDBusMetaType>
#include <QtDBus/QDBusObjectPath>
#include <QtDBus/QDBusReply>
#include <QtDBus/QDBusVariant>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalServer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using namespace wag;

using StringMap = QMap<QString, QString>;
Q_DECLARE_METATYPE(StringMap)

namespace {

const QString kSecretsService = QStringLiteral("org.freedesktop.secrets");
const QString kSecretsPath = QStringLiteral("/org/freedesktop/secrets");
const QString kServiceInterface = QStringLiteral("org.freedesktop.Secret.Service");
const QString kItemInterface = QStringLiteral("org.freedesktop.Secret.Item");

int secretsWarningCount = 0;
QtMessageHandler previousHandler = nullptr;

void countMessage(QtMsgType type, const QMessageLogContext &context, const QString &text)
{
    if (type == QtWarningMsg && context.category && qstrcmp(context.category, "wag.secrets") == 0)
        ++secretsWarningCount;
    if (previousHandler)
        previousHandler(type, context, text);
}

// Talks the Secret Service protocol directly, without QtKeychain or libsecret, to see
// what really landed in the keyring.
class SecretServiceProbe
{
public:
    SecretServiceProbe()
        : m_service(kSecretsService, kSecretsPath, kServiceInterface, QDBusConnection::sessionBus())
    {
        qDBusRegisterMetaType<StringMap>();
    }

    QString openSession()
    {
        const QDBusMessage reply =
            m_service.call(QStringLiteral("OpenSession"), QStringLiteral("plain"),
                           QVariant::fromValue(QDBusVariant(QString())));
        if (reply.type() != QDBusMessage::ReplyMessage || reply.arguments().size() != 2)
            return {};
        m_session = reply.arguments().at(1).value<QDBusObjectPath>();
        return m_session.path();
    }

    QList<QDBusObjectPath> findItems(const QString &account, QString *error)
    {
        StringMap attributes;
        attributes.insert(QStringLiteral("server"),
                          QLatin1String(DataKeyProvider::kKeychainService));
        attributes.insert(QStringLiteral("user"), account);
        const QDBusMessage reply =
            m_service.call(QStringLiteral("SearchItems"), QVariant::fromValue(attributes));
        if (reply.type() != QDBusMessage::ReplyMessage || reply.arguments().size() != 2) {
            *error = reply.errorMessage();
            return {};
        }
        QList<QDBusObjectPath> items =
            qdbus_cast<QList<QDBusObjectPath>>(reply.arguments().at(0)); // unlocked
        items += qdbus_cast<QList<QDBusObjectPath>>(reply.arguments().at(1)); // locked
        return items;
    }

    QByteArray secretOf(const QDBusObjectPath &item, QString *error)
    {
        QDBusInterface iface(kSecretsService, item.path(), kItemInterface,
                             QDBusConnection::sessionBus());
        const QDBusMessage reply =
            iface.call(QStringLiteral("GetSecret"), QVariant::fromValue(m_session));
        if (reply.type() != QDBusMessage::ReplyMessage || reply.arguments().isEmpty()) {
            *error = reply.errorMessage();
            return {};
        }
        // (oayays): session, parameters, value, content type
        const QDBusArgument secret = reply.arguments().at(0).value<QDBusArgument>();
        QDBusObjectPath session;
        QByteArray parameters;
        QByteArray value;
        QString contentType;
        secret.beginStructure();
        secret >> session >> parameters >> value >> contentType;
        secret.endStructure();
        return value;
    }

    StringMap attributesOf(const QDBusObjectPath &item)
    {
        QDBusInterface properties(kSecretsService, item.path(),
                                  QStringLiteral("org.freedesktop.DBus.Properties"),
                                  QDBusConnection::sessionBus());
        const QDBusMessage reply = properties.call(QStringLiteral("Get"), kItemInterface,
                                                   QStringLiteral("Attributes"));
        if (reply.type() != QDBusMessage::ReplyMessage || reply.arguments().isEmpty())
            return {};
        const QVariant value = reply.arguments().at(0).value<QDBusVariant>().variant();
        return qdbus_cast<StringMap>(value.value<QDBusArgument>());
    }

    void remove(const QDBusObjectPath &item)
    {
        QDBusInterface iface(kSecretsService, item.path(), kItemInterface,
                             QDBusConnection::sessionBus());
        iface.call(QStringLiteral("Delete"));
    }

private:
    QDBusInterface m_service;
    QDBusObjectPath m_session;
};

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// What a child process reports about one obtain().
struct ChildOutcome
{
    bool ran = false;
    bool ok = false;
    QString source;
    int fileReason = -1;
    QString fileReasonDetail;
    QByteArray key;
    QString error;
    int warnings = -1;
    qint64 elapsedMs = -1;
    bool exitedCleanly = false;
    QString diagnostics;
};

ChildOutcome runChild(const QString &dataDir, const QString &busAddress, int timeoutMs)
{
    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("WAG_KEYCHAIN_TEST_CHILD"), dataDir);
    env.insert(QStringLiteral("WAG_KEYCHAIN_TEST_TIMEOUT_MS"), QString::number(timeoutMs));
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), busAddress);
    child.setProcessEnvironment(env);
    child.start(QCoreApplication::applicationFilePath(), {});
    ChildOutcome outcome;
    if (!child.waitForFinished(60000)) {
        child.kill();
        child.waitForFinished();
        outcome.diagnostics = QStringLiteral("child did not finish");
        return outcome;
    }
    outcome.diagnostics = QString::fromLocal8Bit(child.readAllStandardError());
    const QList<QByteArray> lines = child.readAllStandardOutput().split('\n');
    for (const QByteArray &line : lines) {
        const QJsonObject json = QJsonDocument::fromJson(line).object();
        if (json.isEmpty())
            continue;
        outcome.ran = true;
        outcome.ok = json.value(u"ok").toBool();
        outcome.source = json.value(u"source").toString();
        outcome.fileReason = json.value(u"fileReason").toInt(-1);
        outcome.fileReasonDetail = json.value(u"fileReasonDetail").toString();
        outcome.key = QByteArray::fromHex(json.value(u"key").toString().toLatin1());
        outcome.error = json.value(u"error").toString();
        outcome.warnings = json.value(u"warnings").toInt(-1);
        outcome.elapsedMs = json.value(u"elapsedMs").toInteger(-1);
    }
    outcome.exitedCleanly = child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0;
    if (!outcome.exitedCleanly)
        outcome.diagnostics += QStringLiteral("\n(child exit status %1, code %2)")
                                   .arg(int(child.exitStatus()))
                                   .arg(child.exitCode());
    return outcome;
}

int childMain()
{
    previousHandler = qInstallMessageHandler(countMessage);
    DataKeyProvider::Options options;
    options.keychainTimeoutMs = qEnvironmentVariableIntValue("WAG_KEYCHAIN_TEST_TIMEOUT_MS");
    QElapsedTimer timer;
    timer.start();
    const DataKeyResult result =
        DataKeyProvider(qEnvironmentVariable("WAG_KEYCHAIN_TEST_CHILD"), options).obtain();
    QJsonObject json;
    json.insert(u"ok", result.ok());
    json.insert(u"source", result.source == DataKeyResult::Source::File
                              ? QStringLiteral("file")
                              : QStringLiteral("keychain"));
    json.insert(u"fileReason", int(result.fileReason));
    json.insert(u"fileReasonDetail", result.fileReasonDetail);
    json.insert(u"key", QString::fromLatin1(result.key.toHex()));
    json.insert(u"error", result.error);
    json.insert(u"warnings", secretsWarningCount);
    json.insert(u"elapsedMs", timer.elapsed());
    const QByteArray line = QJsonDocument(json).toJson(QJsonDocument::Compact) + '\n';
    std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
    std::fflush(stdout);
    return 0;
}

} // namespace

class TestDataKeyKeychain : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanupTestCase();

    void newDataDirKeepsItsKeyInTheKeychain();
    void secondObtainReturnsTheSameKey();
    void secondDataDirGetsADifferentKey();
    void movedDataDirStillFindsItsKey();
    void unreachableKeychainFailsWithoutInventingAFileKey();
    void hangingKeychainTimesOut();
    void deletedKeychainEntryIsNotReplaced();
    void newDataDirFallsBackToAFileWhenNoKeychainAnswers();

private:
    DataKeyResult obtain(const QString &dataDir);
    QString newDataDir(const QString &name);

    QTemporaryDir m_temp;
    SecretServiceProbe m_probe;
    QStringList m_accounts; // removed from the keyring at the end
};

void TestDataKeyKeychain::initTestCase()
{
    previousHandler = qInstallMessageHandler(countMessage);
    QVERIFY(m_temp.isValid());
    const QString hint = QStringLiteral(
        "; run this test through scripts/with-test-keyring.sh (a private D-Bus session with "
        "an unlocked gnome-keyring)");
    QDBusConnection bus = QDBusConnection::sessionBus();
    QVERIFY2(bus.isConnected(),
             qPrintable(QStringLiteral("no D-Bus session bus (%1)").arg(bus.lastError().message())
                        + hint));
    QVERIFY2(bus.interface()->isServiceRegistered(kSecretsService).value(),
             qPrintable(QStringLiteral("no Secret Service (org.freedesktop.secrets) on the bus")
                        + hint));
    QDBusInterface service(kSecretsService, kSecretsPath, kServiceInterface, bus);
    const QDBusReply<QDBusObjectPath> collection =
        service.call(QStringLiteral("ReadAlias"), QStringLiteral("default"));
    QVERIFY2(collection.isValid() && collection.value().path() != u"/",
             qPrintable(QStringLiteral("the Secret Service has no default collection") + hint));
    QDBusInterface defaultCollection(kSecretsService, collection.value().path(),
                                     QStringLiteral("org.freedesktop.Secret.Collection"), bus);
    QVERIFY2(!defaultCollection.property("Locked").toBool(),
             qPrintable(QStringLiteral("the default collection is locked") + hint));
    QVERIFY(!m_probe.openSession().isEmpty());
}

void TestDataKeyKeychain::init()
{
    secretsWarningCount = 0;
}

void TestDataKeyKeychain::cleanupTestCase()
{
    QString error;
    for (const QString &account : std::as_const(m_accounts)) {
        for (const QDBusObjectPath &item : m_probe.findItems(account, &error))
            m_probe.remove(item);
    }
}

QString TestDataKeyKeychain::newDataDir(const QString &name)
{
    const QString path = m_temp.filePath(name);
    QDir().mkpath(path);
    m_accounts.append(DataKeyProvider(path).keychainAccount());
    return path;
}

DataKeyResult TestDataKeyKeychain::obtain(const QString &dataDir)
{
    DataKeyProvider::Options options;
    options.keychainTimeoutMs = 10000; // a loaded CI machine; failures here are not timeouts
    return DataKeyProvider(dataDir, options).obtain();
}

void TestDataKeyKeychain::newDataDirKeepsItsKeyInTheKeychain()
{
    const QString dir = newDataDir(QStringLiteral("a"));
    const DataKeyProvider provider(dir);
    const DataKeyResult result = obtain(dir);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.source, DataKeyResult::Source::Keychain);
    QCOMPARE(result.fileReason, DataKeyResult::FileReason::None);
    QVERIFY(result.keyFilePath.isEmpty());
    QCOMPARE(result.key.size(), 32);
    QVERIFY(!QFile::exists(provider.keyFilePath()));
    QCOMPARE(secretsWarningCount, 0); // the keychain path is the quiet one
    const QByteArray marker = readAll(provider.sourceFilePath());
    QVERIFY2(marker.startsWith("keychain\n"), marker.constData());
    QVERIFY2(marker.contains(provider.keychainAccount().toUtf8()), marker.constData());

    // It is really in the Secret Service, under our service and account, as base64 text.
    QString error;
    const QList<QDBusObjectPath> items = m_probe.findItems(provider.keychainAccount(), &error);
    QVERIFY2(items.size() == 1,
             qPrintable(QStringLiteral("%1 items; %2").arg(items.size()).arg(error)));
    QCOMPARE(m_probe.secretOf(items.first(), &error), result.key.toBase64());
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const StringMap attributes = m_probe.attributesOf(items.first());
    QCOMPARE(attributes.value(QStringLiteral("server")), QStringLiteral("WhatsApp Gateway"));
    QCOMPARE(attributes.value(QStringLiteral("user")), provider.keychainAccount());
}

void TestDataKeyKeychain::secondObtainReturnsTheSameKey()
{
    const QString dir = newDataDir(QStringLiteral("b"));
    const DataKeyResult first = obtain(dir);
    QVERIFY2(first.ok(), qPrintable(first.error));
    const DataKeyResult second = obtain(dir); // a new provider object
    QVERIFY2(second.ok(), qPrintable(second.error));
    QCOMPARE(second.source, DataKeyResult::Source::Keychain);
    QCOMPARE(second.key, first.key);
    QString error;
    QCOMPARE(m_probe.findItems(DataKeyProvider(dir).keychainAccount(), &error).size(), 1);
    QVERIFY(!QFile::exists(DataKeyProvider(dir).keyFilePath()));

    // And from another process, which has to go through D-Bus afresh.
    const ChildOutcome child =
        runChild(dir, qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS"), 10000);
    QVERIFY2(child.ran && child.ok, qPrintable(child.error + child.diagnostics));
    QVERIFY2(child.exitedCleanly, qPrintable(child.diagnostics));
    QCOMPARE(child.source, QStringLiteral("keychain"));
    QCOMPARE(child.key, first.key);
}

void TestDataKeyKeychain::secondDataDirGetsADifferentKey()
{
    const QString dirC = newDataDir(QStringLiteral("c"));
    const QString dirD = newDataDir(QStringLiteral("d"));
    const DataKeyResult c = obtain(dirC);
    const DataKeyResult d = obtain(dirD);
    QVERIFY2(c.ok() && d.ok(), qPrintable(c.error + d.error));
    QCOMPARE(d.source, DataKeyResult::Source::Keychain);
    QVERIFY(c.key != d.key);
    QVERIFY(DataKeyProvider(dirC).keychainAccount() != DataKeyProvider(dirD).keychainAccount());
}

void TestDataKeyKeychain::movedDataDirStillFindsItsKey()
{
    const QString before = newDataDir(QStringLiteral("before-move"));
    const DataKeyResult first = obtain(before);
    QVERIFY2(first.ok(), qPrintable(first.error));
    const QString after = m_temp.filePath(QStringLiteral("after-move"));
    QVERIFY(QDir().rename(before, after));
    const DataKeyResult moved = obtain(after);
    QVERIFY2(moved.ok(), qPrintable(moved.error));
    QCOMPARE(moved.key, first.key);
}

void TestDataKeyKeychain::unreachableKeychainFailsWithoutInventingAFileKey()
{
    const QString dir = newDataDir(QStringLiteral("e"));
    const DataKeyResult first = obtain(dir);
    QVERIFY2(first.ok(), qPrintable(first.error));
    QCOMPARE(first.source, DataKeyResult::Source::Keychain);
    const QByteArray marker = readAll(DataKeyProvider(dir).sourceFilePath());

    // A bus address where nothing listens: connection refused at once.
    const QString deadBus =
        QStringLiteral("unix:path=") + m_temp.filePath(QStringLiteral("no-bus-here"));
    const ChildOutcome child = runChild(dir, deadBus, 5000);
    QVERIFY2(child.ran, qPrintable(child.diagnostics));
    // Even with a keychain request still pending, the process ends normally.
    QVERIFY2(child.exitedCleanly, qPrintable(child.diagnostics));
    QVERIFY(!child.ok);
    QVERIFY(child.key.isEmpty());
    QVERIFY2(child.error.contains(QStringLiteral("unavailable")), qPrintable(child.error));
    QVERIFY2(child.error.contains(DataKeyProvider(dir).keychainAccount()), qPrintable(child.error));
    QVERIFY(!QFile::exists(DataKeyProvider(dir).keyFilePath()));
    QCOMPARE(readAll(DataKeyProvider(dir).sourceFilePath()), marker);

    // Back with the keychain reachable, the key is the one from before.
    const DataKeyResult again = obtain(dir);
    QVERIFY2(again.ok(), qPrintable(again.error));
    QCOMPARE(again.key, first.key);
}

void TestDataKeyKeychain::hangingKeychainTimesOut()
{
    const QString dir = newDataDir(QStringLiteral("f"));
    const DataKeyResult first = obtain(dir);
    QVERIFY2(first.ok(), qPrintable(first.error));

    // A socket that accepts connections (the kernel completes them) but never speaks:
    // the D-Bus handshake waits forever, like a wedged bus or Secret Service.
    QLocalServer silent;
    silent.setSocketOptions(QLocalServer::UserAccessOption);
    QVERIFY(silent.listen(m_temp.filePath(QStringLiteral("silent-bus"))));
    const ChildOutcome child =
        runChild(dir, QStringLiteral("unix:path=") + silent.fullServerName(), 1000);
    QVERIFY2(child.ran, qPrintable(child.diagnostics));
    // Even with a keychain request still pending, the process ends normally.
    QVERIFY2(child.exitedCleanly, qPrintable(child.diagnostics));
    QVERIFY(!child.ok);
    QVERIFY2(child.error.contains(QStringLiteral("no answer within 1000 ms")),
             qPrintable(child.error));
    QVERIFY2(child.elapsedMs >= 900 && child.elapsedMs < 5000,
             qPrintable(QString::number(child.elapsedMs)));
    QVERIFY(!QFile::exists(DataKeyProvider(dir).keyFilePath()));
}

void TestDataKeyKeychain::deletedKeychainEntryIsNotReplaced()
{
    const QString dir = newDataDir(QStringLiteral("g"));
    const DataKeyResult first = obtain(dir);
    QVERIFY2(first.ok(), qPrintable(first.error));
    QString error;
    const QString account = DataKeyProvider(dir).keychainAccount();
    for (const QDBusObjectPath &item : m_probe.findItems(account, &error))
        m_probe.remove(item);
    QCOMPARE(m_probe.findItems(account, &error).size(), 0);

    const DataKeyResult result = obtain(dir);
    QVERIFY(!result.ok());
    QVERIFY2(result.error.contains(QStringLiteral("is missing")), qPrintable(result.error));
    // Neither a new keychain entry nor a key file.
    QCOMPARE(m_probe.findItems(account, &error).size(), 0);
    QVERIFY(!QFile::exists(DataKeyProvider(dir).keyFilePath()));
}

void TestDataKeyKeychain::newDataDirFallsBackToAFileWhenNoKeychainAnswers()
{
    const QString dir = newDataDir(QStringLiteral("h"));
    const QString deadBus =
        QStringLiteral("unix:path=") + m_temp.filePath(QStringLiteral("no-bus-here"));
    const ChildOutcome child = runChild(dir, deadBus, 5000);
    QVERIFY2(child.ran && child.ok, qPrintable(child.error + child.diagnostics));
    QVERIFY2(child.exitedCleanly, qPrintable(child.diagnostics));
    QCOMPARE(child.source, QStringLiteral("file"));
    QCOMPARE(child.warnings, 1);
    QVERIFY(QFile::exists(DataKeyProvider(dir).keyFilePath()));
    // The fallback says why, with the keychain's own words, for the desktop window.
    QCOMPARE(child.fileReason, int(DataKeyResult::FileReason::KeychainUnavailable));
    QVERIFY2(!child.fileReasonDetail.isEmpty(), qPrintable(child.diagnostics));

    // The keychain is back: this data dir stays on its file and nothing goes into the keychain.
    const DataKeyResult later = obtain(dir);
    QVERIFY2(later.ok(), qPrintable(later.error));
    QCOMPARE(later.source, DataKeyResult::Source::File);
    QCOMPARE(later.fileReason, DataKeyResult::FileReason::KeptInFile);
    QCOMPARE(later.key, child.key);
    QString error;
    QCOMPARE(m_probe.findItems(DataKeyProvider(dir).keychainAccount(), &error).size(), 0);
}

int main(int argc, char **argv)
{
    // QtKeychain picks KWallet when these say KDE; this test is about the Secret Service.
    for (const char *name : {"XDG_CURRENT_DESKTOP", "DESKTOP_SESSION", "KDE_FULL_SESSION",
                             "KDE_SESSION_VERSION", "WAG_DISABLE_KEYCHAIN"})
        qunsetenv(name);
    QCoreApplication app(argc, argv);
    if (qEnvironmentVariableIsSet("WAG_KEYCHAIN_TEST_CHILD"))
        return childMain();
    TestDataKeyKeychain test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "test_data_key_keychain.moc"
