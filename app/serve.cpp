#include "serve.h"

#include "core/logging.h"
#include "engine.h"
#include "gui/desktop_shell.h"
#include "gui/startup_failure.h"
#include "unix_signals.h"
#include "version.h"

#include <QCoreApplication>
#include <QDir>
#include <QLockFile>
#include <QTextStream>

#include <sys/resource.h>

namespace wag {

// Written to stderr and, for the window, shown in a dialog too: started from the desktop's
// menu, nobody sees the terminal.
static int startupFailure(const QString &message, bool desktop,
                          StartupFailure::Cause cause = StartupFailure::Cause::Other)
{
    QTextStream(stderr) << "whatsapp-gateway: error: " << message << Qt::endl;
    if (desktop)
        StartupFailure::show(cause, message);
    return 1;
}

// Each connection is a file descriptor; the usual soft limit of 1024 would cap the front
// door below its own connection limit.
static void raiseFileLimit()
{
    rlimit limit{};
    if (getrlimit(RLIMIT_NOFILE, &limit) == 0 && limit.rlim_cur < limit.rlim_max) {
        limit.rlim_cur = limit.rlim_max;
        setrlimit(RLIMIT_NOFILE, &limit);
    }
}

int runGateway(const CommandLine &commandLine, bool desktop)
{
    raiseFileLimit();
    // Installed first: a SIGTERM that arrives while starting must still end in a clean exit.
    UnixSignals signalsHandler;
    QObject::connect(&signalsHandler, &UnixSignals::terminationRequested, qApp, [](int number) {
        qCInfo(lcApp) << "signal" << number << "received; shutting down";
        QCoreApplication::quit();
    });

    const QString dataDir = commandLine.dataDir;
    if (!QDir().mkpath(dataDir))
        return startupFailure(QStringLiteral("cannot create data directory %1").arg(dataDir), desktop);

    // One gateway per data dir: two would both send the same queued messages.
    QLockFile lock(QDir(dataDir).filePath(QStringLiteral("gateway.lock")));
    lock.setStaleLockTime(0);
    if (!lock.tryLock(0)) {
        qint64 pid = 0;
        QString host, app;
        lock.getLockInfo(&pid, &host, &app);
        if (lock.error() == QLockFile::LockFailedError)
            return startupFailure(QStringLiteral("another gateway (pid %1) is already running on data dir %2")
                                      .arg(pid)
                                      .arg(dataDir),
                                  desktop, StartupFailure::Cause::AlreadyRunning);
        return startupFailure(QStringLiteral("cannot write to data directory %1").arg(dataDir), desktop);
    }

    Engine::Config config;
    config.dataDir = dataDir;
    config.settings = commandLine.settings;
    auto opened = Engine::open(std::move(config));
    if (!opened)
        return startupFailure(opened.failure().message, desktop);
    std::unique_ptr<Engine> engine = std::move(opened.value());
    if (const Status s = engine->serve(); !s.ok()) {
        const bool taken = s.failure().code == u"listen_failed";
        return startupFailure(s.failure().message, desktop,
                              taken ? StartupFailure::Cause::AddressTaken : StartupFailure::Cause::Other);
    }

    QTextStream(stdout) << kProductName << ' ' << kVersion << " is running at " << engine->baseUrl()
                        << "\n  data dir: " << dataDir
                        << "\n  stop it with Ctrl+C (or SIGTERM)" << Qt::endl;

    std::unique_ptr<DesktopShell> shell;
    if (desktop)
        shell = std::make_unique<DesktopShell>(*engine);

    const int status = QCoreApplication::exec();
    shell.reset();
    engine->stop();
    qCInfo(lcApp) << "stopped";
    return status;
}

} // namespace wag
