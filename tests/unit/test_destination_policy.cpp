#include "webhooks/destination_policy.h"

#include <QTest>

#include <initializer_list>

using namespace wag;

namespace {

// Compared as text so that a failure prints which class came out.
QString name(AddressClass c)
{
    switch (c) {
    case AddressClass::Loopback: return QStringLiteral("Loopback");
    case AddressClass::LinkLocal: return QStringLiteral("LinkLocal");
    case AddressClass::CloudMetadata: return QStringLiteral("CloudMetadata");
    case AddressClass::Private: return QStringLiteral("Private");
    case AddressClass::Public: return QStringLiteral("Public");
    case AddressClass::Unspecified: return QStringLiteral("Unspecified");
    case AddressClass::Multicast: return QStringLiteral("Multicast");
    case AddressClass::Reserved: return QStringLiteral("Reserved");
    }
    return QStringLiteral("<out of range>");
}

QHostAddress parsed(const QString &text)
{
    QHostAddress address;
    // A typo in a row must fail the row, not silently test the null address.
    if (!address.setAddress(text))
        qFatal("test row has an unparsable address: %s", qPrintable(text));
    return address;
}

// Builds an IPv6 address from a 12-byte prefix followed by an IPv4 address.
QHostAddress withIpv4Suffix(std::initializer_list<quint8> prefix, quint32 v4)
{
    Q_IPV6ADDR bytes{};
    int i = 0;
    for (const quint8 b : prefix)
        bytes[i++] = b;
    bytes[12] = quint8(v4 >> 24);
    bytes[13] = quint8(v4 >> 16);
    bytes[14] = quint8(v4 >> 8);
    bytes[15] = quint8(v4);
    return QHostAddress(bytes);
}

QHostAddress sixToFour(quint32 v4)
{
    Q_IPV6ADDR bytes{};
    bytes[0] = 0x20;
    bytes[1] = 0x02;
    bytes[2] = quint8(v4 >> 24);
    bytes[3] = quint8(v4 >> 16);
    bytes[4] = quint8(v4 >> 8);
    bytes[5] = quint8(v4);
    bytes[15] = 1; // a host inside the 6to4 site; must not matter
    return QHostAddress(bytes);
}

} // namespace

class TestDestinationPolicy : public QObject
{
    Q_OBJECT

private slots:
    void defaultsRefuseLoopbackAllowPrivate();
    void classifiesIpv4_data();
    void classifiesIpv4();
    void classifiesIpv6_data();
    void classifiesIpv6();
    void nullAndAnyAreUnspecified();
    void checksResolvedAddress_data();
    void checksResolvedAddress();
    void reasonsNameTheRule();
    void checksDestinationUrl_data();
    void checksDestinationUrl();
    void urlReasonDoesNotEchoCredentials();
};

void TestDestinationPolicy::defaultsRefuseLoopbackAllowPrivate()
{
    const DestinationPolicy policy;
    QCOMPARE(policy.allowLoopback, false);
    QCOMPARE(policy.allowPrivateNetworks, true);
}

