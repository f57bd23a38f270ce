// The OpenAPI document (resources/openapi.json, built in as ":/openapi.json") against the
// code it describes: every event name of event_types::all() has a webhook entry, every
// payload the event_payloads builders produce validates against that entry's schema with
// closed-object semantics (no key the schema does not declare, every key always sent is
// required, null only where declared), and the send API's limits and error codes are the
// ones the code uses. A change to a payload that forgets the document fails here.
#include "api/docs_controller.h"
#include "events/event_payloads.h"
#include "events/event_types.h"
#include "events/gateway_event.h"
#include "messaging/send_request.h"
#include "policy/purposes.h"
#include "version.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace wag;

namespace {

// A small JSON Schema (2020-12 subset, as OpenAPI 3.1 uses it) checker. It refuses keywords
// it does not know, so the document cannot grow a constraint that nothing here checks.
class SchemaChecker
{
public:
    explicit SchemaChecker(QJsonObject document) : m_document(std::move(document)) {}

    QJsonValue pointer(const QString &ref) const
    {
        if (!ref.startsWith(QStringLiteral("#/")))
            return {};
        QJsonValue at = m_document;
        for (QString token : ref.mid(2).split(QLatin1Char('/'))) {
            token.replace(QStringLiteral("~1"), QStringLiteral("/")).replace(QStringLiteral("~0"), QStringLiteral("~"));
            if (!at.isObject() || !at.toObject().contains(token))
                return QJsonValue(QJsonValue::Undefined);
            at = at.toObject().value(token);
        }
        return at;
    }

    QJsonObject resolve(QJsonObject schema) const
    {
        for (int depth = 0; schema.contains(QStringLiteral("$ref")) && depth < 16; ++depth)
            schema = pointer(schema.value(QStringLiteral("$ref")).toString()).toObject();
        return schema;
    }

    // Property names the schema declares, through allOf and $ref.
    QSet<QString> declaredKeys(const QJsonObject &schemaOrRef) const
    {
        const QJsonObject schema = resolve(schemaOrRef);
        QSet<QString> keys;
        const QJsonObject properties = schema.value(QStringLiteral("properties")).toObject();
        for (auto it = properties.begin(); it != properties.end(); ++it)
            keys.insert(it.key());
        for (const QJsonValue &sub : schema.value(QStringLiteral("allOf")).toArray())
            keys.unite(declaredKeys(sub.toObject()));
        return keys;
    }

    QSet<QString> requiredKeys(const QJsonObject &schemaOrRef) const
    {
        const QJsonObject schema = resolve(schemaOrRef);
        QSet<QString> keys;
        for (const QJsonValue &k : schema.value(QStringLiteral("required")).toArray())
            keys.insert(k.toString());
        for (const QJsonValue &sub : schema.value(QStringLiteral("allOf")).toArray())
            keys.unite(requiredKeys(sub.toObject()));
        return keys;
    }

    QStringList check(const QJsonValue &value, const QJsonObject &schema) const
    {
        QStringList errors;
        checkValue(value, schema, QStringLiteral("$"), true, &errors);
        return errors;
    }

private:
    static bool hasType(const QJsonValue &value, const QString &type)
    {
        if (type == u"null")
            return value.isNull();
        if (type == u"boolean")
            return value.isBool();
        if (type == u"string")
            return value.isString();
        if (type == u"object")
            return value.isObject();
        if (type == u"array")
            return value.isArray();
        if (type == u"number")
            return value.isDouble();
        if (type == u"integer")
            return value.isDouble() && value.toDouble() == double(qint64(value.toDouble()));
        return false;
    }

