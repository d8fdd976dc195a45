#include "studio.h"

#include "main_window.h"
#include "screenshot_tour.h"
#include "train_view.h"

#include "demo/demo_workspace.h"
#include "util/resources.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QSettings>

namespace ps::ui {

Status openDemo(MainWindow& w, const QString& resources) {
    // Built on first use (a second or two: imports, no model work), then reused.
    auto demo = demo::ensureDemoWorkspace(demo::defaultDemoWorkspacePath(), resources);
    if (!demo) return demo.error();
    PS_TRY(w.openWorkspace(demo->workspacePath));
    w.openModel(demo->modelDir);
    w.trainView()->setBaseModel(demo->modelDir, true);
    w.trainView()->setFormConfig(demo::demoTrainConfig());
    w.trainView()->setEvaluationPrompts(demo::kDemoEvaluationPrompts);
    // The Train view trains on the workspace's votes (the seed votes and every vote made here).
    w.trainView()->setPairsSource(TrainView::PairsSource::Workspace);
    w.showView(QStringLiteral("annotateView"));
    return {};
}

int runStudio(QApplication& app, const QStringList& args) {
    QCommandLineParser p;
    p.addHelpOption();
    p.addOption({QStringLiteral("demo"), QCoreApplication::translate("ps::ui", "open the bundled demo workspace")});
    p.addOption({QStringLiteral("model"), QCoreApplication::translate("ps::ui", "model folder to open"), QStringLiteral("dir")});
    p.addOption({QStringLiteral("workspace"), QCoreApplication::translate("ps::ui", "workspace file to open (created when missing)"),
                 QStringLiteral("file")});
    p.addOption({QStringLiteral("screenshots"),
                 QCoreApplication::translate("ps::ui", "with --demo: walk through the studio, save a PNG of each view into the folder, quit"),
                 QStringLiteral("dir")});
    p.process(args);
    MainWindow w;
    if (p.isSet(QStringLiteral("model"))) w.openModel(p.value(QStringLiteral("model")));
    if (p.isSet(QStringLiteral("demo"))) {
        if (Status s = openDemo(w, resourcesDir()); !s)
            QMessageBox::warning(&w, QCoreApplication::translate("ps::ui", "Demo"), s.error().toString());
    } else if (p.isSet(QStringLiteral("workspace"))) {
        if (Status s = w.openWorkspace(p.value(QStringLiteral("workspace"))); !s)
            QMessageBox::warning(&w, QCoreApplication::translate("ps::ui", "Workspace"), s.error().toString());
    } else if (const QString last = QSettings().value(QStringLiteral("ui/workspace")).toString(); !last.isEmpty() && QFileInfo::exists(last)) {
        (void)w.openWorkspace(last);  // the last session's workspace; on error the studio starts without one
    }
    w.show();
    if (p.isSet(QStringLiteral("screenshots"))) startScreenshotTour(w, p.value(QStringLiteral("screenshots")));
    return app.exec();
}

}  // namespace ps::ui
