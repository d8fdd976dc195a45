#include "studio.h"

#include "main_window.h"
#include "train_view.h"

#include "demo/demo_workspace.h"
#include "util/resources.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QMessageBox>
#include <QSettings>

namespace ps::ui {

int runStudio(QApplication& app, const QStringList& args) {
    QCommandLineParser p;
    p.addHelpOption();
    p.addOption({QStringLiteral("demo"), QCoreApplication::translate("ps::ui", "open the bundled demo workspace")});
    p.addOption({QStringLiteral("model"), QCoreApplication::translate("ps::ui", "model folder to open"), QStringLiteral("dir")});
    p.addOption({QStringLiteral("workspace"), QCoreApplication::translate("ps::ui", "workspace file to open (created when missing)"),
                 QStringLiteral("file")});
    p.process(args);
    MainWindow w;
    if (p.isSet(QStringLiteral("model"))) w.openModel(p.value(QStringLiteral("model")));
    if (p.isSet(QStringLiteral("demo"))) {
        // The bundled demo: built on first use into the user data folder (a second or two), then reused.
        auto demo = demo::ensureDemoWorkspace(demo::defaultDemoWorkspacePath(), resourcesDir());
        if (!demo) {
            QMessageBox::warning(&w, QCoreApplication::translate("ps::ui", "Demo"), demo.error().toString());
        } else {
            if (Status s = w.openWorkspace(demo->workspacePath); !s)
                QMessageBox::warning(&w, QCoreApplication::translate("ps::ui", "Workspace"), s.error().toString());
            w.openModel(demo->modelDir);
            w.trainView()->setBaseModel(demo->modelDir, true);
            w.trainView()->setFormConfig(demo::demoTrainConfig());
        }
    } else if (p.isSet(QStringLiteral("workspace"))) {
        if (Status s = w.openWorkspace(p.value(QStringLiteral("workspace"))); !s)
            QMessageBox::warning(&w, QCoreApplication::translate("ps::ui", "Workspace"), s.error().toString());
    } else if (const QString last = QSettings().value(QStringLiteral("ui/workspace")).toString(); !last.isEmpty() && QFileInfo::exists(last)) {
        (void)w.openWorkspace(last);  // the last session's workspace; on error the studio starts without one
    }
    w.show();
    return app.exec();
}

}  // namespace ps::ui
