#include "util/i18n.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace ps {

QStringList availableLanguages() { return {QStringLiteral("en"), QStringLiteral("vi")}; }

QString chooseLanguage(const QString& requested) {
    QString lang = requested;
    if (lang.isEmpty()) lang = qEnvironmentVariable("PREFSTUDIO_LANG");
    if (lang.isEmpty()) lang = QSettings().value(QStringLiteral("ui/language")).toString();
    if (lang.isEmpty()) lang = QLocale::system().name();
    lang = lang.left(2).toLower();
    return availableLanguages().contains(lang) ? lang : QStringLiteral("en");
}

namespace {
QString g_installedLanguage = QStringLiteral("en");
}

QString installedLanguage() { return g_installedLanguage; }

bool installTranslation(const QString& language) {
    g_installedLanguage = availableLanguages().contains(language) ? language : QStringLiteral("en");
    static QTranslator* current = nullptr;
    if (current) {
        QCoreApplication::removeTranslator(current);
        delete current;
        current = nullptr;
    }
    auto* t = new QTranslator;
    if (!t->load(QStringLiteral(":/i18n/prefstudio_%1.qm").arg(language))) {
        delete t;
        return false;
    }
    QCoreApplication::installTranslator(t);
    current = t;
    return true;
}

}  // namespace ps