    // `closed`: undeclared keys are errors. Off inside allOf branches, whose siblings
    // declare the rest; the schema that holds the allOf checks the union.
    void checkValue(const QJsonValue &value, const QJsonObject &schema, const QString &path, bool closed,
                    QStringList *errors) const
    {
        static const QSet<QString> known = {
            QStringLiteral("$ref"),      QStringLiteral("type"),       QStringLiteral("const"),
            QStringLiteral("enum"),      QStringLiteral("pattern"),    QStringLiteral("format"),
            QStringLiteral("minLength"), QStringLiteral("maxLength"),  QStringLiteral("minimum"),
            QStringLiteral("maximum"),   QStringLiteral("properties"), QStringLiteral("required"),
            QStringLiteral("allOf"),     QStringLiteral("items"),      QStringLiteral("additionalProperties"),
            QStringLiteral("description"), QStringLiteral("title"),    QStringLiteral("examples"),
        };
        for (auto it = schema.begin(); it != schema.end(); ++it) {
            if (!known.contains(it.key()))
                errors->append(QStringLiteral("%1: the checker does not know the keyword \"%2\"").arg(path, it.key()));
        }

        if (schema.contains(QStringLiteral("$ref"))) {
            const QJsonValue target = pointer(schema.value(QStringLiteral("$ref")).toString());
            if (!target.isObject()) {
                errors->append(QStringLiteral("%1: unresolved $ref %2").arg(path, schema.value(QStringLiteral("$ref")).toString()));
                return;
            }
            checkValue(value, target.toObject(), path, closed, errors);
        }
        for (const QJsonValue &sub : schema.value(QStringLiteral("allOf")).toArray())
            checkValue(value, sub.toObject(), path, false, errors);

        if (schema.contains(QStringLiteral("type"))) {
            const QJsonValue type = schema.value(QStringLiteral("type"));
            const QJsonArray types = type.isArray() ? type.toArray() : QJsonArray{type};
            bool matched = false;
            for (const QJsonValue &t : types)
                matched = matched || hasType(value, t.toString());
            if (!matched) {
                errors->append(QStringLiteral("%1: %2 is not of type %3")
                                   .arg(path, QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact)),
                                        QString::fromUtf8(QJsonDocument(types).toJson(QJsonDocument::Compact))));
                return;
            }
        }
        if (schema.contains(QStringLiteral("const")) && schema.value(QStringLiteral("const")) != value)
            errors->append(QStringLiteral("%1: %2 is not the constant %3")
                               .arg(path, value.toVariant().toString(), schema.value(QStringLiteral("const")).toVariant().toString()));
        if (schema.contains(QStringLiteral("enum")) && !schema.value(QStringLiteral("enum")).toArray().contains(value))
            errors->append(QStringLiteral("%1: \"%2\" is not one of the enum").arg(path, value.toVariant().toString()));

        if (value.isString()) {
            const QString text = value.toString();
            const qsizetype length = text.toUcs4().size(); // JSON Schema counts code points
            if (schema.contains(QStringLiteral("minLength")) && length < schema.value(QStringLiteral("minLength")).toInt())
                errors->append(QStringLiteral("%1: shorter than minLength").arg(path));
            if (schema.contains(QStringLiteral("maxLength")) && length > schema.value(QStringLiteral("maxLength")).toInt())
                errors->append(QStringLiteral("%1: longer than maxLength").arg(path));
            if (schema.contains(QStringLiteral("pattern"))) {
                const QRegularExpression re(schema.value(QStringLiteral("pattern")).toString());
                if (!re.isValid())
                    errors->append(QStringLiteral("%1: invalid pattern").arg(path));
                else if (!re.match(text).hasMatch())
                    errors->append(QStringLiteral("%1: \"%2\" does not match %3").arg(path, text, re.pattern()));
            }
            if (schema.contains(QStringLiteral("format"))) {
                const QString format = schema.value(QStringLiteral("format")).toString();
                if (format != u"date-time")
                    errors->append(QStringLiteral("%1: the checker does not know the format %2").arg(path, format));
                else if (!QDateTime::fromString(text, Qt::ISODateWithMs).isValid())
                    errors->append(QStringLiteral("%1: \"%2\" is not a date-time").arg(path, text));
            }
        }
        if (value.isDouble()) {
            if (schema.contains(QStringLiteral("minimum")) && value.toDouble() < schema.value(QStringLiteral("minimum")).toDouble())
                errors->append(QStringLiteral("%1: below minimum").arg(path));
            if (schema.contains(QStringLiteral("maximum")) && value.toDouble() > schema.value(QStringLiteral("maximum")).toDouble())
                errors->append(QStringLiteral("%1: above maximum").arg(path));
        }
        if (value.isArray() && schema.contains(QStringLiteral("items"))) {
            const QJsonArray items = value.toArray();
            for (qsizetype i = 0; i < items.size(); ++i)
                checkValue(items.at(i), schema.value(QStringLiteral("items")).toObject(),
                           path + QStringLiteral("[%1]").arg(i), true, errors);
        }
        if (value.isObject()) {
            const QJsonObject object = value.toObject();
            for (const QJsonValue &key : schema.value(QStringLiteral("required")).toArray()) {
                if (!object.contains(key.toString()))
                    errors->append(QStringLiteral("%1: required key \"%2\" is missing").arg(path, key.toString()));
            }
            const QJsonObject properties = schema.value(QStringLiteral("properties")).toObject();
            const QJsonValue additional = schema.value(QStringLiteral("additionalProperties"));
            for (auto it = object.begin(); it != object.end(); ++it) {
                const QString keyPath = path + QLatin1Char('.') + it.key();
                if (properties.contains(it.key()))
                    checkValue(it.value(), properties.value(it.key()).toObject(), keyPath, true, errors);
                else if (additional.isObject())
                    checkValue(it.value(), additional.toObject(), keyPath, true, errors);
                else if (additional == QJsonValue(false))
                    errors->append(QStringLiteral("%1: not allowed").arg(keyPath));
            }
            if (closed && additional.isUndefined()) {
                const QSet<QString> declared = declaredKeys(schema);
                for (auto it = object.begin(); it != object.end(); ++it) {
                    if (!declared.contains(it.key()))
                        errors->append(QStringLiteral("%1.%2: not in the schema").arg(path, it.key()));
                }
            }
        }
    }

    QJsonObject m_document;
};

