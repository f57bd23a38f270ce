#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

namespace wag::language {

// The language the gateway speaks: one per process, shared by the desktop window and the
// web portal, because Qt's translators are process-wide. The engine applies
// resolve(the effective "language" setting) when it starts serving and again whenever the
// setting changes, so the window (through QEvent::LanguageChange) and the portal (on its
// next page) follow together, in desktop and in headless mode alike. The catalogs are the
// .qm files embedded in the server library under :/i18n (server/CMakeLists.txt).

// Codes with a catalog, English (the source language) first.
const QStringList &supported();

// The setting if it names a supported language, else the first of the system's UI
// languages that is supported, else English. Both may be spelled as the system spells
// them ("pt-BR", "pt_BR", "ar-SA"); Portuguese of Portugal gets Brazilian Portuguese.
QString resolve(const QString &setting, const QStringList &systemLanguages = QLocale::system().uiLanguages());

// The language's own name, e.g. "العربية": readable whatever language is on screen.
QString nativeName(const QString &code);

// Installs the catalog of `code` (and Qt's own, when the system has it) in place of the
// previous one and, in a GUI process, sets the layout direction. False (and English) when
// `code` is unknown or its catalog cannot be loaded. Main thread only.
bool apply(const QString &code);

// The language applied last ("en" before any).
QString current();

// How HTML says it: "pt_BR" → "pt-BR".
QString htmlTag(const QString &code);
bool isRightToLeft(const QString &code);

} // namespace wag::language
