#include "message_log_model.h"

#include "engine.h"
#include "logs/message_log_service.h"
#include "messaging/send_service.h"

namespace wag {

namespace {
// Status changes concern recent messages; rows further down than this are refreshed when
// the view is filtered or reloaded instead of being searched on every receipt.
constexpr int kLiveUpdateDepth = 5000;
}

void MessageLogModel::attachLiveSources()
{
    SendService *sends = engine().sends();
    if (!sends || sends == m_attached)
        return;
    m_attached = sends;
    connect(sends, &SendService::messageLogged, this, &MessageLogModel::insertLive);
    connect(sends, &SendService::messageStatusChanged, this, [this](qint64 logId) { updateLive(logId); });
}

qint64 MessageLogModel::appendPage(const LogPageRequest &request)
{
    const MessageLogService::Page page = engine().messageLog().page(request);
    if (!page.records.isEmpty()) {
        beginInsertRows({}, storedRows(), storedRows() + int(page.records.size()) - 1);
        m_rows.append(page.records);
        endInsertRows();
    }
    return page.nextBeforeId;
}

void MessageLogModel::insertLive(qint64 logId)
{
    const auto record = engine().messageLog().find(logId);
    if (!record || !MessageLogService::matches(*record, filter()))
        return;
    beginInsertRows({}, 0, 0);
    m_rows.prepend(*record);
    endInsertRows();
}

void MessageLogModel::updateLive(qint64 logId)
{
    const int depth = qMin(int(m_rows.size()), kLiveUpdateDepth);
    for (int row = 0; row < depth; ++row) {
        if (m_rows.at(row).logId != logId)
            continue;
        if (const auto record = engine().messageLog().find(logId)) {
            m_rows[row] = *record;
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        }
        return;
    }
}

int MessageLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MessageLogModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const MessageRecord &r = m_rows.at(index.row());
    if (role == Qt::UserRole)
        return r.logId;
    if (role == Qt::ToolTipRole && index.column() == Detail)
        return r.text;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Time:
        return timeText(r.createdAt);
    case Instance:
        return instanceName(r.instanceId);
    case To:
        return phoneText(r.phone);
    case Status:
        return messageStatusName(r.status);
    case Purpose:
        return r.purpose;
    case Reference:
        return r.reference;
    case Detail:
        if (!r.outcome.isEmpty())
            return r.error.isEmpty() ? r.outcome : tr("%1: %2").arg(r.outcome, r.error);
        return r.text.left(200).replace(QLatin1Char('\n'), QLatin1Char(' '));
    }
    return {};
}

QVariant MessageLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Time:
        return tr("Time");
    case Instance:
        return tr("Instance");
    case To:
        return tr("To");
    case Status:
        return tr("Status");
    case Purpose:
        return tr("Purpose");
    case Reference:
        return tr("Reference");
    case Detail:
        return tr("Message or outcome");
    }
    return {};
}

} // namespace wag