void TestDestinationPolicy::classifiesIpv4_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("expected");

    const auto row = [](const char *text, const char *cls) {
        QTest::newRow(text) << QString::fromLatin1(text) << QString::fromLatin1(cls);
    };
    row("0.0.0.0", "Unspecified");
    row("0.0.0.1", "Reserved");
    row("0.255.255.255", "Reserved");
    row("1.0.0.0", "Public");
    row("1.1.1.1", "Public");
    row("8.8.8.8", "Public");
    row("9.255.255.255", "Public");
    row("10.0.0.0", "Private");
    row("10.1.2.3", "Private");
    row("10.255.255.255", "Private");
    row("11.0.0.0", "Public");
    row("100.63.255.255", "Public");
    row("100.64.0.0", "Private");
    row("100.100.100.199", "Private");
    row("100.100.100.200", "CloudMetadata");
    row("100.100.100.201", "Private");
    row("100.127.255.255", "Private");
    row("100.128.0.0", "Public");
    row("126.255.255.255", "Public");
    row("127.0.0.0", "Loopback");
    row("127.0.0.1", "Loopback");
    row("127.1.2.3", "Loopback");
    row("127.255.255.255", "Loopback");
    row("128.0.0.0", "Public");
    row("168.63.129.16", "CloudMetadata");
    row("168.63.129.17", "Public");
    row("169.253.255.255", "Public");
    row("169.254.0.0", "LinkLocal");
    row("169.254.0.1", "LinkLocal");
    row("169.254.169.253", "LinkLocal");
    row("169.254.169.254", "CloudMetadata");
    row("169.254.169.255", "LinkLocal");
    row("169.254.170.2", "LinkLocal");
    row("169.254.255.255", "LinkLocal");
    row("169.255.0.0", "Public");
    row("172.15.255.255", "Public");
    row("172.16.0.0", "Private");
    row("172.20.1.1", "Private");
    row("172.31.255.255", "Private");
    row("172.32.0.0", "Public");
    row("191.255.255.255", "Public");
    row("192.0.0.0", "Reserved");
    row("192.0.0.255", "Reserved");
    row("192.0.1.0", "Public");
    row("192.0.2.0", "Reserved");
    row("192.0.2.255", "Reserved");
    row("192.0.3.0", "Public");
    row("192.88.99.1", "Reserved");
    row("192.167.255.255", "Public");
    row("192.168.0.0", "Private");
    row("192.168.1.10", "Private");
    row("192.168.255.255", "Private");
    row("192.169.0.0", "Public");
    row("198.17.255.255", "Public");
    row("198.18.0.0", "Reserved");
    row("198.19.255.255", "Reserved");
    row("198.20.0.0", "Public");
    row("198.51.99.255", "Public");
    row("198.51.100.0", "Reserved");
    row("198.51.100.255", "Reserved");
    row("198.51.101.0", "Public");
    row("203.0.112.255", "Public");
    row("203.0.113.0", "Reserved");
    row("203.0.113.255", "Reserved");
    row("203.0.114.0", "Public");
    row("223.255.255.255", "Public");
    row("224.0.0.0", "Multicast");
    row("224.0.0.251", "Multicast");
    row("239.255.255.250", "Multicast");
    row("239.255.255.255", "Multicast");
    row("240.0.0.0", "Reserved");
    row("250.1.2.3", "Reserved");
    row("255.255.255.254", "Reserved");
    row("255.255.255.255", "Reserved");
}

void TestDestinationPolicy::classifiesIpv4()
{
    QFETCH(QString, address);
    QFETCH(QString, expected);
    const QHostAddress v4 = parsed(address);
    QCOMPARE(v4.protocol(), QAbstractSocket::IPv4Protocol);
    QCOMPARE(name(classifyAddress(v4)), expected);

    // Every IPv6 form that delivers to this IPv4 address must get the same answer, or it
    // would be a way around the rule.
    const quint32 raw = v4.toIPv4Address();
    const QHostAddress mapped = withIpv4Suffix({0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff}, raw);
    const QHostAddress translated =
        withIpv4Suffix({0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff, 0, 0}, raw);
    const QHostAddress nat64 = withIpv4Suffix({0, 0x64, 0xff, 0x9b, 0, 0, 0, 0, 0, 0, 0, 0}, raw);
    QCOMPARE(mapped.protocol(), QAbstractSocket::IPv6Protocol);
    QCOMPARE(name(classifyAddress(mapped)), expected);
    QCOMPARE(name(classifyAddress(translated)), expected);
    QCOMPARE(name(classifyAddress(nat64)), expected);
    QCOMPARE(name(classifyAddress(sixToFour(raw))), expected);
    // ::0.0.0.0 and ::0.0.0.1 are the IPv6 addresses :: and ::1, not compatible forms.
    if (raw > 1) {
        const QHostAddress compatible =
            withIpv4Suffix({0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0}, raw);
        QCOMPARE(name(classifyAddress(compatible)), expected);
    }
}

