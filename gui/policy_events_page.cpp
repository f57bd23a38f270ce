#include "policy_events_page.h"

#include "engine.h"
#include "instances/instance_service.h"
#include "log_page.h"
#include "messaging/send_service.h"
#include "policy_event_model.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace wag {

PolicyEventsPage::PolicyEventsPage(Engine &engine, QWidget *parent) : QWidget(parent), m_engine(engine)
{
    auto *layout = new QVBoxLayout(this);
    auto *pausedLabel = new QLabel(tr("&Paused instances"), this);
    layout->addWidget(pausedLabel);
    auto *pausedRow = new QHBoxLayout;
    m_paused = new QListWidget(this);
    m_paused->setObjectName(QStringLiteral("pausedInstances"));
    m_paused->setAccessibleName(tr("Paused instances"));
    m_paused->setMaximumHeight(110);
    pausedLabel->setBuddy(m_paused);
    pausedRow->addWidget(m_paused, 1);
    m_resume = new QPushButton(tr("&Resume"), this);
    m_resume->setObjectName(QStringLiteral("resumePaused"));
    m_resume->setToolTip(tr("Sends through the instance are accepted again."));
    pausedRow->addWidget(m_resume, 0, Qt::AlignTop);
    layout->addLayout(pausedRow);

    layout->addWidget(new QLabel(tr("Decisions of the guard"), this));
    m_log = new LogPage(engine, new PolicyEventModel(engine), {tr("Policy events"), {}}, this);
    m_log->layout()->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_log, 1);

    connect(m_resume, &QPushButton::clicked, this, &PolicyEventsPage::resumeSelected);
    connect(m_paused, &QListWidget::currentRowChanged, this, [this](int row) { m_resume->setEnabled(row >= 0); });
    connect(&m_engine.instances(), &InstanceService::pausedChanged, this, [this] {
        reloadPaused();
        m_log->applyFilter(); // pausing and resuming are decisions too
    });
    connect(&m_engine.instances(), &InstanceService::instanceRemoved, this, &PolicyEventsPage::reloadPaused);
    reloadPaused();
}

void PolicyEventsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    reloadPaused();
    m_log->applyFilter();
}

void PolicyEventsPage::reloadPaused()
{
    m_paused->clear();
    for (const InstanceRecord &instance : m_engine.instances().list()) {
        if (!instance.paused)
            continue;
        const QString text = instance.pausedReason.isEmpty() ? instance.name
                                                             : tr("%1 — %2").arg(instance.name, instance.pausedReason);
        auto *item = new QListWidgetItem(text, m_paused);
        item->setData(Qt::UserRole, instance.id);
    }
    if (m_paused->count() == 0)
        new QListWidgetItem(tr("No instance is paused."), m_paused);
    const bool any = m_paused->count() > 0 && !m_paused->item(0)->data(Qt::UserRole).toString().isEmpty();
    m_paused->setEnabled(any);
    m_resume->setEnabled(any && m_paused->currentRow() >= 0);
    if (any && m_paused->currentRow() < 0)
        m_paused->setCurrentRow(0);
}

void PolicyEventsPage::resumeSelected()
{
    const QListWidgetItem *item = m_paused->currentItem();
    const QString id = item ? item->data(Qt::UserRole).toString() : QString();
    if (!id.isEmpty())
        m_engine.instances().resume(id);
}

} // namespace wag
