#include "setting_input.h"

#include "form_fields.h"
#include "settings/settings.h"
#include "settings/settings_registry.h"
#include "settings/settings_sections.h"

namespace wag::portal {

namespace {

QString inputId(const SettingDefinition &definition)
{
    return QStringLiteral("s-") + definition.key;
}

QString choiceLabel(const SettingDefinition &definition, const SettingPresentation &field, const QString &choice)
{
    const qsizetype index = definition.choices.indexOf(choice);
    return index >= 0 && index < field.choiceLabels.size() ? field.choiceLabels.at(index) : choice;
}

QString defaultText(const SettingDefinition &definition, const SettingPresentation &field)
{
    switch (definition.type) {
    case SettingType::Integer:
        return field.unit.isEmpty() ? definition.defaultValue.toString()
                                    : SettingInput::tr("%1 %2").arg(definition.defaultValue.toString(), field.unit);
    case SettingType::Choice:
        return choiceLabel(definition, field, definition.defaultValue.toString());
    case SettingType::Boolean:
        return definition.defaultValue.toBool() ? SettingInput::tr("on") : SettingInput::tr("off");
    case SettingType::Text:
        break;
    }
    return {}; // a text's default is described by its help ("Empty: …")
}

// Attributes every kind of input shares: id, name, help and problem, disabled.
Html commonAttributes(const SettingDefinition &definition, const SettingInputState &state)
{
    const QString id = inputId(definition);
    const bool invalid = !state.problem.isEmpty();
    return Html::fill(R"( id="%1" name="%2" aria-describedby="%1-help%3"%4%5)",
                      {id, definition.key,
                       invalid ? Html::fill(" %1-problem", {id}) : Html(),
                       invalid ? Html::markup(R"( aria-invalid="true")") : Html(),
                       state.overriddenBy.isEmpty() ? Html() : Html::markup(" disabled")});
}

Html control(const SettingDefinition &definition, const SettingPresentation &field, const SettingInputState &state)
{
    const Html common = commonAttributes(definition, state);
    switch (definition.type) {
    case SettingType::Integer:
        return Html::fill(R"(<input type="number"%1 value="%2" min="%3" max="%4" step="1" inputmode="numeric">%5)",
                          {common, state.value, QString::number(definition.minimum),
                           QString::number(definition.maximum),
                           field.unit.isEmpty() ? Html() : Html::fill(R"( <span class="unit">%1</span>)", {field.unit})});
    case SettingType::Choice: {
        Html options;
        for (const QString &choice : definition.choices) {
            options += Html::fill(R"(<option value="%1"%2>%3</option>)",
                                  {choice, choice == state.value ? Html::markup(" selected") : Html(),
                                   choiceLabel(definition, field, choice)});
        }
        return Html::fill(R"(<select%1>%2</select>)", {common, options});
    }
    case SettingType::Boolean:
        return Html::fill(R"(<input type="checkbox"%1 value="on"%2>)",
                          {common, state.value == u"on" ? Html::markup(" checked") : Html()});
    case SettingType::Text:
        break;
    }
    if (field.shape == SettingPresentation::Shape::Lines)
        return Html::fill(R"(<textarea%1 rows="6" dir="auto" spellcheck="false">%2</textarea>)", {common, state.value});
    return Html::fill(R"(<input type="text"%1 value="%2" placeholder="%3" dir="auto" spellcheck="false">)",
                      {common, state.value, field.placeholder});
}

} // namespace

QString SettingInput::currentText(const SettingDefinition &definition, const Settings &settings)
{
    if (definition.type == SettingType::Boolean)
        return settings.boolean(definition.key) ? QStringLiteral("on") : QStringLiteral("off");
    return settings.text(definition.key);
}

QString SettingInput::submittedText(const SettingDefinition &definition, const FormFields &form)
{
    // An unticked checkbox is not sent at all.
    if (definition.type == SettingType::Boolean)
        return form.contains(definition.key) ? QStringLiteral("on") : QStringLiteral("off");
    QString text = form.value(definition.key);
    // Text areas send CRLF; the engine reads one item per "\n" line.
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    return text;
}

Html SettingInput::render(const SettingDefinition &definition, const SettingPresentation &field,
                          const SettingInputState &state)
{
    const QString id = inputId(definition);
    const Html restart = definition.restartRequired
        ? Html::fill(R"( <span class="badge restart">%1</span>)", {tr("after a restart")})
        : Html();
    const QString defaultValue = defaultText(definition, field);
    QStringList help;
    if (!field.help.isEmpty())
        help << field.help;
    if (!defaultValue.isEmpty())
        help << tr("Default: %1.").arg(defaultValue);
    if (definition.restartRequired)
        help << tr("A new value takes effect when the gateway restarts.");
    const Html overridden = state.overriddenBy.isEmpty()
        ? Html()
        : Html::fill(R"(<p class="source">%1</p>)",
                     {state.overriddenBy == u"environment"
                          ? tr("Set by the environment variable %1, which wins over what is saved here: change it "
                               "there.").arg(definition.environmentName())
                          : tr("Set on the command line (--%1), which wins over what is saved here: change it "
                               "there.").arg(definition.commandLineName())});
    const Html problem = state.problem.isEmpty()
        ? Html()
        : Html::fill(R"(<p id="%1-problem" class="problem" role="alert">%2</p>)", {id, state.problem});
    const Html input = control(definition, field, state);
    const Html labelled = definition.type == SettingType::Boolean
        ? Html::fill(R"(<label class="check">%1 %2</label>%3)", {input, field.label, restart})
        : Html::fill(R"(<label for="%1">%2</label>%3%4)", {id, field.label, restart, input});
    return Html::fill(R"(<div class="setting%1">%2<p id="%3-help" class="help">%4</p>%5%6</div>)",
                      {state.overriddenBy.isEmpty() ? Html() : Html::markup(" overridden"), labelled, id,
                       help.join(QLatin1Char(' ')), overridden, problem});
}

} // namespace wag::portal
