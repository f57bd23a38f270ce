// EventMapper: Evolution API v2 webhook envelopes (shapes of research §A.6, verbatim
// field names) → the gateway's provider events.
#include "providers/evolution/evolution_event_mapper.h"

#include <QJsonDocument>
#include <QtTest>

using namespace wag;
using namespace wag::evolution;

namespace {

// JSON written with single quotes (readable in C++ strings, and moc's parser does not
// handle raw string literals): ' becomes ".
QByteArray J(const char *text)
{
    return QByteArray(text).replace('\'', '"');
}

const QDateTime kNow(QDate(2026, 3, 1), QTime(10, 0), Qt::UTC);

QJsonObject envelope(const QString &event, const QByteArray &dataJson)
{
    const QJsonDocument data = QJsonDocument::fromJson(dataJson);
    QJsonObject e{{QStringLiteral("event"), event},
                  {QStringLiteral("instance"), QStringLiteral("wag-0011aabb-0123456789abcdef")},
                  {QStringLiteral("destination"), QStringLiteral("http://127.0.0.1:8480/internal/evolution/x")},
                  {QStringLiteral("date_time"), QStringLiteral("2025-06-05T13:18:47.612Z")},
                  {QStringLiteral("sender"), QStringLiteral("5511999990000@s.whatsapp.net")},
                  {QStringLiteral("server_url"), QStringLiteral("http://localhost:8080")},
                  {QStringLiteral("apikey"), QJsonValue::Null}};
    if (data.isObject())
        e.insert(QStringLiteral("data"), data.object());
    else if (data.isArray())
        e.insert(QStringLiteral("data"), data.array());
    else
        e.insert(QStringLiteral("data"), QJsonValue::Null);
    return e;
}

QList<ProviderEvent> mapped(const QString &event, const QByteArray &dataJson)
{
    return EventMapper::map(envelope(event, dataJson), kNow);
}

} // namespace

class TestEvolutionEventMapper : public QObject
{
    Q_OBJECT

private slots:
    void eventNamesInBothSpellings()
    {
        QCOMPARE(EventMapper::canonicalEventName(QStringLiteral("MESSAGES_UPSERT")), QStringLiteral("messages.upsert"));
        QCOMPARE(EventMapper::canonicalEventName(QStringLiteral("messages.upsert")), QStringLiteral("messages.upsert"));
        QCOMPARE(EventMapper::canonicalEventName(QStringLiteral("GROUP_PARTICIPANTS_UPDATE")),
                 EventMapper::canonicalEventName(QStringLiteral("group-participants.update")));
        const QByteArray data = J("{'instance':'x','state':'connecting','statusReason':200}");
        QCOMPARE(mapped(QStringLiteral("CONNECTION_UPDATE"), data).size(), 1);
        QCOMPARE(mapped(QStringLiteral("connection.update"), data).size(), 1);
    }

    void qrCodeUpdated()
    {
        const auto events = mapped(QStringLiteral("qrcode.updated"),
                                   J("{'qrcode':{'instance':'gw-01','pairingCode':null,'code':'2@abc,def','base64':'data:image/png;base64,iVBOR'}}"));
        QCOMPARE(events.size(), 1);
        QCOMPARE(events[0].kind, ProviderEvent::Kind::QrCode);
        QCOMPARE(events[0].qrText, QStringLiteral("2@abc,def"));
    }

    void qrLimitReachedCloses()
    {
        const auto events = mapped(QStringLiteral("qrcode.updated"),
                                   J("{'message':'QR code limit reached, please login again','statusCode':500}"));
        QCOMPARE(events.size(), 2);
        QCOMPARE(events[0].kind, ProviderEvent::Kind::QrCode);
        QVERIFY(events[0].qrText.isEmpty());
        QCOMPARE(events[1].state, InstanceState::Close);
        QCOMPARE(events[1].reason, QStringLiteral("qr_limit_reached"));

        const auto refused = mapped(QStringLiteral("connection.update"),
                                    J("{'instance':'gw-01','state':'refused','statusReason':428,'wuid':null,'profileName':null,'profilePictureUrl':null}"));
        QCOMPARE(refused.last().state, InstanceState::Close);
        QCOMPARE(refused.last().reason, QStringLiteral("qr_limit_reached"));
    }

