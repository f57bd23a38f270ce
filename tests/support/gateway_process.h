#pragma once

#include <QByteArray>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>

namespace wag::test {

struct RunResult
{
    int exitCode = -1;
    bool crashed = false;
    QByteArray out;
    QByteArray err;
};

// The real whatsapp-gateway binary, run as a child process: for CLI, start-up, signal and
// crash tests. The keychain is off unless a test turns it on (it needs the test keyring).
class GatewayProcess
{
public:
    explicit GatewayProcess(QString dataDir);
    ~GatewayProcess();

    QProcessEnvironment &environment() { return m_environment; }

    // Starts `--headless --data-dir DIR --listen 127.0.0.1:0 extra...` and waits until it
    // prints the address it listens on. False (with stderr kept) if it exits or times out.
    bool start(const QStringList &extraArguments = {}, int timeoutMs = 15000);
    quint16 port() const { return m_port; }
    QString baseUrl() const { return m_baseUrl; }
    qint64 pid() const;
    // Sends a signal and waits for the exit; returns the exit status (-1 on crash/timeout).
    int terminate(int signalNumber, int timeoutMs = 10000);
    void kill9();
    QByteArray standardError();
    // Resident memory of the running process, from /proc, in KiB.
    qint64 residentKiB() const;

    // Runs the binary once to completion (admin commands, --help, bad options).
    static RunResult run(const QStringList &arguments, const QByteArray &input = {},
                         const QProcessEnvironment &environment = defaultEnvironment(),
                         int timeoutMs = 30000);
    static QProcessEnvironment defaultEnvironment();

private:
    QString m_dataDir;
    QProcessEnvironment m_environment;
    QProcess m_process;
    QByteArray m_stdout;
    QByteArray m_stderr;
    quint16 m_port = 0;
    QString m_baseUrl;
};

} // namespace wag::test