QJsonObject loadDocument()
{
    return QJsonDocument::fromJson(DocsController::openApiDocument()).object();
}

const QDateTime kAt = QDateTime(QDate(2025, 3, 14), QTime(9, 26, 53, 589), Qt::UTC);
const QString kInstanceId = QStringLiteral("inst_7Gk2PqR9sT4uV6wX8yZ0");
const QString kInstanceName = QStringLiteral("front-desk");

InboundMessage inbound(bool full)
{
    InboundMessage m;
    m.externalId = QStringLiteral("3EB0A1B2C3D4E5F60718");
    m.fromE164 = QStringLiteral("+14155552671");
    m.fromName = full ? QStringLiteral("Dana Smith") : QString();
    m.text = full ? QStringLiteral("Hello, is my order on its way?") : QString();
    m.messageType = full ? QStringLiteral("text") : QStringLiteral("image");
    m.groupId = QStringLiteral("120363025246125486@g.us");
    m.groupName = full ? QStringLiteral("Warehouse team") : QString();
    m.at = kAt;
    return m;
}

event_payloads::MessageFacts facts(bool full)
{
    event_payloads::MessageFacts f;
    f.messageId = QStringLiteral("msg_4fQ2mZp8LkT0aB7xYcD1");
    f.logId = 17;
    f.to = QStringLiteral("+14155552671");
    f.reference = full ? QStringLiteral("order-1001") : QString();
    f.externalMessageId = full ? QStringLiteral("3EB0C767D26A1D8F6B21") : QString();
    return f;
}

CallEvent callEvent(CallEvent::Kind kind, bool video)
{
    CallEvent c;
    c.kind = kind;
    c.callId = QStringLiteral("9F1A2B3C4D5E6F708192");
    c.fromE164 = QStringLiteral("+14155552671");
    c.isVideo = video;
    c.at = kAt;
    return c;
}

struct PayloadCase
{
    const char *tag;
    QString event;
    QJsonObject fields;
};

