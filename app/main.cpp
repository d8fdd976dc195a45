// main.cpp — one executable: the studio when started without a command,
// the CLI otherwise (`prefstudio generate ...`).
#include "cli.h"
#include "util/file_faults.h"
#include "util/i18n.h"
#include "util/runtime.h"

#include <QCoreApplication>

#ifdef PS_WITH_GUI
#include "studio.h"
#include <QApplication>
#endif

namespace {
// Takes "--lang xx" / "--lang=xx" out of the arguments (valid for the studio
// and for every CLI command) and returns the requested language.
QString takeLanguageOption(QStringList& args) {
    QString lang;
    for (int i = 1; i < args.size();) {
        if (args[i] == QLatin1String("--lang") && i + 1 < args.size()) {
            lang = args[i + 1];
            args.remove(i, 2);
        } else if (args[i].startsWith(QLatin1String("--lang="))) {
            lang = args[i].mid(7);
            args.remove(i);
        } else {
            ++i;
        }
    }
    return lang;
}
}  // namespace

int main(int argc, char** argv) {
    QStringList args;
    for (int i = 0; i < argc; ++i) args << QString::fromLocal8Bit(argv[i]);
    const QString requestedLanguage = takeLanguageOption(args);
    ps::initComputeThreads();
    if (ps::app::isCliInvocation(args)) {
        QCoreApplication app(argc, argv);
        QCoreApplication::setApplicationName(QStringLiteral("prefstudio"));
        QCoreApplication::setApplicationVersion(QStringLiteral(PS_VERSION));
        QCoreApplication::setOrganizationName(QStringLiteral("Prefstudio"));
        ps::installTranslation(ps::chooseLanguage(requestedLanguage));
        ps::installFileFaultHandlers();
        return ps::app::runCli(args);
    }
#ifdef PS_WITH_GUI
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("prefstudio"));
    QCoreApplication::setOrganizationName(QStringLiteral("Prefstudio"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PS_VERSION));
    ps::installTranslation(ps::chooseLanguage(requestedLanguage));
    ps::installFileFaultHandlers();
    return ps::ui::runStudio(app, args);
#else
    QCoreApplication app(argc, argv);
    return ps::app::runCli({args.value(0), QStringLiteral("--help")});
#endif
}
