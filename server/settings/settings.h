#pragma once

#include "core/result.h"

#include <QHash>
#include <QProcessEnvironment>
#include <QVariant>

namespace wag {

// The effective settings of one running gateway: every registered setting resolved through
// its layers (default < stored < environment < command line). Values are validated as they
// enter a layer, so readers never see a malformed value.
class Settings
{
public:
    enum class Layer { Stored, Environment, CommandLine };

    Settings();

    // Sets one layer's value from text; fails (changing nothing) if the key is unknown or
    // the text is not valid for it. The error names the source (e.g. the variable).
    Status set(Layer layer, const QString &key, const QString &text);
    void clear(Layer layer, const QString &key);

    // Reads every WAG_<KEY> variable that names a registered setting.
    Status loadEnvironment(const QProcessEnvironment &environment);

    QVariant value(const QString &key) const;
    QString text(const QString &key) const { return value(key).toString(); }
    qint64 integer(const QString &key) const { return value(key).toLongLong(); }
    bool boolean(const QString &key) const { return value(key).toBool(); }

    // Where the effective value came from, for diagnostics ("default", "database", …).
    QString sourceOf(const QString &key) const;

private:
    QHash<QString, QVariant> m_layers[3];
};

} // namespace wag