// Real payloads of every event, each with its optional values present and absent.
QList<PayloadCase> payloadCases()
{
    namespace p = event_payloads;
    namespace t = event_types;
    using S = MessageStatus;
    using I = InstanceState;
    const QString phone = QStringLiteral("+966512345123");
    const QDateTime later = kAt.addDays(1);
    return {
        {"message.received full", t::kMessageReceived, p::messageReceived(inbound(true))},
        {"message.received sparse", t::kMessageReceived, p::messageReceived(inbound(false))},
        {"message.sent full", t::kMessageSent, p::messageStatus(facts(true), S::Sent)},
        {"message.sent sparse", t::kMessageSent, p::messageStatus(facts(false), S::Sent)},
        {"message.failed full", t::kMessageFailed,
         p::messageFailed(facts(true), QStringLiteral("gateway_send_failed"), QStringLiteral("not_on_whatsapp"),
                          QStringLiteral("The number is not on WhatsApp."))},
        {"message.failed sparse", t::kMessageFailed,
         p::messageFailed(facts(false), QStringLiteral("gateway_send_failed"), QString(), QString())},
        {"recipient.opted_out keyword", t::kRecipientOptedOut,
         p::recipientOptedOut(QStringLiteral("+14155552671"), QStringLiteral("STOP"), QStringLiteral("keyword"))},
        {"recipient.opted_out no keyword", t::kRecipientOptedOut,
         p::recipientOptedOut(QStringLiteral("+14155552671"), QString(), QStringLiteral("3cx"))},
        {"instance.connected", t::kInstanceConnected, p::instanceState(I::Open, I::Connecting, QString(), phone)},
        {"instance.disconnected", t::kInstanceDisconnected,
         p::instanceState(I::Close, I::Open, QStringLiteral("logged_out"), phone)},
        {"instance.disconnected reconnecting", t::kInstanceDisconnected,
         p::instanceState(I::Connecting, I::Open, QString(), QString())},
        {"instance.connection_updated", t::kInstanceConnectionUpdated,
         p::instanceState(I::Connecting, I::Close, QString(), QString())},
        {"instance.qr_updated", t::kInstanceQrUpdated, p::instanceState(I::Connecting, I::Connecting, QString(), QString())},
        {"message.delivered full", t::kMessageDelivered, p::messageStatus(facts(true), S::Delivered)},
        {"message.delivered sparse", t::kMessageDelivered, p::messageStatus(facts(false), S::Delivered)},
        {"message.read", t::kMessageRead, p::messageStatus(facts(true), S::Read)},
        {"message.status_updated delivered", t::kMessageStatusUpdated,
         p::messageStatusUpdated(facts(true), S::Delivered, S::Sent)},
        {"message.status_updated read", t::kMessageStatusUpdated, p::messageStatusUpdated(facts(false), S::Read, S::Sent)},
        {"message.status_updated sent", t::kMessageStatusUpdated,
         p::messageStatusUpdated(facts(false), S::Sent, S::Sending)},
        {"message.status_updated failed", t::kMessageStatusUpdated,
         p::messageStatusUpdated(facts(false), S::Failed, S::Queued)},
        {"conversation.opened", t::kConversationOpened,
         p::conversation(QStringLiteral("+14155552671"), kAt, kAt, QDateTime())},
        {"conversation.opened first ever", t::kConversationOpened,
         p::conversation(QStringLiteral("+14155552671"), kAt, QDateTime(), QDateTime())},
        {"conversation.closed", t::kConversationClosed, p::conversation(QStringLiteral("+14155552671"), kAt, kAt, later)},
        {"call.received", t::kCallReceived, p::call(callEvent(CallEvent::Kind::Offer, false))},
        {"call.missed video", t::kCallMissed, p::call(callEvent(CallEvent::Kind::Missed, true))},
        {"group.message_received full", t::kGroupMessageReceived, p::groupMessageReceived(inbound(true))},
        {"group.message_received sparse", t::kGroupMessageReceived, p::groupMessageReceived(inbound(false))},
        {"group.updated full", t::kGroupUpdated,
         p::groupUpdated(QStringLiteral("120363025246125486@g.us"), QStringLiteral("Warehouse team"),
                         QStringLiteral("+14155552671"), QStringLiteral("subject"))},
        {"group.updated sparse", t::kGroupUpdated,
         p::groupUpdated(QStringLiteral("120363025246125486@g.us"), QString(), QString(), QStringLiteral("participants_added"))},
        {"webhook.test", t::kWebhookTest, p::webhookTest(QStringLiteral("whd_3Kx8Lm2Np5Qr7St9Uv1W"))},
    };
}

QJsonObject webhookSchema(const QJsonObject &document, const QString &event)
{
    return document.value(QStringLiteral("webhooks")).toObject().value(event).toObject()
        .value(QStringLiteral("post")).toObject().value(QStringLiteral("requestBody")).toObject()
        .value(QStringLiteral("content")).toObject().value(QStringLiteral("application/json")).toObject()
        .value(QStringLiteral("schema")).toObject();
}

QJsonObject payloadOf(const QString &event, const QJsonObject &fields)
{
    const GatewayEvent e = makeGatewayEvent(event, kInstanceId, kInstanceName, kAt, fields);
    return QJsonDocument::fromJson(e.body).object();
}

QSet<QString> keysOf(const QJsonObject &object)
{
    const QStringList keys = object.keys();
    return QSet<QString>(keys.begin(), keys.end());
}

void collectRefs(const QJsonValue &value, QStringList *refs)
{
    if (value.isObject()) {
        const QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (it.key() == u"$ref")
                refs->append(it.value().toString());
            else
                collectRefs(it.value(), refs);
        }
    } else if (value.isArray()) {
        for (const QJsonValue &v : value.toArray())
            collectRefs(v, refs);
    }
}

} // namespace

class TestOpenApiDocument : public QObject
{
    Q_OBJECT

private slots:
    void isBuiltInAndParses();
    void builtInCopyIsTheSourceFile();
    void everyReferenceResolves();
    void pathsAreThePublicApiOnly();
    void webhooksAreExactlyTheEvents();
    void everyWebhookDocumentsTheDeliveryHeaders();
    void payloadsMatchTheirSchemas_data();
    void payloadsMatchTheirSchemas();
    void everyEventHasARealPayloadChecked();
    void checkerCatchesDrift_data();
    void checkerCatchesDrift();
    void examplesMatchTheirSchemas();
    void sendRequestLimitsAreTheCodes();
    void sendErrorsAreTheSpecTable_data();
    void sendErrorsAreTheSpecTable();
    void limitAnswersCarryRetryAfter();
};

