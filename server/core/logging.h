#pragma once

#include <QLoggingCategory>
#include <QString>

namespace wag {

Q_DECLARE_LOGGING_CATEGORY(lcApp)
Q_DECLARE_LOGGING_CATEGORY(lcHttp)
Q_DECLARE_LOGGING_CATEGORY(lcStorage)
Q_DECLARE_LOGGING_CATEGORY(lcSecrets)

// Levels accepted by --log-level, lowest first.
enum class LogLevel { Debug, Info, Warning, Error };

bool parseLogLevel(const QString &text, LogLevel *level);

// Installs a one-line-per-message handler on stderr with a timestamp and category, and
// enables categories down to `level`.
void setupLogging(LogLevel level);

} // namespace wag
