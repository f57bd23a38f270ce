#include "logging.h"

#include <QDateTime>
#include <cstdio>

namespace wag {

Q_LOGGING_CATEGORY(lcApp, "wag.app")
Q_LOGGING_CATEGORY(lcHttp, "wag.http")
Q_LOGGING_CATEGORY(lcStorage, "wag.storage")
Q_LOGGING_CATEGORY(lcSecrets, "wag.secrets")

bool parseLogLevel(const QString &text, LogLevel *level)
{
    const QString t = text.trimmed().toLower();
    if (t == u"debug")
        *level = LogLevel::Debug;
    else if (t == u"info")
        *level = LogLevel::Info;
    else if (t == u"warning" || t == u"warn")
        *level = LogLevel::Warning;
    else if (t == u"error")
        *level = LogLevel::Error;
    else
        return false;
    return true;
}

static void writeLine(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const char *tag = "info";
    switch (type) {
    case QtDebugMsg: tag = "debug"; break;
    case QtInfoMsg: tag = "info"; break;
    case QtWarningMsg: tag = "warning"; break;
    case QtCriticalMsg: tag = "error"; break;
    case QtFatalMsg: tag = "fatal"; break;
    }
    const QByteArray line =
        QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toUtf8() + ' ' + tag + ' '
        + (context.category ? context.category : "default") + ": " + message.toUtf8() + '\n';
    std::fwrite(line.constData(), 1, size_t(line.size()), stderr);
    std::fflush(stderr);
}

void setupLogging(LogLevel level)
{
    QString rules = QStringLiteral("*.debug=false\nqt.*.info=false\n");
    if (level <= LogLevel::Debug)
        rules += QStringLiteral("wag.*.debug=true\n");
    if (level > LogLevel::Info)
        rules += QStringLiteral("*.info=false\n");
    if (level > LogLevel::Warning)
        rules += QStringLiteral("*.warning=false\n");
    QLoggingCategory::setFilterRules(rules);
    qInstallMessageHandler(writeLine);
}

} // namespace wag
