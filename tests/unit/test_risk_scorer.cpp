#include "policy/risk_scorer.h"

#include <QTest>

#include <limits>

using namespace wag;

namespace {

RiskSignals signalsFor(const QString &purpose)
{
    RiskSignals input;
    input.purpose = purpose;
    return input;
}

// Weights where only the provider failure rate scores, one point per percent, so a test
// can hit any score exactly.
RiskWeights failureOnly()
{
    RiskWeights w;
    w.failurePointsPerRate = 100;
    w.failureMaxPoints = 100;
    return w;
}

} // namespace

class TestRiskScorer : public QObject
{
    Q_OBJECT

private slots:
    void quietSendIsAllowed();
    void twoHundredOtpRecipientsStayLow();
    void burstOfInvoiceNoticesStaysLow();
    void identicalColdSupportTextsAreBlocked();
    void coldOutreachWeighsByPurpose_data();
    void coldOutreachWeighsByPurpose();
    void identicalTextRamp();
    void thresholdEdges_data();
    void thresholdEdges();
    void customThresholds();
    void optOutSpikeAlonePushesTowardSlow();
    void providerFailuresAreCapped();
    void outsideWindowByPurpose();
    void reasonsAndDominantRule();
    void scoreIsCappedAt100();
    void outOfRangeInputsAreClamped();
    void unknownPurposeGetsStrictestWeights();
};

void TestRiskScorer::quietSendIsAllowed()
{
    const RiskAssessment result = RiskScorer().assess(signalsFor(QStringLiteral("support")));
    QCOMPARE(result.score, 0);
    QCOMPARE(result.action, QStringLiteral("allow"));
    QVERIFY(result.reasons.isEmpty());
    QVERIFY(result.dominantRule.isEmpty());
}

void TestRiskScorer::twoHundredOtpRecipientsStayLow()
{
    // 200 distinct people a day get a code, none of them ever wrote in, every text differs.
    const RiskScorer scorer;
    for (int n = 1; n <= 200; ++n) {
        RiskSignals input = signalsFor(QStringLiteral("authentication"));
        input.coldRecipientShare = 1.0;
        input.sameTextRecipientsLastHour = 1;
        input.outsideConversationWindow = true;
        const RiskAssessment result = scorer.assess(input);
        QVERIFY2(result.score < 50, qPrintable(QString::number(result.score)));
        QCOMPARE(result.action, QStringLiteral("allow"));
    }
}

void TestRiskScorer::burstOfInvoiceNoticesStaysLow()
{
    const RiskScorer scorer;
    for (int n = 1; n <= 30; ++n) {
        RiskSignals input = signalsFor(QStringLiteral("transactional"));
        input.coldRecipientShare = 1.0;
        input.sameTextRecipientsLastHour = n;
        input.outsideConversationWindow = true;
        const RiskAssessment result = scorer.assess(input);
        QVERIFY2(result.score < 50, qPrintable(QString::number(result.score)));
        QCOMPARE(result.action, QStringLiteral("allow"));
    }
    RiskSignals thirtieth = signalsFor(QStringLiteral("transactional"));
    thirtieth.coldRecipientShare = 1.0;
    thirtieth.sameTextRecipientsLastHour = 30;
    thirtieth.outsideConversationWindow = true;
    QCOMPARE(scorer.assess(thirtieth).score, 25); // min(50, 27 x 2.5) x 0.5
}

void TestRiskScorer::identicalColdSupportTextsAreBlocked()
{
    RiskSignals input = signalsFor(QStringLiteral("support"));
    input.coldRecipientShare = 1.0;
    input.sameTextRecipientsLastHour = 30;
    input.outsideConversationWindow = true;
    const RiskAssessment result = RiskScorer().assess(input);
    QVERIFY(result.score >= 80);
    QCOMPARE(result.score, 100); // 45 + 50 + 15, capped
    QCOMPARE(result.action, QStringLiteral("block"));
    QCOMPARE(result.dominantRule, QStringLiteral("same_text"));
}

void TestRiskScorer::coldOutreachWeighsByPurpose_data()
{
    QTest::addColumn<QString>("purpose");
    QTest::addColumn<int>("points");
    QTest::newRow("authentication") << QStringLiteral("authentication") << 0;
    QTest::newRow("transactional") << QStringLiteral("transactional") << 0;
    QTest::newRow("operational") << QStringLiteral("operational") << 25;
    QTest::newRow("internal_team") << QStringLiteral("internal_team") << 30;
    QTest::newRow("support") << QStringLiteral("support") << 45;
}

