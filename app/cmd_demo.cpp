// cmd_demo.cpp — `prefstudio demo-workspace`: builds (or reuses) the bundled
// demo workspace, as `prefstudio --demo` does, so CI and scripts can make it
// without a display. Where resources/ is found: util/resources.h.
#include "cli.h"
#include "cli_args.h"

#include "demo/demo_workspace.h"
#include "util/resources.h"

#include <QCoreApplication>

namespace ps::app {

int cmdDemoWorkspace(const QStringList& args) {
    QCommandLineParser p;
    p.setApplicationDescription(QCoreApplication::translate(
        "ps::cli", "Build the demo workspace from the bundled resources (prompts, the demo model's candidates, seed pairs with votes, "
                   "guidelines), or reuse it when it is complete. Resources: $PREFSTUDIO_RESOURCES, else the installed or source-tree "
                   "resources folder."));
    p.addOption({QStringLiteral("out"), QCoreApplication::translate("ps::cli", "workspace file (default: the user data folder's demo/demo.prefstudio)"), QStringLiteral("file")});
    p.addOption({QStringLiteral("resources"), QCoreApplication::translate("ps::cli", "resources folder (overrides $PREFSTUDIO_RESOURCES)"), QStringLiteral("dir")});
    if (!parseCommand(p, QStringLiteral("demo-workspace"), args)) return p.isSet(QStringLiteral("help")) ? 0 : 2;
    const QString path = p.isSet(QStringLiteral("out")) ? p.value(QStringLiteral("out")) : demo::defaultDemoWorkspacePath();
    const QString res = p.isSet(QStringLiteral("resources")) ? p.value(QStringLiteral("resources")) : resourcesDir();
    auto r = demo::ensureDemoWorkspace(path, res);
    if (!r) return fail(r.error());
    out() << QCoreApplication::translate("ps::cli", "%1 %2: %3 prompts, %4 pairs, %5 votes; model %6\n")
                 .arg(r->created ? QCoreApplication::translate("ps::cli", "built") : QCoreApplication::translate("ps::cli", "reused"))
                 .arg(r->workspacePath)
                 .arg(r->prompts)
                 .arg(r->pairs)
                 .arg(r->votes)
                 .arg(r->modelDir)
          << Qt::flush;
    return 0;
}

}  // namespace ps::app
