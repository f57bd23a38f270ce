#include "gateway_process.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QRegularExpression>
#include <QUrl>

#include <csignal>

namespace wag::test {

QProcessEnvironment GatewayProcess::defaultEnvironment()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("WAG_KEYCHAIN"), QStringLiteral("off"));
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
    environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
    return environment;
}

GatewayProcess::GatewayProcess(QString dataDir)
    : m_dataDir(std::move(dataDir)), m_environment(defaultEnvironment())
{
}

GatewayProcess::~GatewayProcess()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

bool GatewayProcess::start(const QStringList &extraArguments, int timeoutMs)
{
    m_process.setProcessEnvironment(m_environment);
    QStringList arguments{QStringLiteral("--headless"), QStringLiteral("--data-dir"), m_dataDir};
    if (!extraArguments.contains(QStringLiteral("--listen")))
        arguments << QStringLiteral("--listen") << QStringLiteral("127.0.0.1:0");
    arguments << extraArguments;
    m_stdout.clear();
    m_stderr.clear();
    m_process.start(QStringLiteral(WAG_GATEWAY_BINARY), arguments);
    if (!m_process.waitForStarted(5000))
        return false;
    static const QRegularExpression running(QStringLiteral("is running at (\\S+)"));
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        m_process.waitForReadyRead(50);
        m_stdout += m_process.readAllStandardOutput();
        m_stderr += m_process.readAllStandardError();
        const auto match = running.match(QString::fromUtf8(m_stdout));
        if (match.hasMatch()) {
            m_baseUrl = match.captured(1);
            m_port = quint16(QUrl(m_baseUrl).port());
            return true;
        }
        if (m_process.state() == QProcess::NotRunning)
            return false;
    }
    return false;
}

qint64 GatewayProcess::pid() const
{
    return m_process.processId();
}

int GatewayProcess::terminate(int signalNumber, int timeoutMs)
{
    ::kill(pid_t(m_process.processId()), signalNumber);
    if (!m_process.waitForFinished(timeoutMs))
        return -1;
    m_stderr += m_process.readAllStandardError();
    if (m_process.exitStatus() != QProcess::NormalExit)
        return -1;
    return m_process.exitCode();
}

void GatewayProcess::kill9()
{
    ::kill(pid_t(m_process.processId()), SIGKILL);
    m_process.waitForFinished(5000);
}

QByteArray GatewayProcess::standardError()
{
    m_stderr += m_process.readAllStandardError();
    return m_stderr;
}

qint64 GatewayProcess::residentKiB() const
{
    QFile status(QStringLiteral("/proc/%1/status").arg(m_process.processId()));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

RunResult GatewayProcess::run(const QStringList &arguments, const QByteArray &input,
                              const QProcessEnvironment &environment, int timeoutMs)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(WAG_GATEWAY_BINARY), arguments);
    RunResult result;
    if (!process.waitForStarted(5000))
        return result;
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.crashed = process.exitStatus() != QProcess::NormalExit;
    result.exitCode = process.exitCode();
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

} // namespace wag::test
