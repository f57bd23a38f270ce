#include "engine.h"

#include "accounts/api_key_service.h"
#include "accounts/user_service.h"
#include "api/docs_controller.h"
#include "api/evolution_callback_controller.h"
#include "api/health_controller.h"
#include "api/send_message_controller.h"
#include "api/simulator_controller.h"
#include "api/threecx_webhook_controller.h"
#include "events/event_outbox.h"
#include "events/inbound_pipeline.h"
#include "logs/inbound_log_service.h"
#include "logs/message_log_service.h"
#include "logs/policy_event_service.h"
#include "maintenance/retention_service.h"
#include "messaging/send_service.h"
#include "storage/commit_scheduler.h"
#include "suppression/suppression_service.h"
#include "core/logging.h"
#include "http/front_door.h"
#include "http/router.h"
#include "integrations/threecx/threecx_service.h"
#include "instances/instance_service.h"
#include "portal/portal.h"
#include "providers/evolution/evolution_naming.h"
#include "providers/evolution/evolution_provider.h"
#include "providers/evolution/evolution_secrets.h"
#include "providers/simulator/simulator_provider.h"
#include "secrets/data_key_provider.h"
#include "secrets/secret_box.h"
#include "secrets/secret_service.h"
#include "settings/language.h"
#include "settings/settings_registry.h"
#include "settings/settings_service.h"
#include "storage/database.h"
#include "storage/settings_store.h"
#include "webhooks/host_resolver.h"
#include "webhooks/webhook_dispatcher.h"
#include "webhooks/webhook_http_client.h"
#include "webhooks/webhook_service.h"

#include <QDir>
#include <QHostAddress>
#include <QTimeZone>