    void connectionOpenCarriesThePhone()
    {
        const auto events = mapped(QStringLiteral("connection.update"),
                                   J("{'instance':'gw-01','wuid':'5511999990000@s.whatsapp.net','profileName':'Shop','profilePictureUrl':null,'state':'open','statusReason':200}"));
        QCOMPARE(events.size(), 1);
        QCOMPARE(events[0].kind, ProviderEvent::Kind::Connection);
        QCOMPARE(events[0].state, InstanceState::Open);
        QCOMPARE(events[0].phoneE164, QStringLiteral("+5511999990000"));
    }

    void connectionCloseReasons_data()
    {
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("reason");
        QTest::newRow("401") << 401 << "logged_out";
        QTest::newRow("403") << 403 << "forbidden";
        QTest::newRow("402") << 402 << "account_unavailable";
        QTest::newRow("406") << 406 << "account_unavailable";
        QTest::newRow("408") << 408 << "connection_lost";
        QTest::newRow("440") << 440 << "connection_replaced";
        QTest::newRow("515") << 515 << "restart_required";
        QTest::newRow("999") << 999 << "connection_closed";
    }

    void connectionCloseReasons()
    {
        QFETCH(int, code);
        QFETCH(QString, reason);
        const QByteArray data = QString::fromUtf8(J("{'instance':'gw-01','state':'close','statusReason':%1}")).arg(code).toUtf8();
        const auto events = mapped(QStringLiteral("connection.update"), data);
        QCOMPARE(events.size(), 1);
        QCOMPARE(events[0].state, InstanceState::Close);
        QCOMPARE(events[0].reason, reason);
    }

    void logoutInstanceIsLoggedOut()
    {
        const auto events = mapped(QStringLiteral("logout.instance"), "null");
        QVERIFY(!events.isEmpty());
        QCOMPARE(events.last().kind, ProviderEvent::Kind::Connection);
        QCOMPARE(events.last().state, InstanceState::Close);
        QCOMPARE(events.last().reason, QStringLiteral("logged_out"));
    }

    void upsertFromAPerson()
    {
        const auto events = mapped(QStringLiteral("messages.upsert"), J(""
"            {'key':{'remoteJid':'5511999990000@s.whatsapp.net','fromMe':false,'id':'3EB0C0BD05DCA97A7C09CB','addressingMode':'pn'},"
"             'pushName':'Ana','status':'DELIVERY_ACK',"
"             'message':{'conversation':'hello'},'contextInfo':null,"
"             'messageType':'conversation','messageTimestamp':1717604327,"
"             'instanceId':'6f1c','source':'android'}"));
        QCOMPARE(events.size(), 1);
        const InboundMessage &m = events[0].message;
        QCOMPARE(events[0].kind, ProviderEvent::Kind::Message);
        QCOMPARE(m.externalId, QStringLiteral("3EB0C0BD05DCA97A7C09CB"));
        QCOMPARE(m.fromE164, QStringLiteral("+5511999990000"));
        QCOMPARE(m.fromName, QStringLiteral("Ana"));
        QCOMPARE(m.text, QStringLiteral("hello"));
        QCOMPARE(m.messageType, QStringLiteral("text"));
        QVERIFY(m.groupId.isEmpty());
        QCOMPARE(m.at, QDateTime::fromSecsSinceEpoch(1717604327, Qt::UTC));
    }

    void upsertExtendedTextOfOlderServers()
    {
        const auto events = mapped(QStringLiteral("messages.upsert"), J(""
"            {'key':{'remoteJid':'5511999990000@s.whatsapp.net','fromMe':false,'id':'AB12'},"
"             'message':{'extendedTextMessage':{'text':'see https://example.org'}},"
"             'messageType':'extendedTextMessage','messageTimestamp':'1717604327'}"));
        QCOMPARE(events.size(), 1);
        QCOMPARE(events[0].message.text, QStringLiteral("see https://example.org"));
        QCOMPARE(events[0].message.messageType, QStringLiteral("text"));
        QCOMPARE(events[0].message.at, QDateTime::fromSecsSinceEpoch(1717604327, Qt::UTC));
    }

