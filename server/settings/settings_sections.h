#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace wag {

// How the front-ends present one setting: its label, help and hints in the user's
// language. Its type, bounds, choices, default and whether it needs a restart come from the
// registry (settings_registry.cpp), so no form can disagree with what SettingsService
// accepts.
struct SettingPresentation
{
    enum class Shape {
        Plain,
        Lines, // one item per line
        File,  // a path on the gateway's computer (the window offers a file picker)
    };

    QString key;
    QString label;            // "Daily limit": no colon, no mnemonic
    QString help;             // may be empty
    Shape shape = Shape::Plain;
    QString unit;             // after a number, e.g. "ms"
    QString placeholder;
    QStringList choiceLabels; // Choice: one per registry choice, same order
};

// One group of settings saved together (all or none): a tab of the window's Settings page
// and a sub-page of the portal's /settings.
struct SettingsSection
{
    QString slug; // the portal's ?section=…
    QString title;
    QString intro;
    QList<SettingPresentation> fields;
    bool providerKey = false; // the section also offers to replace the provider key
};

// The sections both front-ends edit, in order: Network, Provider, Limits and pacing,
// Opt-out keywords. Users are not settings (UserService); both front-ends show them apart.
class SettingsSections
{
    Q_DECLARE_TR_FUNCTIONS(wag::SettingsSections)
public:
    static QList<SettingsSection> all(); // translated at each call
    static std::optional<SettingsSection> find(const QString &slug);
};

} // namespace wag
