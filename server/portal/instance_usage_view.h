#pragma once

#include "html.h"

#include <QCoreApplication>

namespace wag {
struct InstanceRecord;
struct UsageReport;
}

namespace wag::portal {

// The Settings tab's figures: sent today and this month against the caps, the limits (the
// instance's own or the gateway's default), warm-up, and when the counts start again. All of
// it from UsageReport, the report the guard takes its limit decisions from, so the page says
// what the guard enforces; the words are the desktop window's usage pane's.
class InstanceUsageView
{
    Q_DECLARE_TR_FUNCTIONS(wag::portal::InstanceUsageView)
public:
    static Html usage(const UsageReport &report);

    struct TypedLimits
    {
        QString daily;   // empty: the gateway default
        QString monthly;
        QString preset;  // empty: none chosen
    };
    // Admins only (SPEC §5.1 "admin-editable"): the form that calls InstanceService::setLimits.
    static Html limitsForm(const QString &action, const QByteArray &csrfToken, const TypedLimits &typed,
                           const QString &problem);
    static TypedLimits currentLimits(const InstanceRecord &instance);
};

} // namespace wag::portal