namespace wag {

bool parseListenAddress(const QString &text, QHostAddress *address, quint16 *port, QString *error)
{
    QString host;
    QString portText;
    if (text.startsWith(QLatin1Char('['))) {
        const qsizetype close = text.indexOf(QStringLiteral("]:"));
        if (close < 0) {
            *error = QStringLiteral("listen address \"%1\" must look like [::1]:8480").arg(text);
            return false;
        }
        host = text.mid(1, close - 1);
        portText = text.mid(close + 2);
    } else {
        const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
        if (colon <= 0) {
            *error = QStringLiteral("listen address \"%1\" must look like HOST:PORT, e.g. 127.0.0.1:8480").arg(text);
            return false;
        }
        host = text.left(colon);
        portText = text.mid(colon + 1);
    }
    bool ok = false;
    const uint p = portText.toUInt(&ok);
    if (!ok || p > 65535) {
        *error = QStringLiteral("listen address \"%1\" has no valid port (0-65535)").arg(text);
        return false;
    }
    if (host == u"localhost")
        host = QStringLiteral("127.0.0.1");
    if (!address->setAddress(host)) {
        *error = QStringLiteral("listen address \"%1\": \"%2\" is not an IP address").arg(text, host);
        return false;
    }
    *port = quint16(p);
    return true;
}

Engine::Engine(Config config) : m_config(std::move(config)) {}

Engine::~Engine()
{
    stop();
}

QString Engine::databasePath() const
{
    return QDir(m_config.dataDir).filePath(QStringLiteral("gateway.db"));
}

Result<std::unique_ptr<Engine>> Engine::open(Config config)
{
    std::unique_ptr<Engine> engine(new Engine(std::move(config)));
    QString error;
    engine->m_database = Database::open(engine->databasePath(), &error);
    if (!engine->m_database)
        return Result<std::unique_ptr<Engine>>::fail(QStringLiteral("storage"), error);
    switch (engine->m_database->migrate(&error, engine->clock())) {
    case MigrationOutcome::Migrated:
    case MigrationOutcome::UpToDate:
        break;
    case MigrationOutcome::NewerSchema:
    case MigrationOutcome::Failed:
        return Result<std::unique_ptr<Engine>>::fail(QStringLiteral("storage"), error);
    }
    if (const Status s = engine->loadStoredSettings(); !s.ok())
        return Result<std::unique_ptr<Engine>>(s.failure());

    Database &db = *engine->m_database;
    const Clock &clock = engine->clock();
    // The provider named by the settings. Until serve() the instance service only writes the
    // store (admin commands must not start provider work they cannot finish); serve() gives
    // Evolution its key (sealed in the database) and starts every instance.
    if (engine->m_config.settings.text(settings::kProvider) == u"evolution") {
        engine->m_evolution = std::make_unique<EvolutionProvider>(EvolutionOptions{}, db, clock);
        engine->m_provider = engine->m_evolution.get();
    } else {
        engine->m_simulator = std::make_unique<SimulatorProvider>(SimulatorOptions{}, clock);
        engine->m_provider = engine->m_simulator.get();
    }
    engine->m_instances = std::make_unique<InstanceService>(db, clock, *engine->m_provider);
    engine->m_instances->setDrivesProvider(false);
    engine->m_users = std::make_unique<UserService>(db, clock);
    engine->m_apiKeys = std::make_unique<ApiKeyService>(db, clock);
    engine->m_suppressions = std::make_unique<SuppressionService>(
        db, clock, engine->m_config.settings.text(settings::kPhoneDefaultRegion));
    engine->m_settingsService = std::make_unique<SettingsService>(*engine);
    engine->m_webhooks = std::make_unique<WebhookService>(db, clock, *engine->m_instances, nullptr);
    engine->m_webhooks->setPolicy({engine->m_config.settings.boolean(settings::kAllowLoopbackWebhooks),
                                   engine->m_config.settings.boolean(settings::kWebhookAllowPrivateNetworks)});
    engine->m_threecx = std::make_unique<ThreecxService>(db, clock, *engine->m_instances, nullptr);
    engine->m_threecx->setConfig(engine->threecxConfig());
    engine->m_messageLog = std::make_unique<MessageLogService>(db);
    engine->m_inboundLog = std::make_unique<InboundLogService>(db);
    engine->m_policyEvents = std::make_unique<PolicyEventService>(db);
    return Result<std::unique_ptr<Engine>>(std::move(engine));
}

// Values edited in the GUI or portal live in the database; a stored value that no longer
// validates (say, written by an older version) is ignored with a warning, not fatal.
Status Engine::loadStoredSettings()
{
    SettingsStore store(*m_database);
    const auto stored = store.all();
    for (auto it = stored.cbegin(); it != stored.cend(); ++it) {
        const SettingDefinition *definition = SettingsRegistry::find(it.key());
        if (!definition)
            continue;
        if (definition->secret) {
            // Only an old or hand-edited database has one: it is ignored, and said so.
            qCWarning(lcApp).noquote() << "ignoring" << it.key()
                                       << "in the settings table: secrets live in the secrets table";
            continue;
        }
        const Status s = m_config.settings.set(Settings::Layer::Stored, it.key(), it.value());
        if (!s.ok())
            qCWarning(lcApp) << "ignoring stored setting:" << s.failure().message;
    }
    return succeeded();
}

Status Engine::obtainDataKey()
{
    DataKeyProvider::Options options;
    options.useKeychain = m_config.settings.text(settings::kKeychain) != u"off";
    DataKeyProvider provider(m_config.dataDir, options);
    DataKeyResult key = provider.obtain();
    if (!key.ok())
        return Status::fail(QStringLiteral("data_key"), key.error);
    m_dataKeyOrigin = DataKeyResult(); // everything but the key itself
    m_dataKeyOrigin.source = key.source;
    m_dataKeyOrigin.fileReason = key.fileReason;
    m_dataKeyOrigin.fileReasonDetail = key.fileReasonDetail;
    m_dataKeyOrigin.keyFilePath = key.keyFilePath;
    // Moved, not copied: the box wipes its copy of the key when it goes.
    m_secrets = std::make_unique<SecretService>(SecretBox(std::move(key.key)));
    if (m_webhooks)
        m_webhooks->setSecrets(m_secrets.get());
    if (m_threecx)
        m_threecx->setSecrets(m_secrets.get());
    return succeeded();
}

// The provider flags are meant to be given once: on the command line (or in the
// environment) they are kept for the next start, the provider choice and the URL in the
// settings table, the key sealed with the data key in the secrets table (never in clear,
// never in the settings table). A later start without the flags uses what is stored.
Status Engine::storeProviderFlags()
{
    const Settings &s = m_config.settings;
    SettingsStore store(*m_database);
    for (const QString &key : {settings::kProvider, settings::kProviderUrl}) {
        if (s.sourceOf(key) != u"command line")
            continue;
        if (const Status stored = store.set(key, s.text(key), clock().now()); !stored.ok())
            return stored;
    }
    if (const QString key = s.text(settings::kProviderKey); !key.isEmpty())
        return evolution::storeApiKey(*m_database, *m_secrets, key.toUtf8(), clock());
    return succeeded();
}

// Evolution needs its URL and key before anything talks to it.
Status Engine::prepareEvolution()
{
    const Settings &s = m_config.settings;
    SettingsStore store(*m_database);
    const QDateTime now = clock().now();
    const QString url = s.text(settings::kProviderUrl).trimmed();
    if (url.isEmpty())
        return Status::fail(QStringLiteral("invalid_setting"),
                            QStringLiteral("provider evolution needs --provider-url URL (the Evolution API "
                                           "server, e.g. http://127.0.0.1:8080); given once, it is stored"));
    QByteArray key = s.text(settings::kProviderKey).toUtf8();
    if (key.isEmpty())
        key = evolution::loadApiKey(*m_database, *m_secrets).value_or(QByteArray());
    if (key.isEmpty())
        return Status::fail(QStringLiteral("invalid_setting"),
                            QStringLiteral("provider evolution needs --provider-key KEY (the server's "
                                           "AUTHENTICATION_API_KEY); given once, it is stored encrypted"));

    QString tag = s.text(settings::kEvolutionGatewayTag);
    if (!evolution::isValidGatewayTag(tag)) {
        tag = evolution::newGatewayTag();
        if (const Status stored = store.set(settings::kEvolutionGatewayTag, tag, now); !stored.ok())
            return stored;
        m_config.settings.set(Settings::Layer::Stored, settings::kEvolutionGatewayTag, tag);
        qCInfo(lcApp).noquote() << QStringLiteral("evolution: this gateway's instances are named wag-%1-… on the provider").arg(tag);
    }

    EvolutionOptions options;
    options.baseUrl = url;
    options.apiKey = key;
    options.gatewayTag = tag;
    options.requestTimeoutMs = int(s.integer(settings::kProviderRequestTimeoutMs));
    options.sendTimeoutMs = int(s.integer(settings::kProviderSendTimeoutMs));
    options.pollIntervalMs = int(s.integer(settings::kProviderPollIntervalMs));
    m_evolution->setOptions(options);
    m_evolution->setSecretService(m_secrets.get());
    m_evolution->setPublicUrl([this] { return baseUrl(); });
    m_evolution->setInstanceLookup([this] {
        QList<ProviderInstance> all;
        for (const InstanceRecord &instance : m_instances->list())
            all.append(ProviderInstance{instance.id, instance.name});
        return all;
    });
    m_evolution->holdConnectsUntilReconciled();
    qCInfo(lcApp).noquote() << "provider: Evolution API at" << url;
    return succeeded();
}

void Engine::applyLanguage()
{
    const QString setting = m_config.settings.text(settings::kLanguage);
    const QString code = language::resolve(setting);
    if (!language::apply(code))
        qCWarning(lcApp).noquote() << "language" << code << "could not be loaded; speaking English";
}

void Engine::applySettings(const QStringList &changedKeys)
{
    // The Settings page (window or portal) saves a new choice through here: the open
    // window and the next portal page switch at once.
    if (changedKeys.contains(settings::kLanguage))
        applyLanguage();
    m_suppressions->setDefaultRegion(m_config.settings.text(settings::kPhoneDefaultRegion));
    // Before serve() there is nothing running; serve() reads the settings itself.
    if (m_sends)
        m_sends->setConfig(sendConfig());
    if (m_inbound) {
        m_inbound->setKeywords(optOutKeywords());
        m_inbound->setConfig(inboundConfig());
    }
    if (m_threecx)
        m_threecx->setConfig(threecxConfig());
    emit settingsChanged(changedKeys);
}

void Engine::reconcileProvider()
{
    if (m_evolution && isServing())
        m_evolution->reconcile();
}

Status Engine::unlockSecrets()
{
    return m_secrets ? succeeded() : obtainDataKey();
}

Status Engine::serve()
{
    if (m_frontDoor)
        return succeeded();
    if (const Status s = obtainDataKey(); !s.ok())
        return s;
    if (const Status s = storeProviderFlags(); !s.ok())
        return s;
    if (m_evolution) {
        if (const Status s = prepareEvolution(); !s.ok())
            return s;
    }

    const Settings &s = m_config.settings;
    QHostAddress address;
    quint16 port = 0;
    QString error;
    if (!parseListenAddress(s.text(settings::kListen), &address, &port, &error))
        return Status::fail(QStringLiteral("invalid_setting"), error);

    HttpLimits limits;
    limits.maxHeadBytes = int(s.integer(settings::kHttpMaxHeadBytes));
    limits.defaultBodyBytes = s.integer(settings::kHttpMaxBodyBytes);
    limits.headTimeoutMs = int(s.integer(settings::kHttpHeadTimeoutMs));
    limits.idleTimeoutMs = int(s.integer(settings::kHttpIdleTimeoutMs));
    limits.maxConnections = int(s.integer(settings::kHttpMaxConnections));

    m_router = std::make_unique<Router>();
    m_health = std::make_unique<HealthController>(*m_database, clock());
    m_health->registerRoutes(*m_router);
    DocsController::registerRoutes(*m_router);
    // The language the gateway speaks, window and portal alike: applied here, not by a
    // front-end, so a headless gateway's portal is translated too.
    applyLanguage();
    // Loopback-only routes that act as the phone and its contacts (SPEC §4.3), for the
    // simulator only; without the setting they do not exist (404).
    if (s.boolean(settings::kSimulatorControl) && m_simulator) {
        m_simulatorControl = std::make_unique<SimulatorController>(*m_instances, *m_simulator);
        m_simulatorControl->registerRoutes(*m_router);
    }
    // Evolution's callbacks (internal; not in the OpenAPI document).
    if (m_evolution) {
        m_evolutionCallbacks = std::make_unique<EvolutionCallbackController>(*m_evolution);
        m_evolutionCallbacks->registerRoutes(*m_router);
    }

    m_commits = std::make_unique<CommitScheduler>(*m_database);
    // Events (SPEC §6): whoever changes state records the event in the same transaction.
    m_outbox = std::make_unique<EventOutbox>();
    m_outbox->filterBySubscriptions(*m_database);
    m_instances->setEventOutbox(m_outbox.get());
    m_sends = std::make_unique<SendService>(clock(), *m_database, *m_commits, *m_instances, provider(),
                                            sendConfig());
    m_sends->setEventOutbox(m_outbox.get());
    // The web portal (SPEC §8), after the health check: GET / is shared (JSON for probes,
    // the sign-in page for browsers). After the send service, which its test send calls.
    // The webhook service needs no move: open() built it, and obtainDataKey() above gave it
    // the secrets, so the Webhooks tab can seal a new destination's secret from the start.
    m_portal = std::make_unique<portal::Portal>(
        portal::Portal::Services{*m_users, *m_instances, clock(), *m_apiKeys, *m_suppressions, *m_sends,
                                 *m_messageLog, *m_inboundLog, *m_policyEvents, [this] { return timeZone(); },
                                 *m_settingsService, *m_webhooks, *m_threecx,
                                 [this] { return baseUrl(); }});
    m_portal->registerRoutes(*m_router);
    m_inbound = std::make_unique<InboundPipeline>(clock(), *m_database, *m_commits, *m_instances, *m_outbox,
                                                  optOutKeywords(), inboundConfig());
    m_inbound->attach(provider());
    m_portal->followInbound(*m_inbound);
    m_inbound->setConfirmationSender([this](const QString &instanceId, const QString &phone, const QString &text) {
        m_sends->sendSystemReply(instanceId, phone, text, QStringLiteral("opt_out_confirmation"));
    });
    connect(m_inbound.get(), &InboundPipeline::optedOut, m_sends.get(),
            [this](const QString &instanceId, const QString &phone) { m_sends->recordOptOut(instanceId, phone); });
    m_sendController = std::make_unique<SendMessageController>(*m_apiKeys, *m_sends);
    m_sendController->registerRoutes(*m_router);
    // The 3CX webhook (SPEC §7): sends through the same service, with the full guard.
    m_threecx->setSender(m_sends.get());
    m_threecxWebhook = std::make_unique<ThreecxWebhookController>(*m_threecx);
    m_threecxWebhook->registerRoutes(*m_router);
    // Webhook delivery (SPEC §6.4): the outbox's events go out as soon as they are committed.
    m_hostResolver = std::make_unique<SystemHostResolver>();
    m_webhookClient = std::make_unique<WebhookHttpClient>(*m_hostResolver, m_webhooks->policy());
    DispatcherLimits dispatcherLimits;
    dispatcherLimits.maxPerDestination = int(s.integer(settings::kWebhookMaxInFlightPerDestination));
    dispatcherLimits.maxInFlight = int(s.integer(settings::kWebhookMaxInFlight));
    dispatcherLimits.attemptTimeoutMs = int(s.integer(settings::kWebhookAttemptTimeoutMs));
    m_dispatcher = std::make_unique<WebhookDispatcher>(clock(), *m_database, *m_commits, *m_webhooks,
                                                       *m_webhookClient, dispatcherLimits);
    connect(m_outbox.get(), &EventOutbox::eventsCommitted, m_dispatcher.get(), &WebhookDispatcher::wake);
    m_retention = std::make_unique<RetentionService>(clock(), *m_commits,
                                                     int(s.integer(settings::kLogRetentionDays)));

    auto *frontDoor = new FrontDoor(*m_router, limits, this);
    const QString cert = s.text(settings::kTlsCert);
    const QString key = s.text(settings::kTlsKey);
    if (cert.isEmpty() != key.isEmpty()) {
        delete frontDoor;
        return Status::fail(QStringLiteral("invalid_setting"),
                            QStringLiteral("--tls-cert and --tls-key must be given together"));
    }
    if (!cert.isEmpty()) {
        if (const Status t = frontDoor->enableTls(cert, key); !t.ok()) {
            delete frontDoor;
            return t;
        }
    }
    if (const Status l = frontDoor->listen(address, port); !l.ok()) {
        delete frontDoor;
        return l;
    }
    m_frontDoor = frontDoor;
    qCInfo(lcApp).noquote() << "listening on" << baseUrl();
    // Only once the front door is up: a gateway that fails to start must not have touched
    // the provider, and Evolution's callbacks need somewhere to land. The store watch below
    // takes its baseline first, so a row an admin command writes between startAll() and the
    // watch's first tick is not missed.
    m_database->changedByOthers();
    m_instances->startAll();
    if (m_evolution) {
        m_evolution->reconcile(); // lets the connects startAll() asked for go on afterwards
        m_evolution->startPolling();
        qCInfo(lcApp).noquote() << "evolution: callbacks go to" << baseUrl() + QLatin1String(evolution::kCallbackPathPrefix)
                                << "(set --public-url if the provider reaches this machine by another address)";
    }
    m_sends->start();
    m_inbound->start();
    m_dispatcher->start();
    m_retention->start();

    // Admin commands run in their own process and write the same database. PRAGMA
    // data_version tells cheaply whether anyone else committed; then the services that
    // keep state in memory look again.
    m_storeWatch = new QTimer(this);
    connect(m_storeWatch, &QTimer::timeout, this, [this] {
        // The group-commit writer is "another connection" too, so under load this fires
        // every second; reconciling is one small query.
        if (m_database->changedByOthers()) {
            m_instances->reconcileWithStore();
            m_dispatcher->wake(); // an admin command's redeliver or test event
        }
        m_database->releaseStatements();
    });
    m_storeWatch->start(1000);
    emit servingChanged(true);
    return succeeded();
}

namespace {

QStringList nonEmptyLines(const QString &text)
{
    QStringList out;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty())
            out << line.trimmed();
    }
    return out;
}

} // namespace