void TestDestinationPolicy::classifiesIpv6_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("expected");

    const auto row = [](const char *text, const char *cls) {
        QTest::newRow(text) << QString::fromLatin1(text) << QString::fromLatin1(cls);
    };
    row("::", "Unspecified");
    row("::1", "Loopback");
    row("::2", "Reserved"); // compatible form of 0.0.0.2
    row("::ffff:127.0.0.1", "Loopback");
    row("::ffff:7f00:1", "Loopback");
    row("::ffff:169.254.169.254", "CloudMetadata");
    row("::ffff:169.254.1.1", "LinkLocal");
    row("::ffff:10.0.0.1", "Private");
    row("::ffff:0.0.0.0", "Unspecified");
    row("::ffff:8.8.8.8", "Public");
    row("::ffff:0:127.0.0.1", "Loopback");
    row("::127.0.0.1", "Loopback");
    row("::169.254.169.254", "CloudMetadata");
    row("64:ff9b::a9fe:a9fe", "CloudMetadata");
    row("64:ff9b::127.0.0.1", "Loopback");
    row("64:ff9b::192.168.0.1", "Private");
    row("64:ff9b::8.8.8.8", "Public");
    row("64:ff9b:1::a9fe:a9fe", "Reserved"); // local-use NAT64, embedding unknown
    row("2002:a9fe:a9fe::1", "CloudMetadata");
    row("2002:7f00:1::", "Loopback");
    row("2002:0a00:0001::1", "Private");
    row("2002:0808:0808::1", "Public");
    row("fe80::", "LinkLocal");
    row("fe80::1", "LinkLocal");
    row("fe80::1%1", "LinkLocal");
    row("febf:ffff:ffff:ffff:ffff:ffff:ffff:ffff", "LinkLocal");
    row("fec0::1", "Reserved"); // deprecated site-local, just past fe80::/10
    row("fbff:ffff:ffff:ffff:ffff:ffff:ffff:ffff", "Reserved");
    row("fc00::", "Private");
    row("fc00::1", "Private");
    row("fd12:3456:789a::1", "Private");
    row("fd00:ec2::253", "Private");
    row("fd00:ec2::254", "CloudMetadata");
    row("fd00:ec2::255", "Private");
    row("fdff::1", "Private");
    row("fdff:ffff:ffff:ffff:ffff:ffff:ffff:ffff", "Private");
    row("fe00::1", "Reserved");
    row("ff00::", "Multicast");
    row("ff02::1", "Multicast");
    row("ff05::1:3", "Multicast");
    row("ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff", "Multicast");
    row("2001:db8::", "Reserved");
    row("2001:db8::1", "Reserved");
    row("2001:db8:ffff:ffff:ffff:ffff:ffff:ffff", "Reserved");
    row("2001:db9::1", "Public");
    row("2001:db7:ffff:ffff:ffff:ffff:ffff:ffff", "Public");
    row("2001::1", "Reserved"); // Teredo: the IPv4 inside is obfuscated
    row("2001:2::1", "Reserved"); // benchmarking
    row("2001:200::1", "Public"); // first block after 2001::/23
    row("3fff::1", "Reserved"); // documentation, RFC 9637
    row("3fff:1000::1", "Public");
    row("100::1", "Reserved"); // discard-only
    row("1fff:ffff:ffff:ffff:ffff:ffff:ffff:ffff", "Reserved");
    row("2000::", "Public");
    row("2606:4700:4700::1111", "Public");
    row("2a00:1450:4001::200e", "Public");
    row("3ffe:ffff::1", "Public");
    row("4000::1", "Reserved");
}

void TestDestinationPolicy::classifiesIpv6()
{
    QFETCH(QString, address);
    QFETCH(QString, expected);
    const QHostAddress v6 = parsed(address);
    QCOMPARE(v6.protocol(), QAbstractSocket::IPv6Protocol);
    QCOMPARE(name(classifyAddress(v6)), expected);
}

void TestDestinationPolicy::nullAndAnyAreUnspecified()
{
    QCOMPARE(name(classifyAddress(QHostAddress())), QStringLiteral("Unspecified"));
    QCOMPARE(name(classifyAddress(QHostAddress(QHostAddress::Any))), QStringLiteral("Unspecified"));
    QCOMPARE(name(classifyAddress(QHostAddress(QHostAddress::AnyIPv6))),
             QStringLiteral("Unspecified"));
    const DestinationPolicy everything{true, true};
    QVERIFY(!checkResolvedAddress(QHostAddress(), true, everything).allowed);
    QVERIFY(!checkResolvedAddress(QHostAddress(QHostAddress::Any), true, everything).allowed);
}

