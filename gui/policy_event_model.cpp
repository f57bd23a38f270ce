#include "policy_event_model.h"

#include "engine.h"
#include "logs/policy_event_service.h"

namespace wag {

qint64 PolicyEventModel::appendPage(const LogPageRequest &request)
{
    const PolicyEventService::Page page = engine().policyEvents().page(request);
    if (!page.records.isEmpty()) {
        beginInsertRows({}, storedRows(), storedRows() + int(page.records.size()) - 1);
        m_rows.append(page.records);
        endInsertRows();
    }
    return page.nextBeforeId;
}

int PolicyEventModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PolicyEventModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const PolicyEventRecord &r = m_rows.at(index.row());
    if (role == Qt::ToolTipRole && index.column() == Detail)
        return r.detail;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Time:
        return timeText(r.createdAt);
    case Instance:
        return instanceName(r.instanceId);
    case Action:
        return r.action;
    case Rule:
        return r.rule;
    case Risk:
        return r.riskScore ? QVariant(*r.riskScore) : QVariant();
    case Detail:
        return r.detail;
    }
    return {};
}

QVariant PolicyEventModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Time:
        return tr("Time");
    case Instance:
        return tr("Instance");
    case Action:
        return tr("Decision");
    case Rule:
        return tr("Rule");
    case Risk:
        return tr("Risk");
    case Detail:
        return tr("Detail");
    }
    return {};
}

} // namespace wag