OptOutKeywords Engine::optOutKeywords() const
{
    const Settings &s = m_config.settings;
    QStringList optOut = nonEmptyLines(s.text(settings::kOptOutKeywords));
    QStringList optIn = nonEmptyLines(s.text(settings::kOptInKeywords));
    if (optOut.isEmpty())
        optOut = OptOutKeywords::defaultOptOutKeywords();
    if (optIn.isEmpty())
        optIn = OptOutKeywords::defaultOptInKeywords();
    if (const QString problem = OptOutKeywords::validate(optOut, optIn); !problem.isEmpty()) {
        // A typo in the list must not switch opt-outs off: the defaults stay in force.
        qCWarning(lcApp).noquote() << "opt-out keywords:" << problem << "- using the built-in lists";
        return OptOutKeywords();
    }
    return OptOutKeywords(optOut, optIn);
}

InboundConfig Engine::inboundConfig() const
{
    const Settings &s = m_config.settings;
    InboundConfig c;
    c.conversationWindowMs = s.integer(settings::kConversationWindowHours) * 3600 * 1000;
    c.optOutConfirmation = s.text(settings::kOptOutConfirmation);
    return c;
}

ThreecxConfig Engine::threecxConfig() const
{
    const Settings &s = m_config.settings;
    ThreecxConfig c;
    c.moduleEnabled = s.boolean(settings::kThreecxEnabled);
    // The same window the inbound pipeline keeps: an agent may reply while it is open.
    c.conversationWindowMs = s.integer(settings::kConversationWindowHours) * 3600 * 1000;
    c.defaultRegion = s.text(settings::kPhoneDefaultRegion).trimmed().toUpper();
    return c;
}

