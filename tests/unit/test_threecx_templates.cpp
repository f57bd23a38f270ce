// Rendering of 3CX call-event templates (SPEC §7's variables). Unknown placeholders are
// left as written, so a typo shows instead of vanishing from the customer's message.
#include "integrations/threecx/threecx_events.h"

#include <QTest>

using namespace wag::threecx;

class TestThreecxTemplates : public QObject
{
    Q_OBJECT

    const QHash<QString, QString> m_vars{{QStringLiteral("customer_phone"), QStringLiteral("+14155550100")},
                                         {QStringLiteral("agent_extension"), QStringLiteral("201")},
                                         {QStringLiteral("queue"), QStringLiteral("Support")},
                                         {QStringLiteral("call_time"), QStringLiteral("09:12")},
                                         {QStringLiteral("business_name"), QStringLiteral("Acme")}};

private slots:
    void everyVariable()
    {
        QCOMPARE(renderTemplate(QStringLiteral("{{business_name}}: {{customer_phone}} called {{queue}} "
                                               "(ext {{agent_extension}}) at {{call_time}}."),
                                m_vars),
                 QStringLiteral("Acme: +14155550100 called Support (ext 201) at 09:12."));
    }

    void unknownPlaceholdersStay()
    {
        QCOMPARE(renderTemplate(QStringLiteral("Hi {{first_name}}, {{business_name}} here"), m_vars),
                 QStringLiteral("Hi {{first_name}}, Acme here"));
        QCOMPARE(renderTemplate(QStringLiteral("{{ business_name }} {{business_name"), m_vars),
                 QStringLiteral("Acme {{business_name"));
        QCOMPARE(renderTemplate(QStringLiteral("{business_name} {{{business_name}}}"), m_vars),
                 QStringLiteral("{business_name} {Acme}"));
    }

    void valuesAreNotExpandedAgain()
    {
        QHash<QString, QString> vars = m_vars;
        vars.insert(QStringLiteral("queue"), QStringLiteral("{{business_name}}"));
        QCOMPARE(renderTemplate(QStringLiteral("{{queue}} / {{queue}}"), vars),
                 QStringLiteral("{{business_name}} / {{business_name}}"));
    }

    void emptyValuesAndNoPlaceholders()
    {
        QHash<QString, QString> vars = m_vars;
        vars.insert(QStringLiteral("queue"), QString());
        QCOMPARE(renderTemplate(QStringLiteral("[{{queue}}]"), vars), QStringLiteral("[]"));
        QCOMPARE(renderTemplate(QStringLiteral("plain text"), vars), QStringLiteral("plain text"));
        QCOMPARE(renderTemplate(QString(), vars), QString());
    }

    void defaultsUseOnlyKnownVariables()
    {
        for (const QString &event : templateEvents()) {
            const QString rendered = renderTemplate(defaultTemplate(event), m_vars);
            QVERIFY2(!rendered.isEmpty(), qPrintable(event));
            QVERIFY2(!rendered.contains(QStringLiteral("{{")), qPrintable(rendered));
        }
    }
};

QTEST_GUILESS_MAIN(TestThreecxTemplates)
#include "test_threecx_templates.moc"
