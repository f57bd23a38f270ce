#include "risk_scorer.h"

#include <algorithm>
#include <cmath>

namespace wag {

namespace {

double unitInterval(double value)
{
    if (std::isnan(value))
        return 0;
    return std::clamp(value, 0.0, 1.0);
}

int points(double value)
{
    if (std::isnan(value) || value <= 0)
        return 0;
    return qRound(std::min(value, 100.0));
}

} // namespace

double PurposeWeights::of(const QString &purpose) const
{
    if (purpose == QLatin1String("authentication"))
        return authentication;
    if (purpose == QLatin1String("transactional"))
        return transactional;
    if (purpose == QLatin1String("operational"))
        return operational;
    if (purpose == QLatin1String("support"))
        return support;
    if (purpose == QLatin1String("internal_team"))
        return internalTeam;
    return other;
}

RiskScorer::RiskScorer(RiskWeights weights) : m_weights(std::move(weights)) {}

RiskAssessment RiskScorer::assess(const RiskSignals &input) const
{
    const RiskWeights &w = m_weights;
    const QString &purpose = input.purpose;

    const int extraRecipients =
        std::max(0, input.sameTextRecipientsLastHour - std::max(0, w.sameTextFreeRecipients));

    struct Part
    {
        const char *rule;
        int points;
    };
    const Part parts[] = {
        {"cold_outreach", points(unitInterval(input.coldRecipientShare) * w.coldShare.of(purpose))},
        {"same_text", points(std::min(w.sameTextMaxPoints,
                                      extraRecipients * w.sameTextPointsPerRecipient)
                             * w.sameTextFactor.of(purpose))},
        {"opt_out_rate", points(std::min(w.optOutMaxPoints,
                                         unitInterval(input.optOutRate) * w.optOutPointsPerRate))},
        {"provider_failures",
         points(std::min(w.failureMaxPoints,
                         unitInterval(input.providerFailureRate) * w.failurePointsPerRate))},
        {"outside_window",
         points(input.outsideConversationWindow ? w.outsideWindow.of(purpose) : 0.0)},
    };

    RiskAssessment result;
    int total = 0;
    int best = 0;
    for (const Part &part : parts) {
        if (part.points <= 0)
            continue;
        total += part.points;
        result.reasons.append(QLatin1String(part.rule) + QLatin1Char(':')
                              + QString::number(part.points));
        if (part.points > best) { // strictly greater: ties go to the earlier rule
            best = part.points;
            result.dominantRule = QLatin1String(part.rule);
        }
    }
    result.score = std::min(100, total);
    if (result.score >= w.blockThreshold)
        result.action = QStringLiteral("block");
    else if (result.score >= w.slowThreshold)
        result.action = QStringLiteral("slow");
    else
        result.action = QStringLiteral("allow");
    return result;
}

} // namespace wag
