#pragma once

#include <QString>
#include <QStringList>

namespace wag::language {

// The window's language. Start-up applies resolve(the "language" setting); the Settings
// page stores a new choice and applies it at once. Applying installs the translator (the
// .qm files embedded under :/i18n), Qt's own translations when the system has them, and
// the layout direction: Arabic mirrors the whole window right-to-left. Open windows are
// told through QEvent::LanguageChange (MainWindow rebuilds its pages on it).

// Codes with a catalog, English (the source language) first.
const QStringList &supported();

// The setting if it names a supported language, else the first of the system's UI
// languages that is supported (pt-BR → pt_BR, ar-SA → ar), else English.
QString resolve(const QString &setting);

// The language's own name, e.g. "العربية": readable whatever language is on screen.
QString nativeName(const QString &code);

// False (and English) when `code` is unknown or its catalog cannot be loaded.
bool apply(const QString &code);

// The language applied last ("en" before any).
QString current();

} // namespace wag::language
