#include "webhooks/retry_schedule.h"

#include <QRandomGenerator>
#include <QRegularExpression>
#include <QStringList>

#include <algorithm>
#include <array>
#include <cmath>

namespace wag {

namespace {

constexpr qint64 kSecond = 1000;
constexpr qint64 kMinute = 60 * kSecond;
constexpr qint64 kHour = 60 * kMinute;

// The delay after the n-th failure is kDelaysMs[n - 1]; there are kMaxAttempts - 1 of them.
constexpr std::array<qint64, RetrySchedule::kMaxAttempts - 1> kDelaysMs = {
    5 * kSecond, 5 * kMinute, 30 * kMinute, 2 * kHour, 5 * kHour, 10 * kHour, 10 * kHour,
};

int monthNumber(const QString &name)
{
    static const QStringList months = {
        QStringLiteral("Jan"), QStringLiteral("Feb"), QStringLiteral("Mar"), QStringLiteral("Apr"),
        QStringLiteral("May"), QStringLiteral("Jun"), QStringLiteral("Jul"), QStringLiteral("Aug"),
        QStringLiteral("Sep"), QStringLiteral("Oct"), QStringLiteral("Nov"), QStringLiteral("Dec")};
    return int(months.indexOf(name)) + 1; // 0: not a month
}

// RFC 9110 §5.6.7: senders use IMF-fixdate; recipients also accept the obsolete RFC 850 and
// asctime forms. All three are GMT. Parsed by hand: the day name is redundant (and Qt's
// parser rejects a date whose day name it considers wrong, e.g. for two-digit years).
QDateTime parseHttpDate(const QString &text)
{
    static const QRegularExpression imfFixdate(QStringLiteral(
        "^[A-Z][a-z]{2}, (\\d{2}) ([A-Z][a-z]{2}) (\\d{4}) (\\d{2}):(\\d{2}):(\\d{2}) GMT$"));
    static const QRegularExpression rfc850(QStringLiteral(
        "^[A-Z][a-z]+, (\\d{2})-([A-Z][a-z]{2})-(\\d{2}) (\\d{2}):(\\d{2}):(\\d{2}) GMT$"));
    static const QRegularExpression asctime(QStringLiteral(
        "^[A-Z][a-z]{2} ([A-Z][a-z]{2}) +(\\d{1,2}) (\\d{2}):(\\d{2}):(\\d{2}) (\\d{4})$"));
    int year = 0;
    int month = 0;
    int day = 0;
    int timeAt = 0; // first capture of hh:mm:ss
    QRegularExpressionMatch m;
    if ((m = imfFixdate.match(text)).hasMatch()) {
        day = m.captured(1).toInt();
        month = monthNumber(m.captured(2));
        year = m.captured(3).toInt();
        timeAt = 4;
    } else if ((m = rfc850.match(text)).hasMatch()) {
        day = m.captured(1).toInt();
        month = monthNumber(m.captured(2));
        // Two-digit years: RFC 9110 says a year that looks more than 50 years ahead is in
        // the past century; for anything a receiver sends today that means 20xx.
        year = 2000 + m.captured(3).toInt();
        timeAt = 4;
    } else if ((m = asctime.match(text)).hasMatch()) {
        month = monthNumber(m.captured(1));
        day = m.captured(2).toInt();
        year = m.captured(6).toInt();
        timeAt = 3;
    } else {
        return {};
    }
    const QDate date(year, month, day);
    const QTime time(m.captured(timeAt).toInt(), m.captured(timeAt + 1).toInt(), m.captured(timeAt + 2).toInt());
    if (month == 0 || !date.isValid() || !time.isValid())
        return {};
    return QDateTime(date, time, Qt::UTC);
}

} // namespace

RetrySchedule::RetrySchedule()
    : m_random([] { return QRandomGenerator::global()->generateDouble(); })
{
}

RetrySchedule::RetrySchedule(RandomSource random) : m_random(std::move(random)) {}

std::optional<qint64> RetrySchedule::nominalDelayMs(int attempts)
{
    if (attempts < 1 || attempts >= kMaxAttempts)
        return std::nullopt;
    return kDelaysMs[size_t(attempts - 1)];
}

std::optional<QDateTime> RetrySchedule::nextAttemptAt(int attempts, const QDateTime &failedAt,
                                                      std::optional<qint64> retryAfterMs) const
{
    const std::optional<qint64> nominal = nominalDelayMs(attempts);
    if (!nominal)
        return std::nullopt;
    // Clamped, so a random source that strays outside [0, 1) cannot leave the band.
    const double draw = std::clamp(m_random ? m_random() : 0.5, 0.0, 1.0);
    const double factor = 1.0 + kJitterFraction * (2.0 * draw - 1.0);
    qint64 delay = qint64(std::llround(double(*nominal) * factor));
    if (retryAfterMs)
        delay = qMax(delay, qBound(qint64(0), *retryAfterMs, kMaxRetryAfterMs));
    return failedAt.addMSecs(delay);
}

std::optional<qint64> RetrySchedule::parseRetryAfter(const QByteArray &value, const QDateTime &now)
{
    const QString text = QString::fromLatin1(value).trimmed();
    if (text.isEmpty())
        return std::nullopt;
    static const QRegularExpression digits(QStringLiteral("^[0-9]+$"));
    if (digits.match(text).hasMatch()) {
        // More digits than fit in a qint64 of milliseconds is just "very long": the cap.
        if (text.size() > 12)
            return kMaxRetryAfterMs;
        return qMin(text.toLongLong() * kSecond, kMaxRetryAfterMs);
    }
    const QDateTime at = parseHttpDate(text);
    if (!at.isValid())
        return std::nullopt;
    return qBound(qint64(0), now.msecsTo(at), kMaxRetryAfterMs);
}

} // namespace wag
