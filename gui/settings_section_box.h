#pragma once

#include "setting_editor.h"

#include <QGroupBox>
#include <QList>

class QFormLayout;
class QLabel;
class QPushButton;

namespace wag {

class Engine;

// A group of settings edited together (Network, Provider, …): one editor per setting, a
// Save button that hands every changed value to the settings service at once (all or
// nothing; a refused value shows its error next to its field), and per field a "Reset to
// default". After saving it says whether the values are in effect or wait for a restart;
// the registry knows which.
class SettingsSectionBox final : public QGroupBox
{
    Q_OBJECT
public:
    SettingsSectionBox(Engine &engine, const QString &title, const QList<SettingField> &fields,
                    QWidget *parent = nullptr);

    // For rows that are not plain settings (the provider key).
    QFormLayout *form() const { return m_form; }
    SettingEditor *editor(const QString &key) const;

    // Shows the effective values of `keys` (all when empty); unsaved edits of other fields stay.
    void reload(const QStringList &keys = {});
    bool save();
    void resetToDefault(const QString &key);

private:
    void report(const QString &message, bool error);

    Engine &m_engine;
    QList<SettingEditor *> m_editors;
    QFormLayout *m_form = nullptr;
    QPushButton *m_save = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace wag
