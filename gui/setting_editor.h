#pragma once

#include "settings/settings_sections.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace wag {

class Settings;
struct SettingDefinition;

// A setting as the window edits it: how both front-ends present it
// (server/settings/settings_sections.h), plus what only a desktop field can offer.
struct SettingField : SettingPresentation
{
    QStringList completions; // line edits: offered while typing (time zone names)
};

// The editor of one registered setting, typed by the registry: Integer → spin box with its
// minimum and maximum, Boolean → check box, Choice → combo box, Text → line edit (or a
// list, one per line, or a path with a file picker). Shows the error of a refused value
// under the field, and when the environment or the command line outranks the saved value
// it shows that value disabled, with a note saying where it comes from.
class SettingEditor final : public QWidget
{
    Q_OBJECT
public:
    SettingEditor(const SettingDefinition &definition, const SettingField &field, QWidget *parent = nullptr);

    const QString &key() const { return m_key; }
    // The value as the settings service takes it (Integer as digits, Boolean "on"/"off").
    QString text() const;
    bool isModified() const { return text() != m_loaded; }
    // Shows the effective value; `overriddenBy` is "environment", "command line" or empty.
    void load(const Settings &settings, const QString &overriddenBy);
    void setError(const QString &message);
    bool isOverridden() const { return m_overridden; }

signals:
    void resetRequested(const QString &key);

private:
    QWidget *createInput(const SettingDefinition &definition, const SettingField &field);
    void setInputText(const QString &text);
    void chooseFile();

    QString m_key;
    QString m_environmentName;
    QString m_commandLineName;
    QString m_loaded;
    bool m_overridden = false;
    QWidget *m_input = nullptr;
    QSpinBox *m_spin = nullptr;
    QCheckBox *m_check = nullptr;
    QComboBox *m_combo = nullptr;
    QLineEdit *m_line = nullptr;
    QPlainTextEdit *m_lines = nullptr;
    QPushButton *m_browse = nullptr;
    QPushButton *m_reset = nullptr;
    QLabel *m_note = nullptr;
    QLabel *m_error = nullptr;
    QString m_label;
    QString m_help;
};

} // namespace wag
