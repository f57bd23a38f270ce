#pragma once

#include "log_table_model.h"
#include "storage/policy_event_store.h"

namespace wag {

// The guard's decisions (allow, slow, block, pause, resume), newest first.
class PolicyEventModel final : public LogTableModel
{
    Q_OBJECT
public:
    enum Column { Time, Instance, Action, Rule, Risk, Detail, ColumnCount };

    using LogTableModel::LogTableModel;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

protected:
    qint64 appendPage(const LogPageRequest &request) override;
    void clearRows() override { m_rows.clear(); }
    int storedRows() const override { return int(m_rows.size()); }
    QList<int> phoneColumns() const override { return {}; }

private:
    QList<PolicyEventRecord> m_rows;
};

} // namespace wag
