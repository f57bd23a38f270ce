#include "settings_page.h"

#include "engine.h"
#include "language.h"
#include "settings/settings_registry.h"
#include "settings/settings_service.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace wag {

namespace {

// Values that would hand over access if read off a screen are not shown.
bool isSecretSetting(const QString &key)
{
    return key.contains(u"secret") || key.contains(u"password") || key.endsWith(u"api_key");
}

QString sourceText(const QString &source)
{
    if (source == u"default")
        return QObject::tr("default");
    if (source == u"database")
        return QObject::tr("saved");
    if (source == u"environment")
        return QObject::tr("environment");
    if (source == u"command line")
        return QObject::tr("command line");
    return source;
}

} // namespace

SettingsPage::SettingsPage(Engine &engine, QWidget *parent) : QWidget(parent), m_engine(engine)
{
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("gatewayStatus"));
    m_address = new QLabel(this);
    m_address->setObjectName(QStringLiteral("gatewayAddress"));
    m_address->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_dataDir = new QLabel(this);
    m_dataDir->setObjectName(QStringLiteral("gatewayDataDir"));
    m_dataDir->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    form->addRow(tr("Status:"), m_status);
    form->addRow(tr("Address:"), m_address);
    form->addRow(tr("Data folder:"), m_dataDir);
    // Language names are written in their own language, so anyone can find theirs.
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_language->setAccessibleName(tr("Language of the window"));
    m_language->addItem(tr("System language"), QString());
    for (const QString &code : language::supported())
        m_language->addItem(language::nativeName(code), code);
    m_language->setCurrentIndex(
        qMax(0, m_language->findData(m_engine.settings().text(settings::kLanguage))));
    m_language->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    form->addRow(tr("&Language:"), m_language);
    connect(m_language, &QComboBox::activated, this, &SettingsPage::chooseLanguage);
    layout->addLayout(form);

    auto *note = new QLabel(tr("Settings are changed on the command line, through WAG_… environment variables, or by the admin commands for now."), this);
    note->setWordWrap(true);
    layout->addWidget(note);

    const QList<SettingDefinition> &definitions = SettingsRegistry::definitions();
    m_table = new QTableWidget(int(definitions.size()), 4, this);
    m_table->setObjectName(QStringLiteral("settingsTable"));
    m_table->setAccessibleName(tr("Effective settings"));
    m_table->setHorizontalHeaderLabels({tr("Setting"), tr("Value"), tr("From"), tr("Meaning")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAlternatingRowColors(true);
    layout->addWidget(m_table, 1);

    connect(&m_engine, &Engine::servingChanged, this, &SettingsPage::refresh);
    refresh();
}

// Saved first, then applied: the window rebuilds itself in the new language.
void SettingsPage::chooseLanguage(int index)
{
    const QString code = m_language->itemData(index).toString();
    if (const Status s = SettingsService(m_engine).store(settings::kLanguage, code); !s.ok()) {
        QMessageBox::warning(this, tr("Language"), tr("The language could not be saved: %1").arg(s.failure().message));
        return;
    }
    language::apply(language::resolve(code));
    refresh();
}

void SettingsPage::refresh()
{
    const bool serving = m_engine.isServing();
    m_status->setText(serving ? tr("Running") : tr("Stopped"));
    m_status->setStyleSheet(serving ? QStringLiteral("color: #1f8f5f; font-weight: bold")
                                    : QStringLiteral("color: #b00020; font-weight: bold"));
    m_address->setText(m_engine.baseUrl());
    m_dataDir->setText(m_engine.dataDir());

    const Settings &settings = m_engine.settings();
    const QList<SettingDefinition> &definitions = SettingsRegistry::definitions();
    for (int row = 0; row < definitions.size(); ++row) {
        const SettingDefinition &d = definitions[row];
        QString value = settings.text(d.key);
        if (isSecretSetting(d.key) && !value.isEmpty())
            value = QStringLiteral("••••••");
        value.replace(QLatin1Char('\n'), QStringLiteral(" · "));
        m_table->setItem(row, 0, new QTableWidgetItem(d.key));
        auto *valueItem = new QTableWidgetItem(value);
        valueItem->setToolTip(value);
        m_table->setItem(row, 1, valueItem);
        m_table->setItem(row, 2, new QTableWidgetItem(sourceText(settings.sourceOf(d.key))));
        auto *meaning = new QTableWidgetItem(d.description);
        meaning->setToolTip(d.description);
        m_table->setItem(row, 3, meaning);
    }
    m_table->resizeColumnToContents(0);
    m_table->resizeColumnToContents(2);
    m_table->setColumnWidth(1, 220);
}

} // namespace wag