    void upsertInAGroup()
    {
        const auto events = mapped(QStringLiteral("messages.upsert"), J(""
"            {'key':{'remoteJid':'120363025246125486@g.us','fromMe':false,'id':'G1','participant':'5511988887777@s.whatsapp.net'},"
"             'pushName':'Bo','message':{'conversation':'hi all'},'messageType':'conversation','messageTimestamp':1717604327}"));
        QCOMPARE(events.size(), 1);
        QCOMPARE(events[0].message.groupId, QStringLiteral("120363025246125486@g.us"));
        QCOMPARE(events[0].message.fromE164, QStringLiteral("+5511988887777"));
    }

    void upsertFromALinkedIdUsesRemoteJidAlt()
    {
        const auto events = mapped(QStringLiteral("messages.upsert"), J(""
"            {'key':{'remoteJid':'123456789012345@lid','remoteJidAlt':'5511999990000@s.whatsapp.net','fromMe':false,'id':'L1','addressingMode':'lid'},"
"             'message':{'conversation':'via lid'},'messageType':'conversation','messageTimestamp':1717604327}"));
        QCOMPARE(events.size(), 1);
        QCOMPARE(events[0].message.fromE164, QStringLiteral("+5511999990000"));

        // A lid with no phone next to it has nobody to answer: left out.
        QVERIFY(mapped(QStringLiteral("messages.upsert"), J(""
"            {'key':{'remoteJid':'123456789012345@lid','fromMe':false,'id':'L2'},"
"             'message':{'conversation':'x'},'messageType':'conversation'}")).isEmpty());
    }

    void echoesAndBroadcastsAreIgnored()
    {
        QVERIFY(mapped(QStringLiteral("messages.upsert"), J(""
"            {'key':{'remoteJid':'5511999990000@s.whatsapp.net','fromMe':true,'id':'3EB0'},"
"             'message':{'conversation':'our own'},'messageType':'conversation','status':'PENDING'}")).isEmpty());
        QVERIFY(mapped(QStringLiteral("send.message"), J(""
"            {'key':{'remoteJid':'5511999990000@s.whatsapp.net','fromMe':true,'id':'3EB0'},"
"             'message':{'conversation':'our own'},'messageType':'conversation','status':'PENDING'}")).isEmpty());
        QVERIFY(mapped(QStringLiteral("messages.upsert"), J(""
"            {'key':{'remoteJid':'status@broadcast','fromMe':false,'id':'S1','participant':'5511999990000@s.whatsapp.net'},"
"             'message':{'conversation':'story'},'messageType':'conversation'}")).isEmpty());
        QVERIFY(mapped(QStringLiteral("contacts.update"), J("[{'remoteJid':'x'}]")).isEmpty());
    }

    void mediaTypes_data()
    {
        QTest::addColumn<QString>("evolutionType");
        QTest::addColumn<QString>("type");
        QTest::newRow("image") << "imageMessage" << "image";
        QTest::newRow("audio") << "audioMessage" << "audio";
        QTest::newRow("video") << "videoMessage" << "video";
        QTest::newRow("ptv") << "ptvMessage" << "video";
        QTest::newRow("document") << "documentMessage" << "document";
        QTest::newRow("sticker") << "stickerMessage" << "sticker";
        QTest::newRow("location") << "locationMessage" << "location";
        QTest::newRow("contact") << "contactMessage" << "contact";
        QTest::newRow("reaction") << "reactionMessage" << "reaction";
        QTest::newRow("poll") << "pollCreationMessage" << "other";
    }

