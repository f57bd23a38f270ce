#include "inbound_log_model.h"

#include "engine.h"
#include "events/inbound_pipeline.h"
#include "logs/inbound_log_service.h"

namespace wag {

void InboundLogModel::attachLiveSources()
{
    InboundPipeline *pipeline = engine().inbound();
    if (!pipeline || pipeline == m_attached)
        return;
    m_attached = pipeline;
    connect(pipeline, &InboundPipeline::messageRecorded, this, &InboundLogModel::insertLive);
}

qint64 InboundLogModel::appendPage(const LogPageRequest &request)
{
    const InboundLogService::Page page = engine().inboundLog().page(request);
    if (!page.records.isEmpty()) {
        beginInsertRows({}, storedRows(), storedRows() + int(page.records.size()) - 1);
        m_rows.append(page.records);
        endInsertRows();
    }
    return page.nextBeforeId;
}

void InboundLogModel::insertLive(const InboundMessageRecord &record)
{
    if (!InboundLogService::matches(record, filter()))
        return;
    beginInsertRows({}, 0, 0);
    m_rows.prepend(record);
    endInsertRows();
}

int InboundLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant InboundLogModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const InboundMessageRecord &r = m_rows.at(index.row());
    if (role == Qt::UserRole)
        return r.id;
    if (role == Qt::ToolTipRole && index.column() == Text)
        return r.text;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Time:
        return timeText(r.createdAt);
    case Instance:
        return instanceName(r.instanceId);
    case From:
        return phoneText(r.fromPhone);
    case Name:
        return r.groupName.isEmpty() ? r.fromName : tr("%1 (in %2)").arg(r.fromName, r.groupName);
    case Type:
        return r.messageType;
    case Text:
        return r.text.left(200).replace(QLatin1Char('\n'), QLatin1Char(' '));
    case OptOut:
        return r.optOutKeyword;
    }
    return {};
}

QVariant InboundLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Time:
        return tr("Time");
    case Instance:
        return tr("Instance");
    case From:
        return tr("From");
    case Name:
        return tr("Name");
    case Type:
        return tr("Type");
    case Text:
        return tr("Message");
    case OptOut:
        return tr("Opt-out keyword");
    }
    return {};
}

} // namespace wag
