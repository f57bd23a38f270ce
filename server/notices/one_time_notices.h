#pragma once

#include "core/result.h"

#include <QString>

namespace wag {

class Clock;
class Database;

// Hints a person should see once per gateway, not once per session or per login: "the
// gateway is still running in the tray" the first time the window is closed. Remembered in
// the database (so a restart or another desktop account on the same data dir does not show
// them again), in the settings table under "notice_shown.<name>". They are not settings:
// the registry does not list them, so nothing edits them and the engine's settings loader
// skips them.
class OneTimeNotices
{
public:
    static constexpr char kTrayHint[] = "tray_hint";

    OneTimeNotices(Database &db, const Clock &clock) : m_db(db), m_clock(clock) { }

    bool wasShown(const QString &name) const;
    Status markShown(const QString &name);

    static QString storageKey(const QString &name); // "notice_shown.<name>"

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace wag
