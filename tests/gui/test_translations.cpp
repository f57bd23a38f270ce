// Translations: every catalog is complete and matches the texts in the sources today (a new
// tr() string in the window or the portal without its translations fails here), each one
// loads from the resources embedded in the server library, and switching the window to Arabic mirrors it and shows
// Arabic texts, back to English restores it. With WAG_SCREENSHOT_DIR set, it also takes
// the README's Arabic screenshot.
#include "gui/main_window.h"
#include "gui/settings_page.h"
#include "gui_test_support.h"
#include "instances/instance_service.h"
#include "gui/instances_page.h"
#include "providers/simulator/simulator_provider.h"
#include "settings/language.h"
#include "settings/settings_registry.h"
#include "storage/settings_store.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QListWidget>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace wag;

namespace {

struct Message
{
    QString context;
    QString source;
    bool numerus = false;
    QStringList translations; // one per plural form when numerus
    QString type;             // "unfinished", "obsolete", "vanished" or empty
};

// The messages of a .ts file, or an error.
QString readTs(const QString &path, QList<Message> *messages)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("cannot read ") + path;
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"name") {
            context = xml.readElementText();
        } else if (xml.name() == u"message") {
            current = Message{context, {}, xml.attributes().value(QLatin1String("numerus")) == u"yes", {}, {}};
        } else if (xml.name() == u"source") {
            current.source = xml.readElementText();
        } else if (xml.name() == u"translation") {
            current.type = xml.attributes().value(QLatin1String("type")).toString();
            if (!current.numerus) {
                current.translations << xml.readElementText();
                *messages << current;
            }
        } else if (xml.name() == u"numerusform") {
            current.translations << xml.readElementText();
            // The forms follow each other; the message is complete at </translation>, but
            // replacing the last entry keeps the reader simple.
            if (current.translations.size() == 1)
                *messages << current;
            else
                messages->last() = current;
        }
    }
    return xml.hasError() ? path + QStringLiteral(": ") + xml.errorString() : QString();
}

QSet<QString> keys(const QList<Message> &messages)
{
    QSet<QString> out;
    for (const Message &m : messages)
        if (m.type != u"obsolete" && m.type != u"vanished")
            out.insert(m.context + QStringLiteral(" | ") + m.source);
    return out;
}

QString tsPath(const QString &code)
{
    return QStringLiteral(WAG_SOURCE_DIR "/translations/whatsapp-gateway_%1.ts").arg(code);
}

const QStringList &translated()
{
    static const QStringList codes = [] {
        QStringList c = language::supported();
        c.removeAll(QStringLiteral("en"));
        return c;
    }();
    return codes;
}

