#pragma once

#include "html.h"

#include <QCoreApplication>

namespace wag {
class Settings;
struct SettingDefinition;
struct SettingPresentation;
}

namespace wag::portal {

class FormFields;

// What one setting's form field shows.
struct SettingInputState
{
    QString value;        // the effective value, or what was typed when the save was refused
    QString overriddenBy; // "environment" or "command line": shown disabled, not editable here
    QString problem;      // the settings service's refusal of this value
};

// One setting as a form field, typed by the registry: Integer → number input with its
// minimum and maximum, Choice → select, Boolean → checkbox, Text → text input (or a text
// area, one item per line). With its label, help, the default, a marker when it takes
// effect only after a restart, where an overriding value comes from, and the refusal.
class SettingInput
{
    Q_DECLARE_TR_FUNCTIONS(wag::portal::SettingInput)
public:
    static Html render(const SettingDefinition &definition, const SettingPresentation &field,
                       const SettingInputState &state);
    // The effective value as the form shows it and the settings service takes it.
    static QString currentText(const SettingDefinition &definition, const Settings &settings);
    // What the submitted form says for the field, in the same form as currentText().
    static QString submittedText(const SettingDefinition &definition, const FormFields &form);
};

} // namespace wag::portal
