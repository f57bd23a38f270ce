// A customer's webhook receiver for the event bench: answers every POST with 200 at once
// and notes, per event, the time from `occurred_at` (when the gateway took the provider's
// event in) to the moment the delivery arrived here. Prints one line of figures when it
// has seen each phase's events (and on SIGTERM/SIGINT if a phase is unfinished); it runs
// until it is stopped. One receiver serves every phase, so a
// late delivery of one phase is never counted in the next.
//
//   webhook_sink --port P --expect N1[,N2...]
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSocketNotifier>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTextStream>

#include <algorithm>
#include <csignal>
#include <sys/socket.h>
#include <unistd.h>
#include <vector>

namespace {

struct Figures
{
    QSet<QString> seen;            // event ids: a redelivery counts once
    std::vector<qint64> latencies; // ms, first arrival of each event
    qint64 firstArrival = 0;
    qint64 lastArrival = 0;
    bool quiet = false; // every phase reported: nothing more to say
};

void report(const Figures &f)
{
    QTextStream out(stdout);
    std::vector<qint64> sorted = f.latencies;
    std::sort(sorted.begin(), sorted.end());
    auto at = [&](double q) { return sorted.empty() ? 0 : sorted[size_t(q * double(sorted.size() - 1))]; };
    const double seconds = double(f.lastArrival - f.firstArrival) / 1000.0;
    const double rate = seconds > 0 ? double(sorted.size() - 1) / seconds : 0;
    out << "events " << sorted.size() << " rate_per_s " << qRound(rate) << " p50_ms " << at(0.50)
        << " p99_ms " << at(0.99) << " max_ms " << (sorted.empty() ? 0 : sorted.back()) << Qt::endl;
}

int signalPipe[2];

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("port"), QStringLiteral("port"), QStringLiteral("port")});
    parser.addOption({QStringLiteral("expect"), QStringLiteral("events"), QStringLiteral("n"), QStringLiteral("0")});
    parser.process(app);
    QList<qsizetype> phases;
    for (const QString &n : parser.value(QStringLiteral("expect")).split(QLatin1Char(','), Qt::SkipEmptyParts))
        phases.append(n.toLongLong());

    Figures figures;
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, quint16(parser.value(QStringLiteral("port")).toUInt()))) {
        QTextStream(stderr) << "cannot listen: " << server.errorString() << Qt::endl;
        return 1;
    }
    ::socketpair(AF_UNIX, SOCK_STREAM, 0, signalPipe);
    auto onSignal = [](int) { const char c = 1; [[maybe_unused]] auto n = ::write(signalPipe[0], &c, 1); };
    std::signal(SIGTERM, onSignal);
    std::signal(SIGINT, onSignal);
    QSocketNotifier notifier(signalPipe[1], QSocketNotifier::Read);
    QObject::connect(&notifier, &QSocketNotifier::activated, [&] {
        if (!figures.quiet)
            report(figures);
        app.quit();
    });

    QObject::connect(&server, &QTcpServer::newConnection, [&] {
        while (QTcpSocket *socket = server.nextPendingConnection()) {
            auto buffer = std::make_shared<QByteArray>();
            QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            QObject::connect(socket, &QTcpSocket::readyRead, socket, [&, socket, buffer] {
                buffer->append(socket->readAll());
                for (;;) {
                    const qsizetype headEnd = buffer->indexOf("\r\n\r\n");
                    if (headEnd < 0)
                        return;
                    const QByteArray head = buffer->left(headEnd).toLower();
                    const qsizetype at = head.indexOf("content-length:");
                    const qsizetype length = at < 0 ? 0 : head.mid(at + 15, head.indexOf('\r', at) - at - 15).trimmed().toLongLong();
                    if (buffer->size() < headEnd + 4 + length)
                        return;
                    const QByteArray body = buffer->mid(headEnd + 4, length);
                    buffer->remove(0, headEnd + 4 + length);
                    socket->write("HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n");
                    const qint64 now = QDateTime::currentMSecsSinceEpoch();
                    const QJsonObject event = QJsonDocument::fromJson(body).object();
                    const QDateTime t = QDateTime::fromString(event.value(QStringLiteral("occurred_at")).toString(),
                                                              Qt::ISODateWithMs);
                    const QString id = event.value(QStringLiteral("event_id")).toString();
                    if (!t.isValid() || figures.seen.contains(id))
                        continue;
                    figures.seen.insert(id);
                    if (figures.latencies.empty())
                        figures.firstArrival = now;
                    figures.lastArrival = now;
                    figures.latencies.push_back(now - t.toMSecsSinceEpoch());
                    if (!phases.isEmpty() && qsizetype(figures.latencies.size()) == phases.first()) {
                        report(figures);
                        phases.removeFirst();
                        figures.latencies.clear();
                        // Keeps answering after the last phase: a repeated delivery still
                        // in flight must find someone home.
                        if (phases.isEmpty())
                            figures.quiet = true;
                    }
                }
            });
        }
    });
    return app.exec();
}
