#include "log_table_model.h"

#include "engine.h"
#include "instances/instance_service.h"
#include "phone_mask.h"

#include <QLocale>

namespace wag {

LogTableModel::LogTableModel(Engine &engine, QObject *parent) : QAbstractTableModel(parent), m_engine(engine)
{
    connect(&m_engine.instances(), &InstanceService::instanceCreated, this, &LogTableModel::reloadInstanceNames);
    connect(&m_engine.instances(), &InstanceService::instanceRemoved, this, &LogTableModel::reloadInstanceNames);
    reloadInstanceNames();
}

void LogTableModel::setFilter(const LogPageRequest &filter)
{
    beginResetModel();
    m_filter = filter;
    m_filter.beforeId = 0;
    m_filter.limit = kPageSize;
    clearRows();
    m_more = true;
    m_nextBeforeId = 0;
    endResetModel();
    fetchMore({});
}

void LogTableModel::setPhonesRevealed(bool revealed)
{
    if (revealed == m_phonesRevealed)
        return;
    m_phonesRevealed = revealed;
    if (storedRows() == 0)
        return;
    for (int column : phoneColumns())
        emit dataChanged(index(0, column), index(storedRows() - 1, column), {Qt::DisplayRole});
}

bool LogTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_more;
}

void LogTableModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || !m_more)
        return;
    LogPageRequest request = m_filter;
    request.beforeId = m_nextBeforeId;
    m_nextBeforeId = appendPage(request);
    m_more = m_nextBeforeId != 0;
}

int LogTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : storedRows();
}

QString LogTableModel::phoneText(const QString &phone) const
{
    return m_phonesRevealed ? phone : maskPhoneForScreen(phone);
}

QString LogTableModel::instanceName(const QString &instanceId) const
{
    return m_instanceNames.value(instanceId, instanceId);
}

QString LogTableModel::timeText(const QDateTime &time) const
{
    return QLocale().toString(time.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

void LogTableModel::reloadInstanceNames()
{
    m_instanceNames.clear();
    for (const InstanceRecord &instance : m_engine.instances().list())
        m_instanceNames.insert(instance.id, instance.name);
}

} // namespace wag
