#pragma once

#include <QWidget>

class QCheckBox;
class QDateEdit;
class QLineEdit;
class QTableView;
class QTimer;

namespace wag {

class Engine;
class InstancePicker;
class LogTableModel;

// A log as a page: filters (instance, phone, date range), the table, and the switch that
// reveals masked numbers. The model does the paging; this page only tells it the filter.
class LogPage final : public QWidget
{
    Q_OBJECT
public:
    struct Options
    {
        QString accessibleName;
        QString phonePlaceholder; // empty: no phone filter (the log has no numbers)
    };

    LogPage(Engine &engine, LogTableModel *model, const Options &options, QWidget *parent = nullptr);

    LogTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    void applyFilter();

private:
    void fitColumns();

    LogTableModel *m_model;
    InstancePicker *m_instance = nullptr;
    QLineEdit *m_phone = nullptr;
    QCheckBox *m_dated = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QCheckBox *m_reveal = nullptr;
    QTableView *m_view = nullptr;
    QTimer *m_filterDelay = nullptr;
    bool m_columnsFitted = false;
};

} // namespace wag