QTimeZone Engine::timeZone() const
{
    const QString zone = m_config.settings.text(settings::kTimeZone).trimmed();
    if (zone.isEmpty())
        return QTimeZone::systemTimeZone();
    const QTimeZone tz(zone.toLatin1());
    if (tz.isValid())
        return tz;
    qCWarning(lcApp) << "unknown time zone" << zone << "- using the system's";
    return QTimeZone::systemTimeZone();
}

SendConfig Engine::sendConfig() const
{
    const Settings &s = m_config.settings;
    SendConfig c;
    c.guard.defaultRegion = s.text(settings::kPhoneDefaultRegion).trimmed().toUpper();
    c.guard.timeZone = timeZone();
    c.guard.defaultDailyLimit = int(s.integer(settings::kDailyLimit));
    c.guard.defaultMonthlyLimit = int(s.integer(settings::kMonthlyLimit));
    c.guard.warmUp.firstDayCap = int(s.integer(settings::kWarmUpFirstDayCap));
    c.guard.warmUp.days = int(s.integer(settings::kWarmUpDays));
    if (const QStringList phrases = nonEmptyLines(s.text(settings::kBlockedPhrases)); !phrases.isEmpty())
        c.guard.blockedPhrases = phrases;
    if (const QStringList domains = nonEmptyLines(s.text(settings::kUrlShorteners)); !domains.isEmpty())
        c.guard.shortenerDomains = domains;
    c.pacing.enabled = s.text(settings::kPacing) == u"on";
    c.pacing.minIntervalMs = int(s.integer(settings::kPacingMinIntervalMs));
    c.pacing.maxIntervalMs = qMax(c.pacing.minIntervalMs, int(s.integer(settings::kPacingMaxIntervalMs)));
    c.pacing.burstSize = int(s.integer(settings::kPacingBurstSize));
    c.pacing.burstPauseMs = int(s.integer(settings::kPacingBurstPauseMs));
    c.pacing.perRecipientMs = int(s.integer(settings::kPacingRecipientIntervalMs));
    c.pacing.maxQueueLength = int(s.integer(settings::kQueueMaxLength));
    c.pacing.maxQueueWaitMs = int(s.integer(settings::kQueueMaxWaitMs));
    c.providerTimeoutMs = int(s.integer(settings::kProviderSendTimeoutMs));
    c.keyRatePerMinute = int(s.integer(settings::kApiRateLimitPerMinute));
    return c;
}

