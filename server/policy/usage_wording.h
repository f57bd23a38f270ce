#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <functional>

namespace wag {

struct UsageReport;

// A UsageReport in words, the same in the window and in the portal: the counts against the
// caps, the limits, the warm-up, when the counts start again, and the notice once a limit
// is reached. How a number or an instant is written is each front-end's own (the window
// follows the desktop's locale, the portal writes plain digits and ISO dates).
class UsageWording
{
    Q_DECLARE_TR_FUNCTIONS(wag::UsageWording)
public:
    using Number = std::function<QString(qint64)>;
    using When = std::function<QString(const QDateTime &utc)>;

    struct Lines
    {
        QString today;
        QString month;
        QString limits;
        QString warmUp;
        QString dayReset;
        QString monthReset;
        QString notice; // empty while no limit is reached
    };

    static Lines describe(const UsageReport &report, const Number &number, const When &when);
    // "500 a day, 10,000 a month", a default marked as such: also shown without a report.
    static QString limits(qint64 daily, bool ownDaily, qint64 monthly, bool ownMonthly, const Number &number);
};

} // namespace wag