void TestOpenApiDocument::isBuiltInAndParses()
{
    const QByteArray bytes = DocsController::openApiDocument();
    QVERIFY2(!bytes.isEmpty(), "the resource :/openapi.json is not linked in");
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QVERIFY(document.isObject());
    const QJsonObject o = document.object();
    QCOMPARE(o.value(QStringLiteral("openapi")).toString(), QStringLiteral("3.1.0"));
    // The document is reviewed with every release: its version is the gateway's.
    QCOMPARE(o.value(QStringLiteral("info")).toObject().value(QStringLiteral("version")).toString(),
             QString::fromLatin1(kVersion));
}

void TestOpenApiDocument::builtInCopyIsTheSourceFile()
{
    const QString source = QFileInfo(QString::fromUtf8(__FILE__)).absolutePath()
                           + QStringLiteral("/../../resources/openapi.json");
    QFile file(source);
    if (!file.open(QIODevice::ReadOnly))
        QSKIP("the source tree is not next to this build");
    QCOMPARE(DocsController::openApiDocument(), file.readAll());
}

void TestOpenApiDocument::everyReferenceResolves()
{
    const QJsonObject document = loadDocument();
    const SchemaChecker checker(document);
    QStringList refs;
    collectRefs(document, &refs);
    QVERIFY(refs.size() > 50);
    for (const QString &ref : std::as_const(refs))
        QVERIFY2(checker.pointer(ref).isObject(), qPrintable(ref));
}

void TestOpenApiDocument::pathsAreThePublicApiOnly()
{
    const QJsonObject paths = loadDocument().value(QStringLiteral("paths")).toObject();
    QCOMPARE(keysOf(paths), (QSet<QString>{QStringLiteral("/api/send-message"), QStringLiteral("/"),
                                          QStringLiteral("/docs/openapi.json")}));
    QVERIFY(paths.value(QStringLiteral("/api/send-message")).toObject().contains(QStringLiteral("post")));
    QVERIFY(paths.value(QStringLiteral("/")).toObject().contains(QStringLiteral("get")));
    QVERIFY(paths.value(QStringLiteral("/docs/openapi.json")).toObject().contains(QStringLiteral("get")));
}

void TestOpenApiDocument::webhooksAreExactlyTheEvents()
{
    const QJsonObject document = loadDocument();
    const SchemaChecker checker(document);
    const QJsonObject webhooks = document.value(QStringLiteral("webhooks")).toObject();
    QSet<QString> expected(event_types::all().begin(), event_types::all().end());
    expected.insert(event_types::kWebhookTest);
    QCOMPARE(keysOf(webhooks), expected);

    // The common `event` enum lists the same names, and each webhook's schema pins its own.
    const QJsonArray names = checker.pointer(QStringLiteral("#/components/schemas/EventCommon/properties/event/enum")).toArray();
    QSet<QString> enumerated;
    for (const QJsonValue &n : names)
        enumerated.insert(n.toString());
    QCOMPARE(enumerated, expected);
    for (const QString &event : std::as_const(expected)) {
        const QJsonObject schema = checker.resolve(webhookSchema(document, event));
        QCOMPARE(schema.value(QStringLiteral("properties")).toObject().value(QStringLiteral("event")).toObject()
                     .value(QStringLiteral("const")).toString(),
                 event);
    }
}

