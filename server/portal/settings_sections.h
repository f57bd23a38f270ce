#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace wag::portal {

// How the portal shows one setting: its label and help in the page's language. Its type,
// bounds, choices, default and whether it needs a restart come from the registry
// (server/settings/settings_registry.cpp), so the form cannot disagree with what the
// settings service accepts.
struct PortalSettingField
{
    QString key;
    QString label;
    QString help;
    QString unit;             // after number inputs, e.g. "ms"
    bool lines = false;       // one item per line: a text area
    QString placeholder;
    QStringList choiceLabels; // Choice: one per registry choice, same order
};

// One group of settings saved together, as a tab of the desktop window's Settings page.
struct PortalSettingsSection
{
    QString slug; // ?section=…
    QString title;
    QString intro;
    QList<PortalSettingField> fields;
    bool providerKey = false; // the section also offers to replace the provider key
};

// The sections of /settings, in the order of the window's tabs: Network, Provider, Limits
// and pacing, Opt-out keywords (the window's Users tab is the portal's /users page). The
// same settings as the window's SettingsFields, labelled with the same English texts.
class SettingsSections
{
    Q_DECLARE_TR_FUNCTIONS(wag::portal::SettingsSections)
public:
    static QList<PortalSettingsSection> all(); // translated at each call
    static std::optional<PortalSettingsSection> find(const QString &slug);
};

} // namespace wag::portal
