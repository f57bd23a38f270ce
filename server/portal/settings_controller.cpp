#include "settings_controller.h"

#include "form_fields.h"
#include "http/router.h"
#include "portal_gate.h"
#include "setting_input.h"
#include "settings/settings_registry.h"
#include "settings/settings_service.h"
#include "settings/settings_sections.h"

#include <memory>

namespace wag::portal {

namespace {

const QString kSettingsPath = QStringLiteral("/settings");

SettingsSection sectionOrFirst(const QString &slug)
{
    return SettingsSections::find(slug).value_or(SettingsSections::all().constFirst());
}

QString sectionUrl(const SettingsSection &section)
{
    return kSettingsPath + QStringLiteral("?section=") + section.slug;
}

} // namespace

SettingsController::SettingsController(PortalGate &gate, SettingsService &settings)
    : m_gate(gate), m_settings(settings)
{
}

void SettingsController::mount(Router &router, PortalGate &gate, SettingsService &settings)
{
    const auto controller = std::make_shared<SettingsController>(gate, settings);
    router.add("GET", kSettingsPath,
               Router::SyncHandler([controller](const HttpRequest &r) { return controller->show(r); }));
    router.add("POST", kSettingsPath,
               Router::SyncHandler([controller](const HttpRequest &r) { return controller->save(r); }));
    router.add("POST", QStringLiteral("/settings/provider-key"),
               Router::SyncHandler([controller](const HttpRequest &r) { return controller->storeProviderKey(r); }));
}

Html SettingsController::savedNotice(const QString &outcome) const
{
    QString text;
    if (outcome == u"now")
        text = tr("Saved — in effect now.");
    else if (outcome == u"restart")
        text = tr("Saved — takes effect when the gateway restarts.");
    else if (outcome == u"nothing")
        text = tr("Nothing to save: no value was changed.");
    else if (outcome == u"key")
        text = tr("Provider key stored — takes effect when the gateway restarts.");
    return text.isEmpty() ? Html() : Html::fill(R"(<p class="notice" role="status">%1</p>)", {text});
}

Html SettingsController::providerKeyForm(const SignedIn &visitor, const FormState &state) const
{
    const QString overriddenBy = m_settings.overriddenBy(settings::kProviderKey);
    QString keyState;
    if (overriddenBy == u"environment")
        keyState = tr("Set by the environment variable WAG_PROVIDER_KEY.");
    else if (overriddenBy == u"command line")
        keyState = tr("Set on the command line (--provider-key).");
    else
        keyState = m_settings.providerKeyIsSet() ? tr("Key: set (stored encrypted; never shown).") : tr("Key: not set.");
    const bool invalid = !state.keyProblem.isEmpty();
    return Html::fill(
        R"(<h2>%1</h2><form method="post" action="/settings/provider-key" class="card" autocomplete="off">%2)"
        R"(<p class="help" id="provider-key-state">%3</p>)"
        R"(<label for="provider-key">%4</label>)"
        R"(<input type="password" id="provider-key" name="provider_key" autocomplete="new-password" )"
        R"(aria-describedby="provider-key-state%5"%6%7>%8)"
        R"(<button type="submit"%7>%9</button></form>)",
        {tr("Provider key"), PageShell::csrfField(visitor.session.csrfToken), keyState,
         tr("New provider key"),
         invalid ? Html::markup(" provider-key-problem") : Html(),
         invalid ? Html::markup(R"( aria-invalid="true")") : Html(),
         overriddenBy.isEmpty() ? Html() : Html::markup(" disabled"),
         invalid ? Html::fill(R"(<p id="provider-key-problem" class="problem" role="alert">%1</p>)", {state.keyProblem})
                 : Html(),
         tr("Store key")});
}

Html SettingsController::sectionForm(const SignedIn &visitor, const SettingsSection &section,
                                     const FormState &state) const
{
    const Settings &effective = m_settings.effective();
    Html fields;
    for (const SettingPresentation &field : section.fields) {
        const SettingDefinition *definition = SettingsRegistry::find(field.key);
        if (!definition)
            continue;
        SettingInputState input;
        input.overriddenBy = m_settings.overriddenBy(field.key);
        input.value = input.overriddenBy.isEmpty() && state.typed.contains(field.key)
            ? state.typed.value(field.key)
            : SettingInput::currentText(*definition, effective);
        input.problem = state.problems.value(field.key);
        fields += SettingInput::render(*definition, field, input);
    }
    return Html::fill(R"(<form method="post" action="/settings" class="card settings-form">%1)"
                      R"(<input type="hidden" name="section" value="%2">%3)"
                      R"(<p class="help">%4</p><button type="submit">%5</button></form>)",
                      {PageShell::csrfField(visitor.session.csrfToken), section.slug, fields,
                       tr("An emptied field goes back to its default. Only changed values are saved, all "
                          "together or none."),
                       tr("Save")});
}

HttpResponse SettingsController::sectionPage(const HttpRequest &request, const SignedIn &visitor, int status,
                                             const SettingsSection &section, const FormState &state)
{
    Html links;
    for (const SettingsSection &each : SettingsSections::all()) {
        links += Html::fill(R"(<li><a href="%1"%2>%3</a></li>)",
                            {sectionUrl(each),
                             each.slug == section.slug ? Html::markup(R"( aria-current="page")") : Html(),
                             each.title});
    }
    // The window's Users tab: the portal has its own page for it.
    links += Html::fill(R"(<li><a href="/users">%1</a></li>)", {tr("Users")});
    const Html summary = state.summary.isEmpty()
        ? Html()
        : Html::fill(R"(<p class="problem" role="alert">%1</p>)", {state.summary});
    const Html main = Html::fill(
        R"(<h1>%1</h1><nav class="tabs" aria-label="%2"><ul>%3</ul></nav><h2>%4</h2><p>%5</p>%6%7%8%9)",
        {tr("Settings"), tr("Groups of settings"), links, section.title, section.intro, state.notice, summary,
         sectionForm(visitor, section, state),
         section.providerKey ? providerKeyForm(visitor, state) : Html()});
    return m_gate.page(request, visitor, status, tr("Settings: %1").arg(section.title), main);
}

HttpResponse SettingsController::show(const HttpRequest &request)
{
    const PortalGate::Admission admission = m_gate.admit(request, Audience::AdminOnly);
    if (admission.refusal)
        return *admission.refusal;
    const SettingsSection section =
        sectionOrFirst(request.query.queryItemValue(QStringLiteral("section"), QUrl::FullyDecoded));
    FormState state;
    state.notice = savedNotice(request.query.queryItemValue(QStringLiteral("saved"), QUrl::FullyDecoded));
    return sectionPage(request, *admission.visitor, 200, section, state);
}

HttpResponse SettingsController::save(const HttpRequest &request)
{
    const FormFields form = FormFields::parse(request);
    const PortalGate::Admission admission = m_gate.admitForm(request, form, Audience::AdminOnly);
    if (admission.refusal)
        return *admission.refusal;
    const std::optional<SettingsSection> section = SettingsSections::find(form.value(QStringLiteral("section")));
    if (!section)
        return m_gate.notFound(request);

    // Only this section's fields, only changed ones, never one that a higher layer sets
    // (the window's Save does the same): an unchanged default is not pinned by saving.
    FormState state;
    QList<SettingChange> changes;
    for (const SettingPresentation &field : section->fields) {
        const SettingDefinition *definition = SettingsRegistry::find(field.key);
        if (!definition || !m_settings.overriddenBy(field.key).isEmpty())
            continue;
        const QString typed = SettingInput::submittedText(*definition, form);
        state.typed.insert(field.key, typed);
        if (typed != SettingInput::currentText(*definition, m_settings.effective()))
            changes.append({field.key, typed});
    }
    if (changes.isEmpty())
        return redirectTo(sectionUrl(*section) + QStringLiteral("&saved=nothing"));

    const Status stored = m_settings.storeAll(changes, &state.problems);
    if (!stored.ok()) {
        bool shownAtField = false;
        for (const SettingPresentation &field : section->fields)
            shownAtField = shownAtField || state.problems.contains(field.key);
        state.summary = shownAtField ? tr("Not saved: correct the marked value. Nothing was changed.")
                                     : tr("Not saved: %1").arg(stored.failure().message);
        const int status = stored.failure().code == u"invalid_setting" ? 422 : 500;
        return sectionPage(request, *admission.visitor, status, *section, state);
    }
    QStringList keys;
    for (const SettingChange &change : changes)
        keys << change.key;
    return redirectTo(sectionUrl(*section)
                      + (SettingsService::needsRestart(keys) ? QStringLiteral("&saved=restart")
                                                             : QStringLiteral("&saved=now")));
}

HttpResponse SettingsController::storeProviderKey(const HttpRequest &request)
{
    const FormFields form = FormFields::parse(request);
    const PortalGate::Admission admission = m_gate.admitForm(request, form, Audience::AdminOnly);
    if (admission.refusal)
        return *admission.refusal;
    const SettingsSection section = sectionOrFirst(QStringLiteral("provider"));
    FormState state;
    if (!m_settings.overriddenBy(settings::kProviderKey).isEmpty()) {
        state.keyProblem = tr("The key is set by the environment or the command line, which wins: change it there.");
        return sectionPage(request, *admission.visitor, 409, section, state);
    }
    // The key is not echoed back, whatever happens: the field is always empty.
    const Status stored = m_settings.storeProviderKey(form.value(QStringLiteral("provider_key")).toUtf8());
    if (!stored.ok()) {
        state.keyProblem = tr("The key was not stored: %1").arg(stored.failure().message);
        const int status = stored.failure().code == u"invalid_setting" ? 422 : 500;
        return sectionPage(request, *admission.visitor, status, section, state);
    }
    return redirectTo(sectionUrl(section) + QStringLiteral("&saved=key"));
}

} // namespace wag::portal
