#pragma once

#include "html.h"
#include "storage/webhook_delivery_store.h"
#include "storage/webhook_destination_store.h"

#include <QCoreApplication>
#include <QList>
#include <QSet>

#include <optional>

namespace wag::portal {

// The pieces of the instance page's Webhooks tab (SPEC §6.4): the destinations table, the
// add/edit form, the secret shown once, a destination's delivery log and the redeliver
// forms. Columns and words are the desktop window's (gui/webhooks_page.cpp), so the two
// front-ends describe a destination the same way. Pure rendering: the data comes from
// WebhookService through InstanceWebhooksController.
class InstanceWebhooksView
{
    Q_DECLARE_TR_FUNCTIONS(wag::portal::InstanceWebhooksView)
public:
    // A destination as the table shows it.
    struct Row
    {
        WebhookDestinationRecord record;
        int pending = -1;                          // -1: unknown (storage error)
        std::optional<WebhookAttemptRecord> last;  // the newest attempt, if any
        QString detailPath;                        // its sub-view with the delivery log
    };
    // What the visitor typed in a destination form, given back after a refusal.
    struct TypedDestination
    {
        QString url;
        QSet<QString> events;
    };
    struct TypedRange
    {
        QString from;
        QString to;
    };

    static Html destinationsTable(const QList<Row> &rows);
    // POSTs url and one "event:<name>" checkbox per subscribable event to `action`;
    // `destinationId` (edit) goes along as a hidden field.
    static Html destinationForm(const QString &action, const QByteArray &csrfToken, const QString &destinationId,
                                const TypedDestination &typed, const QString &problem, const QString &heading,
                                const QString &button);
    static TypedDestination recommendedDefaults();
    static TypedDestination current(const WebhookDestinationRecord &record);
    static QString eventField(const QString &event);

    // The signing secret, on the one answer that carries it (no-store, like every page).
    static Html secretOnce(const QString &heading, const QString &intro, const QString &secret);

    static Html facts(const Row &row);
    // Newest first; each row has a "Redeliver" button posting the event id to `redeliverAction`.
    static Html deliveryLog(const QList<WebhookAttemptRecord> &attempts, const QString &redeliverAction,
                            const QByteArray &csrfToken, const QString &destinationId);
    static Html rangeForm(const QString &action, const QByteArray &csrfToken, const TypedRange &typed,
                          const QString &problem);

    // SPEC §6.4's portal banner: the gateway disabled this destination by itself (410 Gone,
    // failing for 5 days), and nothing will be delivered until someone enables it again.
    // Empty for an enabled destination and for a manual disable.
    static Html disabledBanner(const WebhookDestinationRecord &record);
    static QString stateText(const WebhookDestinationRecord &record);
    static QString timeText(const QDateTime &time);
};

} // namespace wag::portal
