// main.cpp — one executable: the studio when started without a command,
// the CLI otherwise (`prefstudio generate ...`).
#include "cli.h"
#include "cli_args.h"
#include "util/file_faults.h"
#include "util/i18n.h"
#include "util/runtime.h"

#include <QCoreApplication>

#ifdef PS_WITH_GUI
#include "studio.h"
#include <QApplication>
#endif

namespace {
// Takes "--NAME value" / "--NAME=value" out of the arguments (options valid for
// the studio and for every CLI command: --lang, --device) and returns the value.
QString takeGlobalOption(QStringList& args, const QString& name) {
    const QString flag = QStringLiteral("--") + name, prefix = flag + QLatin1Char('=');
    QString value;
    for (int i = 1; i < args.size();) {
        if (args[i] == flag && i + 1 < args.size()) {
            value = args[i + 1];
            args.remove(i, 2);
        } else if (args[i].startsWith(prefix)) {
            value = args[i].mid(prefix.size());
            args.remove(i);
        } else {
            ++i;
        }
    }
    return value;
}
}  // namespace

int main(int argc, char** argv) {
    QStringList args;
    for (int i = 0; i < argc; ++i) args << QString::fromLocal8Bit(argv[i]);
    const QString requestedLanguage = takeGlobalOption(args, QStringLiteral("lang"));
    const QString requestedDevice = takeGlobalOption(args, QStringLiteral("device"));
    ps::initComputeThreads();
    if (ps::app::isCliInvocation(args)) {
        QCoreApplication app(argc, argv);
        QCoreApplication::setApplicationName(QStringLiteral("prefstudio"));
        QCoreApplication::setApplicationVersion(QStringLiteral(PS_VERSION));
        QCoreApplication::setOrganizationName(QStringLiteral("Prefstudio"));
        ps::installTranslation(ps::chooseLanguage(requestedLanguage));
        if (!requestedDevice.isEmpty()) {
            const ps::Status s = ps::setComputeDevice(requestedDevice);
            if (!s.ok()) return ps::app::fail(s.error());
        }
        ps::installFileFaultHandlers();
        return ps::app::runCli(args);
    }
#ifdef PS_WITH_GUI
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("prefstudio"));
    QCoreApplication::setOrganizationName(QStringLiteral("Prefstudio"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PS_VERSION));
    ps::installTranslation(ps::chooseLanguage(requestedLanguage));
    if (!requestedDevice.isEmpty()) {
        const ps::Status s = ps::setComputeDevice(requestedDevice);
        if (!s.ok()) return ps::app::fail(s.error());
    }
    ps::installFileFaultHandlers();
    return ps::ui::runStudio(app, args);
#else
    QCoreApplication app(argc, argv);
    return ps::app::runCli({args.value(0), QStringLiteral("--help")});
#endif
}
