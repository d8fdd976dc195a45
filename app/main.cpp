// main.cpp — one executable: the studio when started without a command,
// the CLI otherwise (`prefstudio generate ...`).
#include "cli.h"
#include "util/i18n.h"
#include "util/runtime.h"

#include <QCoreApplication>

#ifdef PS_WITH_GUI
#include "studio.h"
#include <QApplication>
#endif

int main(int argc, char** argv) {
    QStringList args;
    for (int i = 0; i < argc; ++i) args << QString::fromLocal8Bit(argv[i]);
    ps::initComputeThreads();
    if (ps::app::isCliInvocation(args)) {
        QCoreApplication app(argc, argv);
        QCoreApplication::setApplicationName(QStringLiteral("prefstudio"));
        QCoreApplication::setApplicationVersion(QStringLiteral(PS_VERSION));
        QCoreApplication::setOrganizationName(QStringLiteral("Prefstudio"));
        ps::installTranslation(ps::chooseLanguage());
        return ps::app::runCli(args);
    }
#ifdef PS_WITH_GUI
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("prefstudio"));
    QCoreApplication::setOrganizationName(QStringLiteral("Prefstudio"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PS_VERSION));
    ps::installTranslation(ps::chooseLanguage());
    return ps::ui::runStudio(app, args);
#else
    QCoreApplication app(argc, argv);
    return ps::app::runCli({args.value(0), QStringLiteral("--help")});
#endif
}
