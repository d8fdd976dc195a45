#include "studio.h"

#include "main_window.h"

#include <QApplication>
#include <QCommandLineParser>

namespace ps::ui {

int runStudio(QApplication& app, const QStringList& args) {
    QCommandLineParser p;
    p.addHelpOption();
    p.addOption({QStringLiteral("demo"), QCoreApplication::translate("ps::ui", "open the bundled demo workspace")});
    p.addOption({QStringLiteral("model"), QCoreApplication::translate("ps::ui", "model folder to open"), QStringLiteral("dir")});
    p.process(args);
    MainWindow w;
    if (p.isSet(QStringLiteral("model"))) w.openModel(p.value(QStringLiteral("model")));
    w.show();
    return app.exec();
}

}  // namespace ps::ui
