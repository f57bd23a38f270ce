// Starts the gateway and measures, from the moment the process is spawned, how long until
// GET / first answers 200; then waits a second and reads the idle resident memory.
// Usage: wag_startup_probe GATEWAY_BINARY DATA_DIR PORT
// Prints: startup_ms=<n> idle_rss_kib=<n> pid=<n>   and leaves the gateway running.
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTcpSocket>
#include <QThread>

#include <cstdio>

static bool healthy(quint16 port)
{
    QTcpSocket socket;
    socket.connectToHost(QStringLiteral("127.0.0.1"), port);
    if (!socket.waitForConnected(200))
        return false;
    socket.write("GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
    QByteArray answer;
    while (socket.waitForReadyRead(500))
        answer += socket.readAll();
    return answer.startsWith("HTTP/1.1 200");
}

static qint64 residentKiB(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 4) {
        std::fprintf(stderr, "usage: wag_startup_probe GATEWAY_BINARY DATA_DIR PORT\n");
        return 2;
    }
    const quint16 port = quint16(args[3].toUInt());
    QElapsedTimer timer;
    timer.start();
    // Detached, with its output discarded: the caller reads our stdout until it closes,
    // and the gateway outlives us.
    QProcess gateway;
    gateway.setProgram(args[1]);
    gateway.setArguments({QStringLiteral("--headless"), QStringLiteral("--data-dir"), args[2],
                          QStringLiteral("--listen"), QStringLiteral("127.0.0.1:") + args[3],
                          QStringLiteral("--log-level"), QStringLiteral("warning")});
    gateway.setStandardOutputFile(QProcess::nullDevice());
    gateway.setStandardErrorFile(QProcess::nullDevice());
    gateway.setStandardInputFile(QProcess::nullDevice());
    qint64 pid = 0;
    if (!gateway.startDetached(&pid)) {
        std::fprintf(stderr, "cannot start %s\n", qPrintable(args[1]));
        return 1;
    }
    while (!healthy(port)) {
        if (timer.elapsed() > 20000) {
            std::fprintf(stderr, "gateway did not become healthy within 20 s\n");
            return 1;
        }
        QThread::usleep(500);
    }
    const qint64 startup = timer.elapsed();
    QThread::sleep(1);
    std::printf("startup_ms=%lld idle_rss_kib=%lld pid=%lld\n", startup, residentKiB(pid), pid);
    return 0;
}
