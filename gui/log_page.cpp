#include "log_page.h"

#include "engine.h"
#include "instance_picker.h"
#include "log_table_model.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace wag {

LogPage::LogPage(Engine &engine, LogTableModel *model, const Options &options, QWidget *parent)
    : QWidget(parent), m_model(model)
{
    m_model->setParent(this);
    auto *layout = new QVBoxLayout(this);
    auto *filters = new QHBoxLayout;

    auto *instanceLabel = new QLabel(tr("&Instance:"), this);
    m_instance = new InstancePicker(engine.instances(), InstancePicker::Mode::AllOrOne, this);
    instanceLabel->setBuddy(m_instance);
    filters->addWidget(instanceLabel);
    filters->addWidget(m_instance);

    if (!options.phonePlaceholder.isEmpty()) {
        auto *phoneLabel = new QLabel(tr("P&hone:"), this);
        m_phone = new QLineEdit(this);
        m_phone->setObjectName(QStringLiteral("logPhoneFilter"));
        m_phone->setPlaceholderText(options.phonePlaceholder);
        m_phone->setClearButtonEnabled(true);
        m_phone->setAccessibleName(tr("Filter by phone number"));
        phoneLabel->setBuddy(m_phone);
        filters->addWidget(phoneLabel);
        filters->addWidget(m_phone, 1);
    }

    m_dated = new QCheckBox(tr("&From"), this);
    m_dated->setAccessibleName(tr("Only show a date range"));
    m_from = new QDateEdit(QDate::currentDate().addDays(-7), this);
    m_to = new QDateEdit(QDate::currentDate(), this);
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setEnabled(false);
    }
    m_from->setAccessibleName(tr("First day"));
    m_to->setAccessibleName(tr("Last day"));
    filters->addWidget(m_dated);
    filters->addWidget(m_from);
    filters->addWidget(new QLabel(tr("to"), this));
    filters->addWidget(m_to);

    if (!options.phonePlaceholder.isEmpty()) {
        m_reveal = new QCheckBox(tr("Show full &numbers"), this);
        m_reveal->setObjectName(QStringLiteral("revealPhones"));
        m_reveal->setToolTip(tr("Numbers are masked so they cannot be read over a shoulder."));
        filters->addWidget(m_reveal);
        connect(m_reveal, &QCheckBox::toggled, m_model, &LogTableModel::setPhonesRevealed);
    }
    if (options.phonePlaceholder.isEmpty())
        filters->addStretch();
    layout->addLayout(filters);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("logView"));
    m_view->setAccessibleName(options.accessibleName);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    // Fixed row heights and no content-based column sizing: with a million rows, anything
    // that measures every row would freeze the window.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setDefaultSectionSize(140);
    layout->addWidget(m_view, 1);

    m_filterDelay = new QTimer(this);
    m_filterDelay->setSingleShot(true);
    m_filterDelay->setInterval(300);
    connect(m_filterDelay, &QTimer::timeout, this, &LogPage::applyFilter);
    connect(m_instance, &InstancePicker::instanceChanged, this, &LogPage::applyFilter);
    if (m_phone)
        connect(m_phone, &QLineEdit::textChanged, m_filterDelay, qOverload<>(&QTimer::start));
    connect(m_dated, &QCheckBox::toggled, this, [this](bool on) {
        m_from->setEnabled(on);
        m_to->setEnabled(on);
        applyFilter();
    });
    connect(m_from, &QDateEdit::dateChanged, m_filterDelay, qOverload<>(&QTimer::start));
    connect(m_to, &QDateEdit::dateChanged, m_filterDelay, qOverload<>(&QTimer::start));
    // Rows that arrive live into an empty view get columns fitted to them once.
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this] {
        if (!m_columnsFitted)
            fitColumns();
    });
    applyFilter();
}

void LogPage::fitColumns()
{
    if (m_model->rowCount() == 0)
        return;
    // QTableView measures only the rows in view here, so this stays cheap on a long log.
    m_view->resizeColumnsToContents();
    const int widest = m_view->fontMetrics().horizontalAdvance(QLatin1Char('m')) * 28;
    // Live rows change (a status goes from "sent" to "delivered"): leave room for the
    // usual words so the first row seen does not decide for all.
    const int narrowest = m_view->fontMetrics().horizontalAdvance(QStringLiteral("delivered")) + 16;
    for (int column = 0; column < m_model->columnCount() - 1; ++column)
        m_view->setColumnWidth(column, qBound(narrowest, m_view->columnWidth(column), widest));
    m_columnsFitted = true;
}

void LogPage::applyFilter()
{
    LogPageRequest filter;
    filter.instanceId = m_instance->currentInstanceId();
    if (m_phone)
        filter.phone = m_phone->text().trimmed();
    if (m_dated->isChecked()) {
        // Whole local days: the last day counts up to its end.
        filter.from = m_from->date().startOfDay();
        filter.to = m_to->date().addDays(1).startOfDay();
    }
    m_model->setFilter(filter);
    if (!m_columnsFitted)
        fitColumns();
}

} // namespace wag
