#include "settings_service.h"

#include "engine.h"
#include "events/opt_out_keywords.h"
#include "http/front_door.h"
#include "providers/evolution/evolution_secrets.h"
#include "settings/settings.h"
#include "settings/settings_registry.h"
#include "storage/database.h"
#include "storage/secret_store.h"
#include "storage/settings_store.h"

#include <QHostAddress>

namespace wag {

namespace {

// One keyword per line, as the engine reads them; none: the built-in list.
QStringList keywordLines(const QString &text, const QStringList &builtIn)
{
    QStringList out;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty())
            out << line.trimmed();
    }
    return out.isEmpty() ? builtIn : out;
}

} // namespace

Status SettingsService::store(const QString &key, const QString &text)
{
    return storeAll({SettingChange{key, text}});
}

Status SettingsService::storeAll(const QList<SettingChange> &changes, QHash<QString, QString> *refused)
{
    // Applied to a copy first: a refused value changes nothing, not even the table.
    Settings candidate = m_engine.settings();
    QHash<QString, QString> problems;
    QStringList keys;
    for (const SettingChange &change : changes) {
        const SettingDefinition *definition = SettingsRegistry::find(change.key);
        if (!definition || definition->secret) {
            problems.insert(change.key, QStringLiteral("%1 cannot be saved from the window").arg(change.key));
            continue;
        }
        keys.append(change.key);
        if (change.text.isEmpty()) {
            candidate.clear(Settings::Layer::Stored, change.key);
        } else if (const Status s = candidate.set(Settings::Layer::Stored, change.key, change.text); !s.ok()) {
            problems.insert(change.key, s.failure().message);
        }
    }
    if (problems.isEmpty())
        checkTogether(keys, candidate, &problems);
    if (!problems.isEmpty()) {
        QString first;
        for (const SettingChange &change : changes) {
            if (problems.contains(change.key)) {
                first = problems.value(change.key);
                break;
            }
        }
        if (first.isEmpty())
            first = problems.cbegin().value(); // a rule blamed a value that was not changed
        if (refused)
            *refused = problems;
        return Status::fail(QStringLiteral("invalid_setting"), first);
    }

    Database &db = m_engine.database();
    SettingsStore store(db);
    const QDateTime now = m_engine.clock().now();
    Transaction transaction(db);
    if (!transaction.isActive())
        return transaction.status();
    for (const SettingChange &change : changes) {
        const Status s = change.text.isEmpty() ? store.remove(change.key) : store.set(change.key, change.text, now);
        if (!s.ok())
            return s;
    }
    if (!transaction.commit())
        return transaction.status();

    Settings &settings = m_engine.editableSettings();
    for (const SettingChange &change : changes) {
        if (change.text.isEmpty())
            settings.clear(Settings::Layer::Stored, change.key);
        else
            settings.set(Settings::Layer::Stored, change.key, change.text); // validated above
    }
    m_engine.applySettings(keys);
    return succeeded();
}

// Rules about several values, checked on what would be effective after the change, and
// only when one of the values involved changes (an old combination is not blamed on an
// unrelated edit).
void SettingsService::checkTogether(const QStringList &changed, const Settings &candidate,
                                    QHash<QString, QString> *refused) const
{
    using namespace settings;
    const auto blame = [&](const QString &key, const QString &message) {
        if (!refused->contains(key))
            refused->insert(key, message);
    };

    if (changed.contains(kListen)) {
        QHostAddress address;
        quint16 port = 0;
        QString error;
        if (!parseListenAddress(candidate.text(kListen), &address, &port, &error))
            blame(kListen, error);
    }

    if (changed.contains(kTlsCert) || changed.contains(kTlsKey)) {
        const QString cert = candidate.text(kTlsCert).trimmed();
        const QString key = candidate.text(kTlsKey).trimmed();
        if (cert.isEmpty() != key.isEmpty()) {
            const QString message = QStringLiteral("tls_cert and tls_key go together: give both files, or clear both");
            blame(changed.contains(kTlsCert) ? kTlsCert : kTlsKey, message);
        } else if (!cert.isEmpty()) {
            const Result<QSslConfiguration> loaded = FrontDoor::loadTls(cert, key);
            if (!loaded)
                blame(loaded.failure().code == u"tls_key" ? kTlsKey : kTlsCert, loaded.failure().message);
        }
    }

    if (changed.contains(kPacingMinIntervalMs) || changed.contains(kPacingMaxIntervalMs)) {
        const qint64 shortest = candidate.integer(kPacingMinIntervalMs);
        const qint64 longest = candidate.integer(kPacingMaxIntervalMs);
        if (shortest > longest)
            blame(changed.contains(kPacingMinIntervalMs) ? kPacingMinIntervalMs : kPacingMaxIntervalMs,
                  QStringLiteral("the shortest gap between sends (%1 ms) cannot be longer than the longest (%2 ms)")
                      .arg(shortest)
                      .arg(longest));
    }

    // The engine would fall back to the built-in lists (with a line in the log) rather than
    // run without opt-outs; here the person who typed the list can still fix it.
    if (changed.contains(kOptOutKeywords) || changed.contains(kOptInKeywords)) {
        const QString problem = OptOutKeywords::validate(
            keywordLines(candidate.text(kOptOutKeywords), OptOutKeywords::defaultOptOutKeywords()),
            keywordLines(candidate.text(kOptInKeywords), OptOutKeywords::defaultOptInKeywords()));
        if (!problem.isEmpty())
            blame(changed.contains(kOptOutKeywords) ? kOptOutKeywords : kOptInKeywords, problem);
    }

    // The next start would fail without them (Engine::prepareEvolution).
    if ((changed.contains(kProvider) || changed.contains(kProviderUrl)) && candidate.text(kProvider) == u"evolution") {
        if (candidate.text(kProviderUrl).trimmed().isEmpty())
            blame(changed.contains(kProviderUrl) ? kProviderUrl : kProvider,
                  QStringLiteral("the Evolution provider needs provider_url, the address of its server"));
        else if (!providerKeyIsSet())
            blame(kProvider, QStringLiteral("the Evolution provider needs its key: set the provider key first"));
    }
}

Status SettingsService::storeProviderKey(const QByteArray &key)
{
    if (key.trimmed().isEmpty())
        return Status::fail(QStringLiteral("invalid_setting"), QStringLiteral("the provider key is empty"));
    if (!m_engine.secrets()) {
        if (const Status s = m_engine.unlockSecrets(); !s.ok())
            return s;
    }
    const Status s = evolution::storeApiKey(m_engine.database(), *m_engine.secrets(), key.trimmed(), m_engine.clock());
    if (s.ok())
        emit m_engine.settingsChanged({settings::kProviderKey});
    return s;
}

bool SettingsService::providerKeyIsSet() const
{
    if (!m_engine.settings().text(settings::kProviderKey).isEmpty())
        return true;
    return SecretStore(m_engine.database()).get(evolution::kApiKeySecretName).has_value();
}

const Settings &SettingsService::effective() const
{
    return m_engine.settings();
}

QString SettingsService::overriddenBy(const QString &key) const
{
    const QString source = m_engine.settings().sourceOf(key);
    return source == u"environment" || source == u"command line" ? source : QString();
}

bool SettingsService::needsRestart(const QStringList &keys)
{
    for (const QString &key : keys) {
        const SettingDefinition *definition = SettingsRegistry::find(key);
        if (definition && definition->restartRequired)
            return true;
    }
    return false;
}

} // namespace wag
