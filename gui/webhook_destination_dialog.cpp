#include "webhook_destination_dialog.h"

#include "events/event_types.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace wag {

WebhookDestinationDialog::WebhookDestinationDialog(Submit submit, QWidget *parent)
    : QDialog(parent), m_submit(std::move(submit))
{
    setObjectName(QStringLiteral("webhookDestinationDialog"));
    setWindowTitle(tr("Add webhook destination"));
    setAttribute(Qt::WA_DeleteOnClose);
    setMinimumWidth(520);
    auto *layout = new QVBoxLayout(this);

    auto *form = new QFormLayout;
    m_url = new QLineEdit(this);
    m_url->setObjectName(QStringLiteral("webhookUrl"));
    m_url->setPlaceholderText(QStringLiteral("https://crm.example.com/whatsapp/events"));
    m_url->setAccessibleName(tr("Destination URL"));
    form->addRow(tr("&URL:"), m_url);
    layout->addLayout(form);

    auto *eventsBox = new QGroupBox(tr("Events"), this);
    auto *grid = new QGridLayout(eventsBox);
    const QStringList &recommended = event_types::recommended();
    int i = 0;
    for (const QString &event : event_types::all()) {
        auto *box = new QCheckBox(event, eventsBox);
        box->setObjectName(QStringLiteral("event:") + event);
        box->setChecked(recommended.contains(event));
        if (recommended.contains(event))
            box->setToolTip(tr("Recommended"));
        grid->addWidget(box, i / 2, i % 2);
        m_events << box;
        ++i;
    }
    layout->addWidget(eventsBox);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("webhookDialogError"));
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    m_error->setWordWrap(true);
    m_error->hide();
    layout->addWidget(m_error);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &WebhookDestinationDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void WebhookDestinationDialog::accept()
{
    QStringList events;
    for (const QCheckBox *box : std::as_const(m_events)) {
        if (box->isChecked())
            events << box->text();
    }
    if (events.isEmpty()) {
        m_error->setText(tr("Choose at least one event."));
        m_error->show();
        return;
    }
    const QString error = m_submit(m_url->text().trimmed(), events);
    if (!error.isEmpty()) {
        m_error->setText(error);
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace wag