void TestOpenApiDocument::everyWebhookDocumentsTheDeliveryHeaders()
{
    const QJsonObject document = loadDocument();
    const SchemaChecker checker(document);
    const QJsonObject webhooks = document.value(QStringLiteral("webhooks")).toObject();
    for (auto it = webhooks.begin(); it != webhooks.end(); ++it) {
        const QJsonObject post = it.value().toObject().value(QStringLiteral("post")).toObject();
        QHash<QString, QJsonObject> headers;
        for (const QJsonValue &p : post.value(QStringLiteral("parameters")).toArray()) {
            const QJsonObject parameter = checker.resolve(p.toObject());
            QCOMPARE(parameter.value(QStringLiteral("in")).toString(), QStringLiteral("header"));
            headers.insert(parameter.value(QStringLiteral("name")).toString(), parameter);
        }
        QCOMPARE(headers.size(), 6);
        for (const char *name : {"X-WhatsApp-Gateway-Event", "X-WhatsApp-Gateway-Timestamp", "webhook-id",
                                  "webhook-timestamp"})
            QVERIFY2(headers.value(QString::fromLatin1(name)).value(QStringLiteral("required")).toBool(), name);
        // Signatures exist only when the destination has a secret.
        for (const char *name : {"X-WhatsApp-Gateway-Signature", "webhook-signature"}) {
            QVERIFY2(headers.contains(QString::fromLatin1(name)), name);
            QVERIFY2(!headers.value(QString::fromLatin1(name)).value(QStringLiteral("required")).toBool(), name);
        }
        QCOMPARE(headers.value(QStringLiteral("X-WhatsApp-Gateway-Event")).value(QStringLiteral("schema")).toObject()
                     .value(QStringLiteral("const")).toString(),
                 it.key());
        QVERIFY(post.value(QStringLiteral("responses")).toObject().contains(QStringLiteral("2XX")));
    }

    // The header formats, checked against values of the shapes webhook_signature produces.
    const QHash<QString, QString> samples = {
        {QStringLiteral("WebhookTimestamp"), QStringLiteral("1741944413")},
        {QStringLiteral("WebhookSignature"), QStringLiteral("sha256=") + QString(64, QLatin1Char('a'))},
        {QStringLiteral("StandardWebhookId"), QStringLiteral("evt_Ab12Cd34Ef56Gh78Ij90")},
        {QStringLiteral("StandardWebhookTimestamp"), QStringLiteral("1741944413")},
        {QStringLiteral("StandardWebhookSignature"),
         QStringLiteral("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE= v1,K5oZfzN95Z9UVu1EsfQmfVNQhnkZ2pj9o9NDN/H/pI4=")},
    };
    for (auto it = samples.begin(); it != samples.end(); ++it) {
        const QJsonObject schema = checker.pointer(QStringLiteral("#/components/parameters/") + it.key())
                                       .toObject().value(QStringLiteral("schema")).toObject();
        const QStringList errors = checker.check(it.value(), schema);
        QVERIFY2(errors.isEmpty(), qPrintable(it.key() + QLatin1Char(' ') + errors.join(QStringLiteral("; "))));
    }
    const QJsonObject upperHex = checker.pointer(QStringLiteral("#/components/parameters/WebhookSignature/schema")).toObject();
    QVERIFY(!checker.check(QString(QStringLiteral("sha256=") + QString(64, QLatin1Char('A'))), upperHex).isEmpty());
}

void TestOpenApiDocument::payloadsMatchTheirSchemas_data()
{
    QTest::addColumn<QString>("event");
    QTest::addColumn<QJsonObject>("fields");
    for (const PayloadCase &c : payloadCases())
        QTest::newRow(c.tag) << c.event << c.fields;
}

void TestOpenApiDocument::payloadsMatchTheirSchemas()
{
    QFETCH(QString, event);
    QFETCH(QJsonObject, fields);
    const QJsonObject document = loadDocument();
    const SchemaChecker checker(document);
    const QJsonObject schema = webhookSchema(document, event);
    QVERIFY2(!schema.isEmpty(), qPrintable(event));

    const QJsonObject payload = payloadOf(event, fields);
    const QStringList errors = checker.check(payload, schema);
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QStringLiteral("\n"))));

    // Builders send every key, null rather than absent: so every key sent must be required,
    // and the schema declares nothing that is merely optional.
    const QSet<QString> required = checker.requiredKeys(schema);
    QCOMPARE(keysOf(payload), required);
    QCOMPARE(checker.declaredKeys(schema), required);
}

void TestOpenApiDocument::everyEventHasARealPayloadChecked()
{
    QSet<QString> covered;
    for (const PayloadCase &c : payloadCases())
        covered.insert(c.event);
    for (const QString &event : event_types::all())
        QVERIFY2(covered.contains(event), qPrintable(event));
    QVERIFY(covered.contains(event_types::kWebhookTest));
}

// The checker is only worth something if it fails on the drift it is there to catch.
void TestOpenApiDocument::checkerCatchesDrift_data()
{
    QTest::addColumn<QString>("event");
    QTest::addColumn<QJsonObject>("payload");
    const QJsonObject received = payloadOf(event_types::kMessageReceived, event_payloads::messageReceived(inbound(true)));
    const QJsonObject sent = payloadOf(event_types::kMessageSent, event_payloads::messageStatus(facts(true), MessageStatus::Sent));
    const QJsonObject failed = payloadOf(event_types::kMessageFailed,
                                         event_payloads::messageFailed(facts(true), QStringLiteral("x"), {}, {}));
    auto with = [](QJsonObject o, const QString &key, const QJsonValue &value) {
        o.insert(key, value);
        return o;
    };
    auto without = [](QJsonObject o, const QString &key) {
        o.remove(key);
        return o;
    };
    QTest::newRow("undocumented key") << event_types::kMessageReceived << with(received, QStringLiteral("chat_id"), 1);
    QTest::newRow("missing key") << event_types::kMessageReceived << without(received, QStringLiteral("from_name"));
    QTest::newRow("missing common key") << event_types::kMessageSent << without(sent, QStringLiteral("instance_name"));
    QTest::newRow("null where not nullable") << event_types::kMessageReceived
                                             << with(received, QStringLiteral("from"), QJsonValue::Null);
    QTest::newRow("wrong type") << event_types::kMessageSent << with(sent, QStringLiteral("log_id"), QStringLiteral("17"));
    QTest::newRow("wrong status for the event") << event_types::kMessageSent
                                                << with(sent, QStringLiteral("status"), QStringLiteral("delivered"));
    QTest::newRow("wrong event name") << event_types::kMessageSent
                                      << with(sent, QStringLiteral("event"), QStringLiteral("message.read"));
    QTest::newRow("not a message type") << event_types::kMessageReceived
                                        << with(received, QStringLiteral("message_type"), QStringLiteral("gif"));
    QTest::newRow("bad time") << event_types::kMessageSent
                              << with(sent, QStringLiteral("occurred_at"), QStringLiteral("yesterday"));
    QJsonObject error = failed.value(QStringLiteral("error")).toObject();
    error.insert(QStringLiteral("retryable"), true);
    QTest::newRow("undocumented nested key") << event_types::kMessageFailed << with(failed, QStringLiteral("error"), error);
}