void TestRiskScorer::coldOutreachWeighsByPurpose()
{
    QFETCH(QString, purpose);
    QFETCH(int, points);
    RiskSignals input = signalsFor(purpose);
    input.coldRecipientShare = 1.0;
    const RiskAssessment all = RiskScorer().assess(input);
    QCOMPARE(all.score, points);
    input.coldRecipientShare = 0.5;
    QCOMPARE(RiskScorer().assess(input).score, qRound(points * 0.5));
    // Cold outreach alone never blocks, whatever the purpose.
    QVERIFY(all.score < 80);
}

void TestRiskScorer::identicalTextRamp()
{
    const RiskScorer scorer;
    RiskSignals input = signalsFor(QStringLiteral("operational"));
    const auto score = [&](int recipients) {
        input.sameTextRecipientsLastHour = recipients;
        return scorer.assess(input).score;
    };
    QCOMPARE(score(0), 0);
    QCOMPARE(score(3), 0);  // the first three are free
    QCOMPARE(score(4), 3);  // 2.5 rounds to 3
    QCOMPARE(score(5), 5);
    QCOMPARE(score(23), 50);
    QCOMPARE(score(500), 50); // capped
    input.purpose = QStringLiteral("authentication");
    QCOMPARE(score(23), 10); // x 0.2
    input.purpose = QStringLiteral("transactional");
    QCOMPARE(score(23), 25); // x 0.5
}

void TestRiskScorer::thresholdEdges_data()
{
    QTest::addColumn<double>("rate");
    QTest::addColumn<int>("score");
    QTest::addColumn<QString>("action");
    QTest::newRow("49") << 0.49 << 49 << QStringLiteral("allow");
    QTest::newRow("50") << 0.50 << 50 << QStringLiteral("slow");
    QTest::newRow("79") << 0.79 << 79 << QStringLiteral("slow");
    QTest::newRow("80") << 0.80 << 80 << QStringLiteral("block");
    QTest::newRow("100") << 1.0 << 100 << QStringLiteral("block");
}

void TestRiskScorer::thresholdEdges()
{
    QFETCH(double, rate);
    QFETCH(int, score);
    QFETCH(QString, action);
    RiskSignals input = signalsFor(QStringLiteral("support"));
    input.providerFailureRate = rate;
    const RiskAssessment result = RiskScorer(failureOnly()).assess(input);
    QCOMPARE(result.score, score);
    QCOMPARE(result.action, action);
}

void TestRiskScorer::customThresholds()
{
    RiskWeights w = failureOnly();
    w.slowThreshold = 30;
    w.blockThreshold = 60;
    const RiskScorer scorer(w);
    RiskSignals input = signalsFor(QStringLiteral("support"));
    input.providerFailureRate = 0.29;
    QCOMPARE(scorer.assess(input).action, QStringLiteral("allow"));
    input.providerFailureRate = 0.30;
    QCOMPARE(scorer.assess(input).action, QStringLiteral("slow"));
    input.providerFailureRate = 0.59;
    QCOMPARE(scorer.assess(input).action, QStringLiteral("slow"));
    input.providerFailureRate = 0.60;
    QCOMPARE(scorer.assess(input).action, QStringLiteral("block"));
}

void TestRiskScorer::optOutSpikeAlonePushesTowardSlow()
{
    const RiskScorer scorer;
    RiskSignals input = signalsFor(QStringLiteral("transactional"));
    input.optOutRate = 0.05; // the spike threshold
    RiskAssessment result = scorer.assess(input);
    QCOMPARE(result.score, 20);
    QCOMPARE(result.dominantRule, QStringLiteral("opt_out_rate"));
    input.optOutRate = 0.12;
    QCOMPARE(scorer.assess(input).score, 48);
    QCOMPARE(scorer.assess(input).action, QStringLiteral("allow"));
    input.optOutRate = 0.125;
    result = scorer.assess(input);
    QCOMPARE(result.score, 50);
    QCOMPARE(result.action, QStringLiteral("slow"));
    // Capped: opt-outs alone slow, never block.
    input.optOutRate = 1.0;
    result = scorer.assess(input);
    QCOMPARE(result.score, 60);
    QCOMPARE(result.action, QStringLiteral("slow"));
    // On top of a cold support flow the same spike blocks.
    input = signalsFor(QStringLiteral("support"));
    input.coldRecipientShare = 1.0;
    input.outsideConversationWindow = true;
    QCOMPARE(scorer.assess(input).action, QStringLiteral("slow")); // 45 + 15
    input.optOutRate = 0.05;
    QCOMPARE(scorer.assess(input).score, 80);
    QCOMPARE(scorer.assess(input).action, QStringLiteral("block"));
}

