#pragma once

#include <QString>
#include <QStringList>

namespace wag {

// What the messaging service knows about a send when it asks for a risk score. The
// counts and rates come from storage and the monitors; the scorer only weighs them.
struct RiskSignals
{
    QString purpose;
    // Share of today's distinct recipients of this instance (including this one) who
    // never wrote in. 0..1.
    double coldRecipientShare = 0;
    // Distinct recipients of this exact text in the last hour, including this one.
    int sameTextRecipientsLastHour = 0;
    // Opt-outs among the instance's last 100 sends. 0..1.
    double optOutRate = 0;
    // Provider failures among the instance's last 100 sends. 0..1.
    double providerFailureRate = 0;
    // The recipient has not written in the last 24 h.
    bool outsideConversationWindow = false;
};

// A number per allowed purpose. Purposes the guard refuses never reach the scorer; if
// one does (or a new purpose is added), `other` applies, the strictest by default.
struct PurposeWeights
{
    double authentication = 0;
    double transactional = 0;
    double operational = 0;
    double support = 0;
    double internalTeam = 0;
    double other = 0;

    double of(const QString &purpose) const;
};

// Every tunable of the score. Points per signal are rounded to whole points; the score is
// their sum, capped at 100.
struct RiskWeights
{
    // Cold outreach: share x weight. Authentication and transactional messages go to
    // people who never wrote in by nature (OTPs, invoices), so they weigh nothing.
    PurposeWeights coldShare{0, 0, 25, 45, 30, 45};

    // The same text to many recipients: the first `sameTextFreeRecipients` are free, each
    // further one adds `sameTextPointsPerRecipient`, up to `sameTextMaxPoints`, times the
    // purpose's factor (a notice template sent to many customers is normal for
    // transactional sends, and OTP texts differ anyway).
    int sameTextFreeRecipients = 3;
    double sameTextPointsPerRecipient = 2.5;
    double sameTextMaxPoints = 50;
    PurposeWeights sameTextFactor{0.2, 0.5, 1.0, 1.0, 1.0, 1.0};

    // Recent opt-outs: rate x points, capped. 5 % (the spike that pauses the instance)
    // gives 20; 12.5 % alone reaches "slow"; the cap keeps it from blocking on its own.
    double optOutPointsPerRate = 400;
    double optOutMaxPoints = 60;

    // Provider failures (numbers not on WhatsApp, bans): rate x points, capped.
    double failurePointsPerRate = 100;
    double failureMaxPoints = 30;

    // Recipient has not written in the last 24 h.
    PurposeWeights outsideWindow{0, 0, 5, 15, 10, 15};

    int slowThreshold = 50;  // score >= this slows pacing
    int blockThreshold = 80; // score >= this blocks the send
};

struct RiskAssessment
{
    int score = 0;                      // 0–100
    QString action = QStringLiteral("allow"); // "allow" | "slow" | "block"
    QStringList reasons;                // "<rule>:<points>" for every signal that scored
    QString dominantRule;               // the rule with the most points; empty at 0
};

// Scores one send (SPEC §5.1). Rules, in the order they are listed and tie-broken:
// "cold_outreach", "same_text", "opt_out_rate", "provider_failures", "outside_window".
// Inputs out of range (negative, above 1, NaN) are clamped.
class RiskScorer
{
public:
    explicit RiskScorer(RiskWeights weights = {});

    RiskAssessment assess(const RiskSignals &input) const;

    const RiskWeights &weights() const { return m_weights; }

private:
    RiskWeights m_weights;
};

} // namespace wag
