#include "setting_editor.h"

#include "settings/settings.h"
#include "settings/settings_registry.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>
#include <climits>

namespace wag {

namespace {

QLabel *smallLabel(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->hide();
    return label;
}

} // namespace

SettingEditor::SettingEditor(const SettingDefinition &definition, const SettingField &field, QWidget *parent)
    : QWidget(parent),
      m_key(definition.key),
      m_environmentName(definition.environmentName()),
      m_commandLineName(definition.onCommandLine ? QStringLiteral("--") + definition.commandLineName() : QString()),
      m_label(field.label),
      m_help(field.help)
{
    setObjectName(QStringLiteral("settingEditor_") + m_key);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);

    auto *row = new QHBoxLayout;
    m_input = createInput(definition, field);
    m_input->setObjectName(QStringLiteral("setting_") + m_key);
    m_input->setAccessibleName(field.label);
    if (!field.help.isEmpty())
        m_input->setAccessibleDescription(field.help);
    // Text takes the width; numbers, choices and check boxes keep their natural size.
    const bool wide = m_line || m_lines;
    row->addWidget(m_input, wide ? 1 : 0);
    if (field.shape == SettingField::Shape::File) {
        m_browse = new QPushButton(tr("Choose…"), this);
        m_browse->setObjectName(QStringLiteral("settingBrowse_") + m_key);
        m_browse->setAccessibleName(tr("Choose the file for %1").arg(field.label));
        connect(m_browse, &QPushButton::clicked, this, &SettingEditor::chooseFile);
        row->addWidget(m_browse);
    }
    m_reset = new QPushButton(tr("Reset to default"), this);
    m_reset->setObjectName(QStringLiteral("settingReset_") + m_key);
    m_reset->setAccessibleName(tr("Reset %1 to its default").arg(field.label));
    m_reset->setToolTip(definition.defaultValue.toString().isEmpty()
                            ? tr("Default: empty")
                            : tr("Default: %1").arg(definition.type == SettingType::Boolean
                                                        ? (definition.defaultValue.toBool() ? tr("on") : tr("off"))
                                                        : definition.defaultValue.toString()));
    connect(m_reset, &QPushButton::clicked, this, [this] { emit resetRequested(m_key); });
    row->addWidget(m_reset, 0, Qt::AlignTop);
    if (!wide)
        row->addStretch(1);
    layout->addLayout(row);

    if (!field.help.isEmpty()) {
        auto *help = new QLabel(field.help, this);
        help->setWordWrap(true);
        help->setForegroundRole(QPalette::PlaceholderText);
        layout->addWidget(help);
    }
    m_note = smallLabel(this, QStringLiteral("settingNote_") + m_key);
    layout->addWidget(m_note);
    m_error = smallLabel(this, QStringLiteral("settingError_") + m_key);
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    layout->addWidget(m_error);

    setFocusProxy(m_input);
}

QWidget *SettingEditor::createInput(const SettingDefinition &definition, const SettingField &field)
{
    switch (definition.type) {
    case SettingType::Integer:
        m_spin = new QSpinBox(this);
        m_spin->setRange(int(std::clamp<qint64>(definition.minimum, INT_MIN, INT_MAX)),
                         int(std::clamp<qint64>(definition.maximum, INT_MIN, INT_MAX)));
        m_spin->setSuffix(field.unit.isEmpty() ? QString() : u' ' + field.unit);
        m_spin->setGroupSeparatorShown(true);
        m_spin->setAccelerated(true);
        m_spin->setMinimumWidth(140);
        return m_spin;
    case SettingType::Boolean:
        m_check = new QCheckBox(field.label, this);
        return m_check;
    case SettingType::Choice:
        m_combo = new QComboBox(this);
        for (int i = 0; i < definition.choices.size(); ++i)
            m_combo->addItem(field.choiceLabels.value(i, definition.choices.at(i)), definition.choices.at(i));
        m_combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        return m_combo;
    case SettingType::Text:
        break;
    }
    if (field.shape == SettingField::Shape::Lines) {
        m_lines = new QPlainTextEdit(this);
        m_lines->setTabChangesFocus(true); // Tab leaves the list, as in every other field
        m_lines->setMinimumHeight(90);
        m_lines->setMaximumHeight(140);
        m_lines->setPlaceholderText(field.placeholder);
        return m_lines;
    }
    m_line = new QLineEdit(this);
    m_line->setPlaceholderText(field.placeholder);
    m_line->setClearButtonEnabled(true);
    m_line->setMinimumWidth(260);
    if (!field.completions.isEmpty()) {
        auto *completer = new QCompleter(field.completions, m_line);
        completer->setCaseSensitivity(Qt::CaseInsensitive);
        completer->setFilterMode(Qt::MatchContains);
        m_line->setCompleter(completer);
    }
    return m_line;
}

QString SettingEditor::text() const
{
    if (m_spin)
        return QString::number(m_spin->value());
    if (m_check)
        return m_check->isChecked() ? QStringLiteral("on") : QStringLiteral("off");
    if (m_combo)
        return m_combo->currentData().toString();
    if (m_lines)
        return m_lines->toPlainText();
    return m_line->text();
}

void SettingEditor::setInputText(const QString &text)
{
    if (m_spin)
        m_spin->setValue(text.toInt());
    else if (m_check)
        m_check->setChecked(text == u"on");
    else if (m_combo)
        m_combo->setCurrentIndex(qMax(0, m_combo->findData(text)));
    else if (m_lines)
        m_lines->setPlainText(text);
    else
        m_line->setText(text);
}

void SettingEditor::load(const Settings &settings, const QString &overriddenBy)
{
    const QVariant value = settings.value(m_key);
    if (m_check)
        m_loaded = value.toBool() ? QStringLiteral("on") : QStringLiteral("off");
    else if (m_spin)
        m_loaded = QString::number(value.toLongLong());
    else
        m_loaded = value.toString();
    setInputText(m_loaded);
    m_loaded = text(); // as the input holds it, so an untouched field is not "modified"

    m_overridden = !overriddenBy.isEmpty();
    m_input->setEnabled(!m_overridden);
    if (m_browse)
        m_browse->setEnabled(!m_overridden);
    m_reset->setEnabled(!m_overridden && settings.sourceOf(m_key) == u"database");
    if (!m_overridden) {
        m_note->clear();
        m_note->hide();
    } else {
        const QString where = overriddenBy == u"environment" || m_commandLineName.isEmpty()
            ? tr("the environment variable %1").arg(m_environmentName)
            : tr("the command line (%1)").arg(m_commandLineName);
        m_note->setText(tr("Set by %1; a value saved here would not take effect. Change it there.").arg(where));
        m_note->show();
    }
    setError({});
}

void SettingEditor::setError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
    // A screen reader reads the problem with the field; the help again once it is fixed.
    m_input->setAccessibleDescription(message.isEmpty() ? m_help : message);
}

void SettingEditor::chooseFile()
{
    const QString current = m_line->text();
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose the file for %1").arg(m_label), current,
                                                      tr("PEM files (*.pem *.crt *.cer *.key);;All files (*)"));
    if (!path.isEmpty())
        m_line->setText(path);
}

} // namespace wag
