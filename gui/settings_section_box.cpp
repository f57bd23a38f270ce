#include "settings_section_box.h"

#include "engine.h"
#include "settings/settings_registry.h"
#include "settings/settings_service.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace wag {

SettingsSectionBox::SettingsSectionBox(Engine &engine, const QString &title, const QList<SettingField> &fields,
                                 QWidget *parent)
    : QGroupBox(title, parent), m_engine(engine)
{
    m_form = new QFormLayout(this);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    for (const SettingField &field : fields) {
        const SettingDefinition *definition = SettingsRegistry::find(field.key);
        Q_ASSERT_X(definition, "SettingsSectionBox", "unregistered setting");
        if (!definition)
            continue;
        auto *editor = new SettingEditor(*definition, field, this);
        m_editors.append(editor);
        // A check box carries its own text; the others get a label whose mnemonic
        // focuses the field.
        if (definition->type == SettingType::Boolean)
            m_form->addRow(QString(), editor);
        else
            m_form->addRow(field.label + QLatin1Char(':'), editor);
        connect(editor, &SettingEditor::resetRequested, this, &SettingsSectionBox::resetToDefault);
    }

    auto *buttons = new QHBoxLayout;
    m_save = new QPushButton(tr("&Save"), this);
    m_save->setObjectName(QStringLiteral("saveSettings"));
    m_save->setAccessibleName(tr("Save: %1").arg(title));
    buttons->addWidget(m_save);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("settingsSaved"));
    m_status->setWordWrap(true);
    buttons->addWidget(m_status, 1);
    m_form->addRow(buttons);
    connect(m_save, &QPushButton::clicked, this, &SettingsSectionBox::save);

    // Whoever saved (this section, another page, the wizard), the fields show it.
    connect(&m_engine, &Engine::settingsChanged, this, [this](const QStringList &keys) { reload(keys); });
    reload();
}

SettingEditor *SettingsSectionBox::editor(const QString &key) const
{
    for (SettingEditor *e : m_editors) {
        if (e->key() == key)
            return e;
    }
    return nullptr;
}

void SettingsSectionBox::reload(const QStringList &keys)
{
    const SettingsService service(m_engine);
    for (SettingEditor *e : m_editors) {
        if (keys.isEmpty() || keys.contains(e->key()))
            e->load(m_engine.settings(), service.overriddenBy(e->key()));
    }
}

bool SettingsSectionBox::save()
{
    QList<SettingChange> changes;
    for (SettingEditor *e : m_editors) {
        e->setError({});
        if (!e->isOverridden() && e->isModified())
            changes.append({e->key(), e->text()});
    }
    if (changes.isEmpty()) {
        report(tr("Nothing to save: no value was changed."), false);
        return true;
    }
    QHash<QString, QString> refused;
    const Status s = SettingsService(m_engine).storeAll(changes, &refused);
    if (!s.ok()) {
        SettingEditor *first = nullptr;
        for (SettingEditor *e : m_editors) {
            if (!refused.contains(e->key()))
                continue;
            e->setError(refused.value(e->key()));
            if (!first)
                first = e;
        }
        if (first) {
            report(tr("Not saved: correct the marked value. Nothing was changed."), true);
            first->setFocus();
        } else {
            report(tr("Not saved: %1").arg(s.failure().message), true);
        }
        return false;
    }
    QStringList keys;
    for (const SettingChange &change : changes)
        keys.append(change.key);
    report(SettingsService::needsRestart(keys) ? tr("Saved — takes effect when the gateway restarts.")
                                               : tr("Saved — in effect now."),
           false);
    return true;
}

void SettingsSectionBox::resetToDefault(const QString &key)
{
    SettingEditor *e = editor(key);
    if (!e)
        return;
    e->setError({});
    if (const Status s = SettingsService(m_engine).store(key, QString()); !s.ok()) {
        e->setError(s.failure().message);
        report(tr("Not reset: %1").arg(s.failure().message), true);
        return;
    }
    report(SettingsService::needsRestart({key}) ? tr("Back to the default — takes effect when the gateway restarts.")
                                                : tr("Back to the default — in effect now."),
           false);
}

void SettingsSectionBox::report(const QString &message, bool error)
{
    m_status->setText(message);
    m_status->setStyleSheet(error ? QStringLiteral("color: #b00020") : QString());
}

} // namespace wag