void TestOpenApiDocument::checkerCatchesDrift()
{
    QFETCH(QString, event);
    QFETCH(QJsonObject, payload);
    const QJsonObject document = loadDocument();
    const SchemaChecker checker(document);
    QVERIFY(!checker.check(payload, webhookSchema(document, event)).isEmpty());
}

void TestOpenApiDocument::examplesMatchTheirSchemas()
{
    const QJsonObject document = loadDocument();
    const SchemaChecker checker(document);
    int checked = 0;
    const QJsonObject webhooks = document.value(QStringLiteral("webhooks")).toObject();
    for (auto it = webhooks.begin(); it != webhooks.end(); ++it) {
        const QJsonObject content = it.value().toObject().value(QStringLiteral("post")).toObject()
            .value(QStringLiteral("requestBody")).toObject().value(QStringLiteral("content")).toObject()
            .value(QStringLiteral("application/json")).toObject();
        const QStringList errors = checker.check(content.value(QStringLiteral("example")),
                                                 content.value(QStringLiteral("schema")).toObject());
        QVERIFY2(errors.isEmpty(), qPrintable(it.key() + QLatin1Char(' ') + errors.join(QStringLiteral("; "))));
        ++checked;
    }
    const QJsonObject responses = document.value(QStringLiteral("paths")).toObject()
        .value(QStringLiteral("/api/send-message")).toObject().value(QStringLiteral("post")).toObject()
        .value(QStringLiteral("responses")).toObject();
    for (auto it = responses.begin(); it != responses.end(); ++it) {
        const QJsonObject content = it.value().toObject().value(QStringLiteral("content")).toObject()
            .value(QStringLiteral("application/json")).toObject();
        const QJsonObject examples = content.value(QStringLiteral("examples")).toObject();
        QVERIFY2(!examples.isEmpty(), qPrintable(it.key()));
        for (auto ex = examples.begin(); ex != examples.end(); ++ex) {
            // Answers are open objects (clients must ignore new keys); only the shape is held.
            QStringList errors;
            const QJsonObject schema = content.value(QStringLiteral("schema")).toObject();
            for (const QString &e : checker.check(ex.value().toObject().value(QStringLiteral("value")), schema)) {
                if (!e.endsWith(QStringLiteral("not in the schema")))
                    errors.append(e);
            }
            QVERIFY2(errors.isEmpty(), qPrintable(it.key() + QLatin1Char(' ') + ex.key() + QLatin1Char(' ')
                                                  + errors.join(QStringLiteral("; "))));
            ++checked;
        }
    }
    QVERIFY(checked > 30);
}

