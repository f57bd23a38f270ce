// The gateway's language, shared by the window and the portal: which one the setting and
// the system's languages give, and applying it from the catalogs embedded in the server
// library (no window, no GUI library: what a headless gateway has).
#include "settings/language.h"

#include <QCoreApplication>
#include <QTest>

using namespace wag;

class TestLanguage : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { language::apply(QStringLiteral("en")); }

    void supportsTheSixLanguagesEnglishFirst()
    {
        QCOMPARE(language::supported(),
                 QStringList({QStringLiteral("en"), QStringLiteral("ar"), QStringLiteral("de"), QStringLiteral("es"),
                              QStringLiteral("fr"), QStringLiteral("pt_BR")}));
    }

    void resolve_data()
    {
        QTest::addColumn<QString>("setting");
        QTest::addColumn<QStringList>("system");
        QTest::addColumn<QString>("expected");
        const QStringList french{QStringLiteral("fr-FR"), QStringLiteral("en-US")};
        QTest::newRow("setting beats system") << QStringLiteral("de") << french << QStringLiteral("de");
        QTest::newRow("setting en beats system") << QStringLiteral("en") << french << QStringLiteral("en");
        QTest::newRow("empty: system") << QString() << french << QStringLiteral("fr");
        QTest::newRow("first supported system language")
            << QString() << QStringList{QStringLiteral("ja-JP"), QStringLiteral("es-MX")} << QStringLiteral("es");
        QTest::newRow("unknown setting: system") << QStringLiteral("xx") << french << QStringLiteral("fr");
        QTest::newRow("nothing known: English")
            << QStringLiteral("xx") << QStringList{QStringLiteral("ja-JP"), QStringLiteral("zh-Hans-CN")}
            << QStringLiteral("en");
        QTest::newRow("no system languages") << QString() << QStringList() << QStringLiteral("en");
        QTest::newRow("C locale") << QString() << QStringList{QStringLiteral("C")} << QStringLiteral("en");
        QTest::newRow("setting pt_BR") << QStringLiteral("pt_BR") << french << QStringLiteral("pt_BR");
        QTest::newRow("setting pt-BR") << QStringLiteral("pt-BR") << french << QStringLiteral("pt_BR");
        QTest::newRow("setting pt_br") << QStringLiteral("pt_br") << french << QStringLiteral("pt_BR");
        QTest::newRow("system pt-BR") << QString() << QStringList{QStringLiteral("pt-BR")} << QStringLiteral("pt_BR");
        QTest::newRow("system pt_BR") << QString() << QStringList{QStringLiteral("pt_BR")} << QStringLiteral("pt_BR");
        QTest::newRow("system pt-PT") << QString() << QStringList{QStringLiteral("pt-PT")} << QStringLiteral("pt_BR");
        QTest::newRow("system ar-SA") << QString() << QStringList{QStringLiteral("ar-SA")} << QStringLiteral("ar");
        QTest::newRow("system de-Latn-DE") << QString() << QStringList{QStringLiteral("de-Latn-DE")} << QStringLiteral("de");
    }

    void resolve()
    {
        QFETCH(QString, setting);
        QFETCH(QStringList, system);
        QFETCH(QString, expected);
        QCOMPARE(language::resolve(setting, system), expected);
    }

    // Each catalog loads from the server library's resources: a portal text comes out
    // translated, and pages are marked up in the language applied.
    void appliesEveryCatalogWithoutAWindow()
    {
        QCOMPARE(language::current(), QStringLiteral("en"));
        for (const QString &code : language::supported()) {
            QVERIFY2(language::apply(code), qPrintable(code));
            QCOMPARE(language::current(), code);
            const QString signIn = QCoreApplication::translate("wag::portal::SignInController", "Sign in");
            QVERIFY2((signIn == u"Sign in") == (code == u"en"), qPrintable(code + QStringLiteral(": ") + signIn));
        }
        QVERIFY(language::apply(QStringLiteral("de")));
        QCOMPARE(QCoreApplication::translate("wag::portal::SignInController", "Sign in"), QStringLiteral("Anmelden"));
    }

    void unknownLanguageFallsBackToEnglish()
    {
        QVERIFY(language::apply(QStringLiteral("ar")));
        QVERIFY(!language::apply(QStringLiteral("xx")));
        QCOMPARE(language::current(), QStringLiteral("en"));
        QCOMPARE(QCoreApplication::translate("wag::portal::SignInController", "Sign in"), QStringLiteral("Sign in"));
    }

    void htmlTagAndDirection()
    {
        QCOMPARE(language::htmlTag(QStringLiteral("pt_BR")), QStringLiteral("pt-BR"));
        QCOMPARE(language::htmlTag(QStringLiteral("ar")), QStringLiteral("ar"));
        QVERIFY(language::isRightToLeft(QStringLiteral("ar")));
        for (const QString &code : {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("pt_BR")})
            QVERIFY2(!language::isRightToLeft(code), qPrintable(code));
    }

    void nativeNamesAreInTheirOwnLanguage()
    {
        QCOMPARE(language::nativeName(QStringLiteral("ar")), QStringLiteral("العربية"));
        QCOMPARE(language::nativeName(QStringLiteral("de")), QStringLiteral("Deutsch"));
        QCOMPARE(language::nativeName(QStringLiteral("pt_BR")), QStringLiteral("Português (Brasil)"));
    }
};

QTEST_GUILESS_MAIN(TestLanguage)
#include "test_language.moc"