void TestDestinationPolicy::checksResolvedAddress_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<bool>("https");
    QTest::addColumn<bool>("allowLoopback");
    QTest::addColumn<bool>("allowPrivate");
    QTest::addColumn<bool>("allowed");
    QTest::addColumn<QString>("reason"); // a fragment the refusal must contain

    const auto row = [](const char *tag, const char *address, bool https, bool loopback,
                        bool priv, bool allowed, const char *reason) {
        QTest::newRow(tag) << QString::fromLatin1(address) << https << loopback << priv << allowed
                           << QString::fromLatin1(reason);
    };
    // Loopback: only with the flag, and then over http too (a local test receiver).
    row("127.0.0.1 default", "127.0.0.1", true, false, true, false, "loopback");
    row("127.0.0.1 flag https", "127.0.0.1", true, true, true, true, "");
    row("127.0.0.1 flag http", "127.0.0.1", false, true, true, true, "");
    row("127.0.0.1 flag, private off", "127.0.0.1", false, true, false, true, "");
    row("127.9.9.9 flag", "127.9.9.9", false, true, true, true, "");
    row("::1 default", "::1", true, false, true, false, "loopback");
    row("::1 flag http", "::1", false, true, true, true, "");
    row("::ffff:127.0.0.1 default", "::ffff:127.0.0.1", true, false, true, false, "loopback");
    row("::ffff:127.0.0.1 flag", "::ffff:127.0.0.1", false, true, true, true, "");
    // The loopback flag opens loopback only.
    row("169.254.169.254 flag", "169.254.169.254", true, true, true, false, "cloud metadata");
    row("169.254.169.254 default", "169.254.169.254", true, false, true, false, "cloud metadata");
    row("169.254.1.1 flag", "169.254.1.1", true, true, true, false, "link-local");
    row("169.254.1.1 default", "169.254.1.1", false, false, true, false, "link-local");
    row("fe80::1 flag", "fe80::1", true, true, true, false, "link-local");
    row("0.0.0.0 flag", "0.0.0.0", true, true, true, false, "unspecified");
    row(":: flag", "::", false, true, true, false, "unspecified");
    row("fd00:ec2::254 flag", "fd00:ec2::254", true, true, true, false, "cloud metadata");
    row("100.100.100.200 flag", "100.100.100.200", true, true, true, false, "cloud metadata");
    row("::ffff:169.254.169.254 flag", "::ffff:169.254.169.254", true, true, true, false,
        "cloud metadata");
    row("64:ff9b::a9fe:a9fe flag", "64:ff9b::a9fe:a9fe", true, true, true, false,
        "cloud metadata");
    row("224.0.0.1 flag", "224.0.0.1", true, true, true, false, "multicast");
    row("ff02::1 flag", "ff02::1", true, true, true, false, "multicast");
    row("255.255.255.255 flag", "255.255.255.255", true, true, true, false, "reserved");
    row("192.0.2.1 flag", "192.0.2.1", true, true, true, false, "reserved");
    row("2001:db8::1 flag", "2001:db8::1", true, true, true, false, "reserved");
    // Private: on by default, over http too; the admin can turn it off.
    row("10.0.0.5 http", "10.0.0.5", false, false, true, true, "");
    row("10.0.0.5 https", "10.0.0.5", true, false, true, true, "");
    row("192.168.1.10 http", "192.168.1.10", false, false, true, true, "");
    row("172.16.0.1 http", "172.16.0.1", false, false, true, true, "");
    row("100.64.0.1 http", "100.64.0.1", false, false, true, true, "");
    row("fd12::1 http", "fd12::1", false, false, true, true, "");
    row("10.0.0.5 private off", "10.0.0.5", true, false, false, false, "private network");
    row("192.168.1.10 private off http", "192.168.1.10", false, true, false, false,
        "private network");
    row("fc00::1 private off", "fc00::1", true, false, false, false, "private network");
    row("::ffff:10.0.0.1 private off", "::ffff:10.0.0.1", true, false, false, false,
        "private network");
    // Public: https only.
    row("8.8.8.8 https", "8.8.8.8", true, false, true, true, "");
    row("8.8.8.8 http", "8.8.8.8", false, false, true, false, "use https");
    row("8.8.8.8 http all flags", "8.8.8.8", false, true, true, false, "use https");
    row("172.32.0.0 http", "172.32.0.0", false, false, true, false, "use https");
    row("172.32.0.0 https private off", "172.32.0.0", true, false, false, true, "");
    row("2606:4700::1 https", "2606:4700::1", true, false, true, true, "");
    row("2606:4700::1 http", "2606:4700::1", false, false, true, false, "use https");
    row("::ffff:8.8.8.8 http", "::ffff:8.8.8.8", false, false, true, false, "use https");
}

