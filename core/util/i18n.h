// i18n.h — loads the UI/CLI translation (English or Vietnamese) into the application.
#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace ps {

// Languages the product ships, as locale codes ("en", "vi").
QStringList availableLanguages();
// Language to use: `requested` if non-empty, else PREFSTUDIO_LANG, else the
// saved setting, else the system locale; falls back to "en".
QString chooseLanguage(const QString& requested = {});
// Installs the translator for `language` (from the embedded :/i18n/*.qm),
// replacing a previous one. Returns false when no translation is embedded.
bool installTranslation(const QString& language);
// The language last passed to installTranslation() ("en" before any).
QString installedLanguage();

}  // namespace ps