    void mediaTypes()
    {
        QFETCH(QString, evolutionType);
        QFETCH(QString, type);
        const QByteArray data = QString::fromUtf8(J(""
"            {'key':{'remoteJid':'5511999990000@s.whatsapp.net','fromMe':false,'id':'M1'},"
"             'message':{'%1':{'caption':'look','url':'https://mmg.whatsapp.net/x','jpegThumbnail':'/9j/4AAQ'},"
"                        'base64':'iVBORw0KGgoAAAANSUhEUgAA'},"
"             'messageType':'%1','messageTimestamp':1717604327}")).arg(evolutionType).toUtf8();
        const auto events = mapped(QStringLiteral("messages.upsert"), data);
        QCOMPARE(events.size(), 1);
        QCOMPARE(events[0].message.messageType, type);
        // Media bytes never reach the gateway's records: only a caption does.
        QVERIFY(!events[0].message.text.contains(QLatin1String("iVBOR")));
        QVERIFY(!events[0].message.text.contains(QLatin1String("/9j/")));
    }

    void captionsAreTheText()
    {
        const auto events = mapped(QStringLiteral("messages.upsert"), J(""
"            {'key':{'remoteJid':'5511999990000@s.whatsapp.net','fromMe':false,'id':'M2'},"
"             'message':{'imageMessage':{'caption':'our new shop'}},'messageType':'imageMessage'}"));
        QCOMPARE(events[0].message.text, QStringLiteral("our new shop"));
        QCOMPARE(events[0].message.at, kNow); // no timestamp: now
    }

    void receipts_data()
    {
        QTest::addColumn<QString>("status");
        QTest::addColumn<int>("expected"); // -1: nothing
        QTest::newRow("SERVER_ACK") << "SERVER_ACK" << int(MessageStatus::Sent);
        QTest::newRow("DELIVERY_ACK") << "DELIVERY_ACK" << int(MessageStatus::Delivered);
        QTest::newRow("READ") << "READ" << int(MessageStatus::Read);
        QTest::newRow("PLAYED") << "PLAYED" << int(MessageStatus::Read);
        QTest::newRow("ERROR") << "ERROR" << int(MessageStatus::Failed);
        QTest::newRow("PENDING") << "PENDING" << -1;
        QTest::newRow("DELETED") << "DELETED" << -1;
    }

    void receipts()
    {
        QFETCH(QString, status);
        QFETCH(int, expected);
        const QByteArray data = QString::fromUtf8(J(""
"            {'keyId':'3EB0AAAA','remoteJid':'5511999990000@s.whatsapp.net','fromMe':true,'participant':null,"
"             'status':'%1','pollUpdates':null,'instanceId':'6f1c','messageId':'cm0abc'}")).arg(status).toUtf8();
        const auto events = mapped(QStringLiteral("messages.update"), data);
        if (expected < 0) {
            QVERIFY(events.isEmpty());
            return;
        }
        QCOMPARE(events.size(), 1);
        QCOMPARE(events[0].kind, ProviderEvent::Kind::Receipt);
        QCOMPARE(events[0].externalId, QStringLiteral("3EB0AAAA"));
        QCOMPARE(int(events[0].status), expected);
    }

    void receiptsOfInboundMessagesAreIgnored()
    {
        QVERIFY(mapped(QStringLiteral("messages.update"), J(""
"            {'keyId':'IN1','remoteJid':'5511999990000@s.whatsapp.net','fromMe':false,'status':'READ'}")).isEmpty());
    }