void TestDestinationPolicy::checksResolvedAddress()
{
    QFETCH(QString, address);
    QFETCH(bool, https);
    QFETCH(bool, allowLoopback);
    QFETCH(bool, allowPrivate);
    QFETCH(bool, allowed);
    QFETCH(QString, reason);

    DestinationPolicy policy;
    policy.allowLoopback = allowLoopback;
    policy.allowPrivateNetworks = allowPrivate;
    const UrlVerdict verdict = checkResolvedAddress(parsed(address), https, policy);
    QCOMPARE(verdict.allowed, allowed);
    if (allowed) {
        QCOMPARE(verdict.reason, QString());
    } else {
        QVERIFY2(verdict.reason.contains(reason), qPrintable(verdict.reason));
        QVERIFY2(verdict.reason.contains(QStringLiteral("webhooks may not target it"))
                     || verdict.reason.contains(QStringLiteral("use https")),
                 qPrintable(verdict.reason));
    }
}

void TestDestinationPolicy::reasonsNameTheRule()
{
    const DestinationPolicy policy;
    QCOMPARE(checkResolvedAddress(parsed(QStringLiteral("169.254.169.254")), true, policy).reason,
             QStringLiteral("169.254.169.254 is a cloud metadata address; webhooks may not "
                            "target it"));
    QCOMPARE(checkResolvedAddress(parsed(QStringLiteral("fe80::1")), true, policy).reason,
             QStringLiteral("fe80::1 is a link-local address; webhooks may not target it"));
    // An embedded IPv4 address is named, so the admin sees why an IPv6 literal was refused.
    QCOMPARE(checkResolvedAddress(parsed(QStringLiteral("64:ff9b::a9fe:a9fe")), true, policy)
                 .reason,
             QStringLiteral("64:ff9b::a9fe:a9fe (which carries 169.254.169.254) is a cloud "
                            "metadata address; webhooks may not target it"));
    const QString loopback =
        checkResolvedAddress(parsed(QStringLiteral("127.0.0.1")), true, policy).reason;
    QVERIFY2(loopback.startsWith(QStringLiteral("127.0.0.1 is a loopback address")),
             qPrintable(loopback));
    QVERIFY2(loopback.contains(QStringLiteral("--allow-loopback-webhooks")), qPrintable(loopback));
    QCOMPARE(checkResolvedAddress(parsed(QStringLiteral("8.8.8.8")), false, policy).reason,
             QStringLiteral("8.8.8.8 is a public address; plain http is allowed only to private "
                            "network and loopback addresses, use https"));
}

