#pragma once

#include "log_table_model.h"
#include "messaging/message_status.h"
#include "storage/message_store.h"

#include <QPointer>

namespace wag {

class SendService;

// The message log (every outbound attempt) as a table, newest first. New attempts appear
// at the top and status changes (sent, delivered, read, failed) update their row live.
class MessageLogModel final : public LogTableModel
{
    Q_OBJECT
public:
    enum Column { Time, Instance, To, Status, Purpose, Reference, Detail, ColumnCount };

    using LogTableModel::LogTableModel;

    void attachLiveSources() override;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

protected:
    qint64 appendPage(const LogPageRequest &request) override;
    void clearRows() override { m_rows.clear(); }
    int storedRows() const override { return int(m_rows.size()); }
    QList<int> phoneColumns() const override { return {To}; }

private:
    void insertLive(qint64 logId);
    void updateLive(qint64 logId);

    QList<MessageRecord> m_rows;
    QPointer<SendService> m_attached;
};

} // namespace wag
