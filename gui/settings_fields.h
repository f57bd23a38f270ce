#pragma once

#include "setting_editor.h"

#include <QCoreApplication>
#include <QList>

namespace wag {

// Which settings the Settings page edits, grouped, with their labels and help in the
// window's language. Their types, limits and whether they need a restart come from the
// registry (server/settings/settings_registry.cpp).
class SettingsFields
{
    Q_DECLARE_TR_FUNCTIONS(SettingsFields)
public:
    static QList<SettingField> network();
    static QList<SettingField> provider();
    static QList<SettingField> limitsAndPacing();
    static QList<SettingField> optOut();
};

} // namespace wag