void TestDestinationPolicy::checksDestinationUrl_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("allowLoopback");
    QTest::addColumn<bool>("allowPrivate");
    QTest::addColumn<bool>("allowed");
    QTest::addColumn<QString>("reason");

    const auto row = [](const char *url, bool loopback, bool priv, bool allowed,
                        const char *reason) {
        QTest::newRow(url) << QString::fromLatin1(url) << loopback << priv << allowed
                           << QString::fromLatin1(reason);
    };
    // Host names pass at save time whatever the scheme: only the resolved address can tell.
    row("https://crm.example.com/hooks/whatsapp", false, true, true, "");
    row("http://crm.local/hook", false, true, true, "");
    row("http://crm.local/hook?x=1#frag", false, false, true, "");
    row("HTTPS://CRM.EXAMPLE.COM/", false, true, true, "");
    row("https://crm.example.com:8443/hook", false, true, true, "");
    row("https://crm.example.com:1/", false, true, true, "");
    row("https://crm.example.com:65535/", false, true, true, "");
    // localhost always resolves to loopback (RFC 6761).
    row("http://localhost:8080/hook", false, true, false, "loopback");
    row("http://api.localhost/hook", false, true, false, "loopback");
    row("http://localhost./hook", false, true, false, "loopback");
    row("http://localhost:8080/hook (flag)", true, true, true, "");
    // Schemes.
    row("ftp://crm.example.com/hook", false, true, false, "only http and https");
    row("file:///etc/passwd", false, true, false, "only http and https");
    row("javascript:alert(1)", false, true, false, "only http and https");
    row("ws://crm.example.com/hook", false, true, false, "only http and https");
    row("gopher://crm.example.com/", false, true, false, "only http and https");
    row("crm.example.com/hook", false, true, false, "http:// or https://");
    row("//crm.example.com/hook", false, true, false, "http:// or https://");
    row("", false, true, false, "empty");
    // Host, user info, port.
    row("http:///hook", false, true, false, "no host");
    row("https://", false, true, false, "no host");
    row("https://user:pass@crm.example.com/", false, true, false, "user name or password");
    row("https://user@crm.example.com/", false, true, false, "user name or password");
    row("https://:pass@crm.example.com/", false, true, false, "user name or password");
    row("https://crm.example.com:0/", false, true, false, "port 0");
    row("https://crm.example.com:65536/", false, true, false, "between 1 and 65535");
    row("https://crm.example.com:99999/", false, true, false, "between 1 and 65535");
    row("https://crm.example.com:-1/", false, true, false, "not a valid URL");
    // IP literal hosts get the address rule.
    row("http://127.0.0.1:8080/hook", false, true, false, "loopback");
    row("http://127.0.0.1:8080/hook (flag)", true, true, true, "");
    row("http://[::1]:8080/hook", false, true, false, "loopback");
    row("http://[::1]:8080/hook (flag)", true, true, true, "");
    row("http://[::ffff:127.0.0.1]/", false, true, false, "loopback");
    row("http://169.254.169.254/latest/meta-data/", true, true, false, "cloud metadata");
    row("http://[fd00:ec2::254]/", true, true, false, "cloud metadata");
    row("http://[::ffff:169.254.169.254]/", true, true, false, "cloud metadata");
    row("http://100.100.100.200/", true, true, false, "cloud metadata");
    row("http://[fe80::1]/", true, true, false, "link-local");
    row("http://0.0.0.0:8080/", true, true, false, "unspecified");
    row("http://[::]/", true, true, false, "unspecified");
    row("http://224.0.0.1/", true, true, false, "multicast");
    row("https://203.0.113.9/", true, true, false, "reserved");
    row("http://192.168.1.20:8080/hook", false, true, true, "");
    row("http://192.168.1.20:8080/hook (private off)", false, false, false, "private network");
    row("http://[fd12::1]/", false, true, true, "");
    row("http://8.8.8.8/hook", false, true, false, "use https");
    row("https://8.8.8.8/hook", false, true, true, "");
    row("https://[2606:4700::1111]/hook", false, true, true, "");
    row("http://[2606:4700::1111]/hook", false, true, false, "use https");
    // Shorthand IPv4 forms are still IP literals once QUrl has read them.
    row("http://2130706433/", false, true, false, "loopback");
    row("http://127.1/", false, true, false, "loopback");
}

void TestDestinationPolicy::checksDestinationUrl()
{
    QFETCH(QString, url);
    QFETCH(bool, allowLoopback);
    QFETCH(bool, allowPrivate);
    QFETCH(bool, allowed);
    QFETCH(QString, reason);

    // The tag may carry a note in parentheses after the URL.
    const QString text = url.section(QStringLiteral(" ("), 0, 0);
    DestinationPolicy policy;
    policy.allowLoopback = allowLoopback;
    policy.allowPrivateNetworks = allowPrivate;
    const UrlVerdict verdict = checkDestinationUrl(QUrl(text), policy);
    QVERIFY2(verdict.allowed == allowed, qPrintable(verdict.reason));
    if (allowed)
        QCOMPARE(verdict.reason, QString());
    else
        QVERIFY2(verdict.reason.contains(reason), qPrintable(verdict.reason));
}

void TestDestinationPolicy::urlReasonDoesNotEchoCredentials()
{
    const UrlVerdict verdict = checkDestinationUrl(
        QUrl(QStringLiteral("https://admin:s3cr3t-token@crm.example.com:70000/")),
        DestinationPolicy{});
    QVERIFY(!verdict.allowed);
    QVERIFY(!verdict.reason.isEmpty());
    QVERIFY2(!verdict.reason.contains(QStringLiteral("s3cr3t-token")), qPrintable(verdict.reason));
}

QTEST_GUILESS_MAIN(TestDestinationPolicy)
#include "test_destination_policy.moc"
