// The provider side of the event bench: contacts writing in, through the simulator's
// control route, either as fast as the gateway takes them or at a fixed offered rate.
//
//   event_load --port P --instance NAME --count N [--rate R] [--connections C]
//
// Each message comes from its own number, so each also opens a conversation (the inbound
// pipeline's whole path). Prints how many were accepted (200) and how long that took.
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>
#include <QTextStream>
#include <QTimer>

#include <memory>
#include <vector>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("port"), QStringLiteral("port"), QStringLiteral("port")});
    parser.addOption({QStringLiteral("instance"), QStringLiteral("instance"), QStringLiteral("name")});
    parser.addOption({QStringLiteral("count"), QStringLiteral("messages"), QStringLiteral("n")});
    parser.addOption({QStringLiteral("rate"), QStringLiteral("per second; 0: as fast as possible"), QStringLiteral("r"), QStringLiteral("0")});
    parser.addOption({QStringLiteral("connections"), QStringLiteral("connections"), QStringLiteral("c"), QStringLiteral("8")});
    parser.process(app);
    const quint16 port = quint16(parser.value(QStringLiteral("port")).toUInt());
    const QByteArray path = "/simulator/instances/" + parser.value(QStringLiteral("instance")).toUtf8() + "/inbound";
    const int count = parser.value(QStringLiteral("count")).toInt();
    const double rate = parser.value(QStringLiteral("rate")).toDouble();
    const int connections = qMax(1, parser.value(QStringLiteral("connections")).toInt());

    struct Connection
    {
        std::unique_ptr<QTcpSocket> socket;
        QByteArray buffer;
        int outstanding = 0;
    };
    std::vector<Connection> pool(static_cast<size_t>(connections));
    int sent = 0;
    int answered = 0;
    int accepted = 0;
    QElapsedTimer clock;

    auto request = [&](int n) -> QByteArray {
        const QByteArray body = QJsonDocument(QJsonObject{
                                                  {QStringLiteral("from"), QStringLiteral("+1415%1").arg(5000000 + n)},
                                                  {QStringLiteral("text"), QStringLiteral("Is order %1 ready?").arg(n)},
                                              })
                                    .toJson(QJsonDocument::Compact);
        return "POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: "
            + QByteArray::number(body.size()) + "\r\n\r\n" + body;
    };
    auto finish = [&] {
        QTextStream(stdout) << "accepted " << accepted << " of " << count << " in " << clock.elapsed() << " ms" << Qt::endl;
        app.quit();
    };
    for (Connection &c : pool) {
        c.socket = std::make_unique<QTcpSocket>();
        c.socket->connectToHost(QHostAddress::LocalHost, port);
        if (!c.socket->waitForConnected(5000)) {
            QTextStream(stderr) << "cannot connect to port " << port << Qt::endl;
            return 1;
        }
        QObject::connect(c.socket.get(), &QTcpSocket::readyRead, [&, conn = &c] {
            conn->buffer.append(conn->socket->readAll());
            for (;;) {
                const qsizetype headEnd = conn->buffer.indexOf("\r\n\r\n");
                if (headEnd < 0)
                    return;
                const QByteArray head = conn->buffer.left(headEnd).toLower();
                const qsizetype at = head.indexOf("content-length:");
                const qsizetype length = at < 0 ? 0 : head.mid(at + 15, head.indexOf('\r', at) - at - 15).trimmed().toLongLong();
                if (conn->buffer.size() < headEnd + 4 + length)
                    return;
                accepted += head.startsWith("http/1.1 200");
                conn->buffer.remove(0, headEnd + 4 + length);
                --conn->outstanding;
                if (++answered == count)
                    finish();
            }
        });
    }
    clock.start();
    // At most this many requests wait on one connection when sending as fast as possible.
    constexpr int kPipelineDepth = 32;
    QTimer tick;
    tick.setTimerType(Qt::PreciseTimer);
    QObject::connect(&tick, &QTimer::timeout, [&] {
        const int due = rate > 0 ? qMin(count, int(double(clock.elapsed()) * rate / 1000.0)) : count;
        while (sent < due) {
            Connection &c = pool[size_t(sent % connections)];
            if (rate <= 0 && c.outstanding >= kPipelineDepth)
                break;
            c.socket->write(request(sent));
            ++c.outstanding;
            ++sent;
        }
        if (sent == count)
            tick.stop();
    });
    tick.start(rate > 0 ? 1 : 0);
    return app.exec();
}