void TestOpenApiDocument::sendRequestLimitsAreTheCodes()
{
    const QJsonObject document = loadDocument();
    const SchemaChecker checker(document);
    const QJsonObject request = checker.pointer(QStringLiteral("#/components/schemas/SendMessageRequest")).toObject();
    const QJsonObject properties = request.value(QStringLiteral("properties")).toObject();
    QCOMPARE(properties.value(QStringLiteral("message")).toObject().value(QStringLiteral("maxLength")).toInt(),
             kMaxMessageCharacters);
    QCOMPARE(properties.value(QStringLiteral("reference")).toObject().value(QStringLiteral("maxLength")).toInt(),
             kMaxReferenceLength);
    QCOMPARE(checker.pointer(QStringLiteral("#/components/parameters/IdempotencyKey/schema/maxLength")).toInt(),
             kMaxIdempotencyKeyLength);
    QCOMPARE(checker.pointer(QStringLiteral("#/components/parameters/IdempotencyKey/name")).toString(),
             QStringLiteral("Idempotency-Key"));

    QStringList purposes;
    for (const QJsonValue &p : properties.value(QStringLiteral("message_purpose")).toObject().value(QStringLiteral("enum")).toArray())
        purposes.append(p.toString());
    QCOMPARE(purposes, allowedPurposes());

    QStringList required;
    for (const QJsonValue &r : request.value(QStringLiteral("required")).toArray())
        required.append(r.toString());
    required.sort();
    QCOMPARE(required, (QStringList{QStringLiteral("instance_id"), QStringLiteral("message"),
                                    QStringLiteral("message_purpose"), QStringLiteral("phone")}));

    // The controller reads the key from "Authorization: Bearer"; nothing else.
    const QJsonObject scheme = checker.pointer(QStringLiteral("#/components/securitySchemes/apiKey")).toObject();
    QCOMPARE(scheme.value(QStringLiteral("type")).toString(), QStringLiteral("http"));
    QCOMPARE(scheme.value(QStringLiteral("scheme")).toString(), QStringLiteral("bearer"));
}

void TestOpenApiDocument::sendErrorsAreTheSpecTable_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("status");
    // SPEC §5, row by row.
    const QList<QPair<const char *, int>> table = {
        {"invalid_api_key", 401},           {"revoked_api_key", 401},
        {"invalid_json", 400},              {"unsupported_media_type", 415},
        {"payload_too_large", 413},         {"validation_error", 422},
        {"invalid_phone", 422},             {"message_purpose_required", 422},
        {"message_purpose_not_allowed", 422}, {"invalid_instance", 404},
        {"instance_not_connected", 409},    {"instance_paused", 409},
        {"recipient_suppressed", 403},      {"policy_violation", 403},
        {"daily_limit_reached", 429},       {"monthly_limit_reached", 429},
        {"sending_throttled", 429},         {"idempotency_key_reused", 422},
        {"idempotency_key_in_flight", 409}, {"gateway_send_failed", 502},
    };
    for (const auto &[code, status] : table)
        QTest::newRow(code) << QString::fromLatin1(code) << status;
}

void TestOpenApiDocument::sendErrorsAreTheSpecTable()
{
    QFETCH(QString, code);
    QFETCH(int, status);
    const QJsonObject document = loadDocument();
    const QJsonObject response = document.value(QStringLiteral("paths")).toObject()
        .value(QStringLiteral("/api/send-message")).toObject().value(QStringLiteral("post")).toObject()
        .value(QStringLiteral("responses")).toObject().value(QString::number(status)).toObject();
    QVERIFY2(!response.isEmpty(), qPrintable(QString::number(status)));
    const QJsonObject content = response.value(QStringLiteral("content")).toObject()
        .value(QStringLiteral("application/json")).toObject();
    const QJsonArray codes = content.value(QStringLiteral("schema")).toObject().value(QStringLiteral("properties"))
        .toObject().value(QStringLiteral("error")).toObject().value(QStringLiteral("enum")).toArray();
    QVERIFY2(codes.contains(code), qPrintable(code));
    QVERIFY2(content.value(QStringLiteral("examples")).toObject().contains(code), qPrintable(code));
    QVERIFY(response.value(QStringLiteral("description")).toString().contains(QLatin1Char('`') + code + QLatin1Char('`')));
}

void TestOpenApiDocument::limitAnswersCarryRetryAfter()
{
    const QJsonObject document = loadDocument();
    const QJsonObject responses = document.value(QStringLiteral("paths")).toObject()
        .value(QStringLiteral("/api/send-message")).toObject().value(QStringLiteral("post")).toObject()
        .value(QStringLiteral("responses")).toObject();
    QVERIFY(responses.value(QStringLiteral("429")).toObject().value(QStringLiteral("headers")).toObject()
                .contains(QStringLiteral("Retry-After")));
    QVERIFY(responses.value(QStringLiteral("200")).toObject().value(QStringLiteral("headers")).toObject()
                .contains(QStringLiteral("Idempotent-Replayed")));
    const QJsonObject accepted = SchemaChecker(document).pointer(QStringLiteral("#/components/schemas/SendMessageAccepted")).toObject();
    QStringList statuses;
    for (const QJsonValue &s : accepted.value(QStringLiteral("properties")).toObject().value(QStringLiteral("status"))
                                   .toObject().value(QStringLiteral("enum")).toArray())
        statuses.append(s.toString());
    QCOMPARE(statuses, (QStringList{QStringLiteral("sent"), QStringLiteral("queued")}));
}

QTEST_GUILESS_MAIN(TestOpenApiDocument)
#include "test_openapi_document.moc"
