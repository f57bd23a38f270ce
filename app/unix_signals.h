#pragma once

#include <QObject>

class QSocketNotifier;

namespace wag {

// Turns SIGTERM and SIGINT into a Qt signal delivered on the event loop (the self-pipe
// trick): a signal handler may only write a byte, and the loop does the actual shutdown.
class UnixSignals final : public QObject
{
    Q_OBJECT
public:
    explicit UnixSignals(QObject *parent = nullptr);
    ~UnixSignals() override;

signals:
    void terminationRequested(int signalNumber);

private:
    void onReadable();
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace wag
