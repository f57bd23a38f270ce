#include "settings_page.h"

#include "engine.h"
#include "provider_key_editor.h"
#include "settings/language.h"
#include "settings/settings_registry.h"
#include "settings/settings_sections.h"
#include "settings/settings_service.h"
#include "settings_section_box.h"
#include "users_panel.h"

#include <QComboBox>
#include <QTimeZone>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QScrollArea>
#include <QTabWidget>
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

namespace {

// A tab's content scrolls when the window is small, rather than squeezing the fields.
QWidget *scrolling(QWidget *content)
{
    auto *area = new QScrollArea;
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    area->setWidget(content);
    return area;
}

QWidget *column(std::initializer_list<QWidget *> widgets)
{
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    for (QWidget *w : widgets)
        layout->addWidget(w);
    layout->addStretch();
    return content;
}

// A section of the shared list (server/settings/settings_sections.cpp) as the window's
// fields: the time zone field also offers the zone names while typing.
QList<SettingField> windowFields(const SettingsSection &section)
{
    QList<SettingField> fields;
    for (const SettingPresentation &presentation : section.fields) {
        SettingField field;
        static_cast<SettingPresentation &>(field) = presentation;
        if (field.key == settings::kTimeZone) {
            for (const QByteArray &id : QTimeZone::availableTimeZoneIds())
                field.completions << QString::fromLatin1(id);
        }
        fields << field;
    }
    return fields;
}

} // namespace

SettingsSectionBox *SettingsPage::sectionBox(const QString &slug)
{
    const std::optional<SettingsSection> section = SettingsSections::find(slug);
    Q_ASSERT(section); // the slugs are the list's own
    return new SettingsSectionBox(m_engine, section->title, windowFields(*section));
}

SettingsPage::SettingsPage(Engine &engine, QWidget *parent) : QWidget(parent), m_engine(engine)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("settingsTabs"));
    m_tabs->setAccessibleName(tr("Groups of settings"));
    layout->addWidget(m_tabs);

    m_network = sectionBox(QStringLiteral("network"));
    m_network->setObjectName(QStringLiteral("networkSection"));
    m_provider = sectionBox(QStringLiteral("provider"));
    m_provider->setObjectName(QStringLiteral("providerSection"));
    m_providerKey = new ProviderKeyEditor(m_engine, m_provider);
    // Above the Save row: the key is stored by its own button, before choosing Evolution.
    m_provider->form()->insertRow(m_provider->form()->rowCount() - 1, tr("Provider &key:"), m_providerKey);
    m_limits = sectionBox(QStringLiteral("limits"));
    m_limits->setObjectName(QStringLiteral("limitsSection"));
    m_optOut = sectionBox(QStringLiteral("opt-out"));
    m_optOut->setObjectName(QStringLiteral("optOutSection"));
    m_users = new UsersPanel(m_engine);
    m_users->setObjectName(QStringLiteral("usersPanel"));

    m_tabs->addTab(createGeneralTab(), tr("General"));
    for (SettingsSectionBox *box : {m_network, m_provider, m_limits, m_optOut})
        m_tabs->addTab(scrolling(column({box})), box->title());
    m_tabs->addTab(m_users, tr("Users"));

    connect(&m_engine, &Engine::servingChanged, this, &SettingsPage::refresh);
    connect(&m_engine, &Engine::settingsChanged, this, &SettingsPage::refresh);
    refresh();
}

QWidget *SettingsPage::createGeneralTab()
{
    auto *general = new QWidget;
    auto *layout = new QVBoxLayout(general);
    auto *form = new QFormLayout;
    m_status = new QLabel(general);
    m_status->setObjectName(QStringLiteral("gatewayStatus"));
    m_address = new QLabel(general);
    m_address->setObjectName(QStringLiteral("gatewayAddress"));
    m_address->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_dataDir = new QLabel(general);
    m_dataDir->setObjectName(QStringLiteral("gatewayDataDir"));
    m_dataDir->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    form->addRow(tr("Status:"), m_status);
    form->addRow(tr("Address:"), m_address);
    form->addRow(tr("Data folder:"), m_dataDir);
    // Language names are written in their own language, so anyone can find theirs.
    m_language = new QComboBox(general);
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

    auto *note = new QLabel(tr("Every setting in effect, and where its value comes from. The other tabs edit the "
                               "common ones; the rest are set on the command line or through WAG_… environment "
                               "variables, which also win over what is saved here."),
                            general);
    note->setWordWrap(true);
    layout->addWidget(note);

    const QList<SettingDefinition> &definitions = SettingsRegistry::definitions();
    m_table = new QTableWidget(int(definitions.size()), 4, general);
    m_table->setObjectName(QStringLiteral("settingsTable"));
    m_table->setAccessibleName(tr("Effective settings"));
    m_table->setHorizontalHeaderLabels({tr("Setting"), tr("Value"), tr("From"), tr("Meaning")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAlternatingRowColors(true);
    m_table->setMinimumHeight(160);
    layout->addWidget(m_table, 1);
    return general;
}

// Saving applies it: the engine switches the process's language (the portal's too) and
// the window rebuilds itself in it.
void SettingsPage::chooseLanguage(int index)
{
    const QString code = m_language->itemData(index).toString();
    if (const Status s = SettingsService(m_engine).store(settings::kLanguage, code); !s.ok()) {
        QMessageBox::warning(this, tr("Language"), tr("The language could not be saved: %1").arg(s.failure().message));
        return;
    }
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
        if ((d.secret || isSecretSetting(d.key)) && !value.isEmpty())
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