void TestRiskScorer::providerFailuresAreCapped()
{
    const RiskScorer scorer;
    RiskSignals input = signalsFor(QStringLiteral("operational"));
    input.providerFailureRate = 0.1;
    QCOMPARE(scorer.assess(input).score, 10);
    input.providerFailureRate = 0.3;
    QCOMPARE(scorer.assess(input).score, 30);
    input.providerFailureRate = 0.9;
    QCOMPARE(scorer.assess(input).score, 30);
    QCOMPARE(scorer.assess(input).reasons, QStringList{QStringLiteral("provider_failures:30")});
}

void TestRiskScorer::outsideWindowByPurpose()
{
    const RiskScorer scorer;
    const auto score = [&](const char *purpose, bool outside) {
        RiskSignals input = signalsFor(QLatin1String(purpose));
        input.outsideConversationWindow = outside;
        return scorer.assess(input).score;
    };
    QCOMPARE(score("support", true), 15);
    QCOMPARE(score("internal_team", true), 10);
    QCOMPARE(score("operational", true), 5);
    QCOMPARE(score("transactional", true), 0);
    QCOMPARE(score("authentication", true), 0);
    QCOMPARE(score("support", false), 0);
}

void TestRiskScorer::reasonsAndDominantRule()
{
    RiskSignals input = signalsFor(QStringLiteral("operational"));
    input.coldRecipientShare = 0.8;      // 20
    input.sameTextRecipientsLastHour = 7; // 10
    input.optOutRate = 0.01;             // 4
    input.providerFailureRate = 0.02;    // 2
    input.outsideConversationWindow = true; // 5
    const RiskAssessment result = RiskScorer().assess(input);
    const QStringList expected{QStringLiteral("cold_outreach:20"), QStringLiteral("same_text:10"),
                               QStringLiteral("opt_out_rate:4"),
                               QStringLiteral("provider_failures:2"),
                               QStringLiteral("outside_window:5")};
    QCOMPARE(result.reasons, expected);
    QCOMPARE(result.score, 41);
    QCOMPARE(result.dominantRule, QStringLiteral("cold_outreach"));
    QCOMPARE(result.action, QStringLiteral("allow"));

    // A tie goes to the rule listed first.
    RiskSignals tie = signalsFor(QStringLiteral("operational"));
    tie.providerFailureRate = 0.05; // 5
    tie.outsideConversationWindow = true; // 5
    QCOMPARE(RiskScorer().assess(tie).dominantRule, QStringLiteral("provider_failures"));
}

void TestRiskScorer::scoreIsCappedAt100()
{
    RiskSignals input = signalsFor(QStringLiteral("support"));
    input.coldRecipientShare = 1;
    input.sameTextRecipientsLastHour = 1000;
    input.optOutRate = 1;
    input.providerFailureRate = 1;
    input.outsideConversationWindow = true;
    const RiskAssessment result = RiskScorer().assess(input);
    QCOMPARE(result.score, 100);
    QCOMPARE(result.reasons.size(), 5);
}

void TestRiskScorer::outOfRangeInputsAreClamped()
{
    RiskSignals input = signalsFor(QStringLiteral("support"));
    input.coldRecipientShare = 7.5; // read as 1
    QCOMPARE(RiskScorer().assess(input).score, 45);
    input.coldRecipientShare = -1;
    input.sameTextRecipientsLastHour = -40;
    input.optOutRate = std::numeric_limits<double>::quiet_NaN();
    input.providerFailureRate = -0.5;
    const RiskAssessment result = RiskScorer().assess(input);
    QCOMPARE(result.score, 0);
    QVERIFY(result.reasons.isEmpty());
    input.sameTextRecipientsLastHour = std::numeric_limits<int>::max();
    QCOMPARE(RiskScorer().assess(input).score, 50);
}

void TestRiskScorer::unknownPurposeGetsStrictestWeights()
{
    RiskSignals input = signalsFor(QStringLiteral("newsletter"));
    input.coldRecipientShare = 1;
    input.outsideConversationWindow = true;
    QCOMPARE(RiskScorer().assess(input).score, 60); // like support
    input.purpose = QStringLiteral("Authentication"); // names are exact
    QCOMPARE(RiskScorer().assess(input).score, 60);
}

QTEST_GUILESS_MAIN(TestRiskScorer)
#include "test_risk_scorer.moc"
