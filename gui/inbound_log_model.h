#pragma once

#include "log_table_model.h"
#include "storage/inbound_message_store.h"

#include <QPointer>

namespace wag {

class InboundPipeline;

// The inbound log as a table, newest first; messages the pipeline records appear at the
// top as they arrive (when they match the filter).
class InboundLogModel final : public LogTableModel
{
    Q_OBJECT
public:
    enum Column { Time, Instance, From, Name, Type, Text, OptOut, ColumnCount };

    using LogTableModel::LogTableModel;

    void attachLiveSources() override;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

protected:
    qint64 appendPage(const LogPageRequest &request) override;
    void clearRows() override { m_rows.clear(); }
    int storedRows() const override { return int(m_rows.size()); }
    QList<int> phoneColumns() const override { return {From}; }

private:
    void insertLive(const InboundMessageRecord &record);

    QList<InboundMessageRecord> m_rows;
    QPointer<InboundPipeline> m_attached;
};

} // namespace wag