    void calls()
    {
        const auto offer = mapped(QStringLiteral("call"), J(""
"            {'chatId':'5511999990000@s.whatsapp.net','from':'5511999990000@s.whatsapp.net','id':'CALL1',"
"             'date':'2025-06-05T13:18:47.000Z','isVideo':true,'status':'offer','offline':false}"));
        QCOMPARE(offer.size(), 1);
        QCOMPARE(offer[0].kind, ProviderEvent::Kind::Call);
        QCOMPARE(offer[0].call.kind, CallEvent::Kind::Offer);
        QCOMPARE(offer[0].call.callId, QStringLiteral("CALL1"));
        QCOMPARE(offer[0].call.fromE164, QStringLiteral("+5511999990000"));
        QVERIFY(offer[0].call.isVideo);

        for (const char *status : {"timeout", "reject"}) {
            const QByteArray data = QString::fromUtf8(J("{'from':'123456789012345@lid','callerPn':'5511999990000@s.whatsapp.net','id':'CALL1','status':'%1'}"))
                                        .arg(QLatin1String(status)).toUtf8();
            const auto missed = mapped(QStringLiteral("call"), data);
            QCOMPARE(missed.size(), 1);
            QCOMPARE(missed[0].call.kind, CallEvent::Kind::Missed);
            QCOMPARE(missed[0].call.fromE164, QStringLiteral("+5511999990000"));
        }
        const auto accepted = mapped(QStringLiteral("call"), J("{'from':'5511999990000@s.whatsapp.net','id':'CALL1','status':'accept'}"));
        QCOMPARE(accepted.size(), 1);
        QCOMPARE(accepted[0].kind, ProviderEvent::Kind::CallAccepted);
        QVERIFY(mapped(QStringLiteral("call"), J("{'from':'5511999990000@s.whatsapp.net','id':'CALL1','status':'ringing'}")).isEmpty());
    }

    void groups()
    {
        const auto upsert = mapped(QStringLiteral("groups.upsert"), J(""
"            [{'id':'120363025246125486@g.us','subject':'Team','owner':'5511999990000@s.whatsapp.net','creation':1717604327,"
"              'desc':'x','participants':[{'id':'5511999990000@s.whatsapp.net','admin':'superadmin'}],'announce':false,'restrict':false,'size':1}]"));
        QCOMPARE(upsert.size(), 1);
        QCOMPARE(upsert[0].kind, ProviderEvent::Kind::Group);
        QCOMPARE(upsert[0].group.groupId, QStringLiteral("120363025246125486@g.us"));
        QCOMPARE(upsert[0].group.groupName, QStringLiteral("Team"));
        QCOMPARE(upsert[0].group.change, QStringLiteral("created"));
        QVERIFY(!upsert[0].group.externalId.isEmpty());

        const QByteArray participants = J(""
"            {'id':'120363025246125486@g.us','author':'5511999990000@s.whatsapp.net','participants':['5511988887777@s.whatsapp.net'],"
"             'action':'add','participantsData':[{'jid':'5511988887777@s.whatsapp.net','phoneNumber':'5511988887777','name':'Bo','imgUrl':null}]}");
        const auto added = mapped(QStringLiteral("group-participants.update"), participants);
        QCOMPARE(added.size(), 1);
        QCOMPARE(added[0].group.change, QStringLiteral("participants_added"));
        QCOMPARE(added[0].group.fromE164, QStringLiteral("+5511999990000"));
        // A redelivery of the same envelope carries the same id (the pipeline dedupes on it);
        // the same change at another time does not.
        QCOMPARE(mapped(QStringLiteral("group-participants.update"), participants)[0].group.externalId,
                 added[0].group.externalId);
        QJsonObject later = envelope(QStringLiteral("group-participants.update"), participants);
        later.insert(QStringLiteral("date_time"), QStringLiteral("2025-06-05T14:00:00.000Z"));
        QVERIFY(EventMapper::map(later, kNow)[0].group.externalId != added[0].group.externalId);
        const auto removed = mapped(QStringLiteral("GROUP_PARTICIPANTS_UPDATE"),
                                    J("{'id':'120363025246125486@g.us','participants':['5511988887777@s.whatsapp.net'],'action':'remove'}"));
        QCOMPARE(removed[0].group.change, QStringLiteral("participants_removed"));
    }

    void garbageIsIgnored()
    {
        QVERIFY(EventMapper::map(QJsonObject{}, kNow).isEmpty());
        QVERIFY(mapped(QStringLiteral("messages.upsert"), J("{'key':{}}")).isEmpty());
        QVERIFY(mapped(QStringLiteral("messages.upsert"), "[1,2,3]").isEmpty());
        QVERIFY(mapped(QStringLiteral("connection.update"), J("{'state':'weird'}")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestEvolutionEventMapper)
#include "test_evolution_event_mapper.moc"