QListWidget *sidebar(MainWindow &window)
{
    return window.findChild<QListWidget *>(QStringLiteral("sidebar"));
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT
private slots:
    void cleanup() { language::apply(QStringLiteral("en")); }

    void everyCatalogIsCompleteAndCurrent()
    {
        // What lupdate finds in the sources now, in a throw-away catalog.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString fresh = dir.filePath(QStringLiteral("fresh.ts"));
        QStringList arguments{QStringLiteral("-silent"), QStringLiteral("-locations"), QStringLiteral("none")};
        for (const QString &folder : QStringLiteral(WAG_TRANSLATED_FOLDERS).split(QLatin1Char(',')))
            arguments << QStringLiteral(WAG_SOURCE_DIR "/") + folder;
        QVERIFY(arguments.contains(QStringLiteral(WAG_SOURCE_DIR "/server/portal")));
        QProcess lupdate;
        lupdate.start(QStringLiteral(WAG_LUPDATE), arguments << QStringLiteral("-ts") << fresh);
        QVERIFY(lupdate.waitForFinished(60'000));
        QCOMPARE(lupdate.exitCode(), 0);
        QList<Message> current;
        QString error = readTs(fresh, &current);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(current.size() > 200);
        const QSet<QString> expected = keys(current);

        for (const QString &code : translated()) {
            QList<Message> messages;
            error = readTs(tsPath(code), &messages);
            QVERIFY2(error.isEmpty(), qPrintable(error));
            const QSet<QString> have = keys(messages);
            for (const QString &missing : expected - have)
                qWarning().noquote() << code << "lacks" << missing;
            for (const QString &stale : have - expected)
                qWarning().noquote() << code << "still has" << stale;
            QVERIFY2(have == expected,
                     qPrintable(code + QStringLiteral(": run the update_translations target and translate the new texts")));
            for (const Message &m : messages) {
                const QString where = code + QStringLiteral(": ") + m.context + QStringLiteral(" | ") + m.source;
                QVERIFY2(m.type.isEmpty(), qPrintable(where + QStringLiteral(" is ") + m.type));
                QVERIFY2(!m.translations.isEmpty(), qPrintable(where + QStringLiteral(" has no translation")));
                for (const QString &t : m.translations)
                    QVERIFY2(!t.trimmed().isEmpty(), qPrintable(where + QStringLiteral(" has an empty translation")));
                // An accelerator in the source keeps one in the translation.
                if (m.source.contains(QRegularExpression(QStringLiteral("&[^&\\s]"))))
                    for (const QString &t : m.translations)
                        QVERIFY2(t.contains(QLatin1Char('&')), qPrintable(where + QStringLiteral(" lost its &")));
            }
        }
    }

    void everyCatalogLoadsFromTheResources()
    {
        for (const QString &code : translated()) {
            QTranslator translator;
            QVERIFY2(translator.load(QStringLiteral(":/i18n/whatsapp-gateway_") + code + QStringLiteral(".qm")),
                     qPrintable(code));
            QCOMPARE(translator.language(), code);
            const QString settings = translator.translate("wag::MainWindow", "Settings");
            QVERIFY2(!settings.isEmpty() && settings != u"Settings", qPrintable(code));
        }
    }

    // The embedded .qm is built from the .ts in the tree: every Arabic text comes out of it.
    void theEmbeddedArabicCatalogHasEveryText()
    {
        QList<Message> messages;
        const QString error = readTs(tsPath(QStringLiteral("ar")), &messages);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral(":/i18n/whatsapp-gateway_ar.qm")));
        for (const Message &m : messages) {
            const QByteArray context = m.context.toUtf8();
            const QByteArray source = m.source.toUtf8();
            // Arabic has six plural forms; n = 11 picks the fifth ("many").
            const QString out = translator.translate(context.constData(), source.constData(), nullptr, m.numerus ? 11 : -1);
            QCOMPARE(out, m.numerus ? m.translations.value(4) : m.translations.value(0));
        }
    }

    void resolvesTheSettingBeforeTheSystem()
    {
        QCOMPARE(language::resolve(QStringLiteral("de")), QStringLiteral("de"));
        QCOMPARE(language::resolve(QStringLiteral("pt_BR")), QStringLiteral("pt_BR"));
        QVERIFY(language::supported().contains(language::resolve(QString())));
        QVERIFY(language::supported().contains(language::resolve(QStringLiteral("xx"))));
        QVERIFY(!language::apply(QStringLiteral("xx")));
        QCOMPARE(language::current(), QStringLiteral("en"));
        QString error;
        QVariant value;
        QVERIFY(!SettingsRegistry::parse(*SettingsRegistry::find(settings::kLanguage), QStringLiteral("pt-br"), &value, &error));
        QVERIFY(SettingsRegistry::parse(*SettingsRegistry::find(settings::kLanguage), QString(), &value, &error));
    }

    void arabicMirrorsTheWindowAndEnglishRestoresIt()
    {
        test::GuiEngine engine;
        const QString error = engine.open(false);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        MainWindow window(*engine);
        window.show();
        QCOMPARE(window.layoutDirection(), Qt::LeftToRight);
        QCOMPARE(sidebar(window)->item(0)->text(), QStringLiteral("Instances"));

        QVERIFY(language::apply(QStringLiteral("ar")));
        QCOMPARE(window.layoutDirection(), Qt::RightToLeft);
        QTRY_COMPARE(sidebar(window)->item(0)->text(), QStringLiteral("المثيلات"));
        QCOMPARE(window.windowTitle(), QStringLiteral("بوابة واتساب"));
        QVERIFY(window.page(MainWindow::Page::Instances)->isRightToLeft());

        QVERIFY(language::apply(QStringLiteral("en")));
        QCOMPARE(window.layoutDirection(), Qt::LeftToRight);
        QTRY_COMPARE(sidebar(window)->item(0)->text(), QStringLiteral("Instances"));
    }

    // The Settings page's combo box saves the choice and the window follows at once.
    void theSettingsPageSwitchesAndSavesTheLanguage()
    {
        test::GuiEngine engine;
        const QString error = engine.open(false);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        MainWindow window(*engine);
        window.show();
        window.showPage(MainWindow::Page::Settings);

        auto choose = [&window](const QString &code) {
            auto *combo = window.settingsPage()->findChild<QComboBox *>(QStringLiteral("languageCombo"));
            QVERIFY(combo);
            const int index = combo->findData(code);
            QVERIFY(index >= 0);
            combo->setCurrentIndex(index);
            emit combo->activated(index);
        };
        choose(QStringLiteral("ar"));
        QCOMPARE(engine->settings().text(settings::kLanguage), QStringLiteral("ar"));
        QCOMPARE(SettingsStore(engine->database()).get(settings::kLanguage).value_or(QString()), QStringLiteral("ar"));
        QCOMPARE(QApplication::layoutDirection(), Qt::RightToLeft);
        QTRY_COMPARE(sidebar(window)->item(int(MainWindow::Page::Settings))->text(), QStringLiteral("الإعدادات"));
        QCOMPARE(window.currentPage(), MainWindow::Page::Settings); // the rebuilt window stays put
        // The rebuilt page shows the saved choice.
        auto *combo = window.settingsPage()->findChild<QComboBox *>(QStringLiteral("languageCombo"));
        QCOMPARE(combo->currentData().toString(), QStringLiteral("ar"));

        choose(QString()); // the system's language: stored value removed
        QVERIFY(!SettingsStore(engine->database()).get(settings::kLanguage).has_value());
        QCOMPARE(engine->settings().sourceOf(settings::kLanguage), QStringLiteral("default"));
        choose(QStringLiteral("en"));
        QCOMPARE(QApplication::layoutDirection(), Qt::LeftToRight);
        QTRY_COMPARE(sidebar(window)->item(0)->text(), QStringLiteral("Instances"));
    }

    // With WAG_SCREENSHOT_DIR set, the README's Arabic picture is taken last; without it
    // nothing runs and nothing is reported (no skipped test in every run).
    void cleanupTestCase()
    {
        const QByteArray shots = qgetenv("WAG_SCREENSHOT_DIR");
        if (!shots.isEmpty())
            takeScreenshot(QDir(QString::fromLocal8Bit(shots)));
        language::apply(QStringLiteral("en"));
    }

private:
    // The Instances page in Arabic (docs/gui-instances-ar.png).
    void takeScreenshot(const QDir &out)
    {
        test::GuiEngine engine;
        const QString error = engine.open();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const auto desk = engine->instances().create(QStringLiteral("front-desk"));
        const auto branch = engine->instances().create(QStringLiteral("branch-office"));
        QVERIFY(desk.ok() && branch.ok());
        QVERIFY(engine->simulator()->scan(desk.value().id).ok());
        QTRY_COMPARE(engine->instances().find(desk.value().id)->state, InstanceState::Open);

        QVERIFY(language::apply(QStringLiteral("ar")));
        MainWindow window(*engine);
        window.resize(1180, 720);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // The GUI tests keep the data key in a file; the picture shows a usual desktop, like
        // the English ones (tests/gui/test_main_window.cpp).
        QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("dismissKeychainNotice")), Qt::LeftButton);
        window.instancesPage()->selectInstance(branch.value().id);
        QTest::qWait(300);
        QVERIFY(window.grab().save(out.filePath(QStringLiteral("gui-instances-ar.png"))));
    }
};

QTEST_MAIN(TestTranslations)
#include "test_translations.moc"
