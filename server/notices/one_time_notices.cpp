#include "one_time_notices.h"

#include "core/clock.h"
#include "storage/settings_store.h"

namespace wag {

QString OneTimeNotices::storageKey(const QString &name)
{
    return QStringLiteral("notice_shown.") + name;
}

bool OneTimeNotices::wasShown(const QString &name) const
{
    return SettingsStore(m_db).get(storageKey(name)).has_value();
}

Status OneTimeNotices::markShown(const QString &name)
{
    return SettingsStore(m_db).set(storageKey(name), m_clock.now().toString(Qt::ISODate), m_clock.now());
}

} // namespace wag