void Engine::stop()
{
    if (!m_frontDoor)
        return;
    if (m_storeWatch)
        m_storeWatch->stop();
    if (m_evolution)
        m_evolution->stopPolling();
    m_frontDoor->close();
    delete m_frontDoor;
    m_frontDoor = nullptr;
    if (m_dispatcher)
        m_dispatcher->stop(); // attempts in flight stay pending and go out after the restart
    if (m_commits) {
        m_commits->flushNow(); // what was acknowledged is committed already; this is the rest
        if (m_commits->batches() > 0)
            qCInfo(lcApp).noquote() << QStringLiteral("group commit: %1 writes in %2 transactions (%3 per commit)")
                                           .arg(m_commits->committedWorks())
                                           .arg(m_commits->batches())
                                           .arg(double(m_commits->committedWorks()) / double(m_commits->batches()), 0, 'f', 1);
    }
    emit servingChanged(false);
}

bool Engine::isServing() const
{
    return m_frontDoor && m_frontDoor->isListening();
}

QString Engine::baseUrl() const
{
    const QString configured = m_config.settings.text(settings::kPublicUrl);
    if (!configured.isEmpty())
        return configured;
    QHostAddress address;
    quint16 port = 0;
    QString ignored;
    if (m_frontDoor) {
        address = m_frontDoor->address();
        port = m_frontDoor->port();
    } else if (!parseListenAddress(m_config.settings.text(settings::kListen), &address, &port,
                                   &ignored)) {
        return {};
    }
    QString host = address.toString();
    if (address.protocol() == QAbstractSocket::IPv6Protocol)
        host = QLatin1Char('[') + host + QLatin1Char(']');
    const bool tls = m_frontDoor ? m_frontDoor->isTls() : !m_config.settings.text(settings::kTlsCert).isEmpty();
    return (tls ? QStringLiteral("https://") : QStringLiteral("http://")) + host + QLatin1Char(':')
        + QString::number(port);
}

} // namespace wag
