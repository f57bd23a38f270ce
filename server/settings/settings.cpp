#include "settings.h"

#include "settings_registry.h"

namespace wag {

Settings::Settings() = default;

Status Settings::set(Layer layer, const QString &key, const QString &text)
{
    const SettingDefinition *definition = SettingsRegistry::find(key);
    if (!definition)
        return Status::fail(QStringLiteral("unknown_setting"),
                            QStringLiteral("there is no setting named \"%1\"").arg(key));
    if (definition->secret && layer == Layer::Stored)
        return Status::fail(QStringLiteral("invalid_setting"),
                            QStringLiteral("%1 is a secret; it is kept in the secrets table, never "
                                           "in the settings table")
                                .arg(key));
    QVariant value;
    QString error;
    if (!SettingsRegistry::parse(*definition, text, &value, &error)) {
        if (layer == Layer::Environment)
            error = definition->environmentName() + QStringLiteral(": ") + error;
        else if (layer == Layer::CommandLine)
            error = QStringLiteral("--") + definition->commandLineName() + QStringLiteral(": ") + error;
        return Status::fail(QStringLiteral("invalid_setting"), error);
    }
    m_layers[int(layer)].insert(key, value);
    return succeeded();
}

void Settings::clear(Layer layer, const QString &key)
{
    m_layers[int(layer)].remove(key);
}

Status Settings::loadEnvironment(const QProcessEnvironment &environment)
{
    for (const SettingDefinition &d : SettingsRegistry::definitions()) {
        const QString name = d.environmentName();
        if (!environment.contains(name))
            continue;
        const Status s = set(Layer::Environment, d.key, environment.value(name));
        if (!s.ok())
            return s;
    }
    return succeeded();
}

QVariant Settings::value(const QString &key) const
{
    for (int layer = 2; layer >= 0; --layer) {
        const auto it = m_layers[layer].constFind(key);
        if (it != m_layers[layer].constEnd())
            return *it;
    }
    const SettingDefinition *definition = SettingsRegistry::find(key);
    Q_ASSERT_X(definition, "Settings::value", "unregistered setting");
    return definition ? definition->defaultValue : QVariant();
}

QString Settings::sourceOf(const QString &key) const
{
    static const char *names[] = {"database", "environment", "command line"};
    for (int layer = 2; layer >= 0; --layer) {
        if (m_layers[layer].contains(key))
            return QString::fromLatin1(names[layer]);
    }
    return QStringLiteral("default");
}

} // namespace wag
