#include "util/resources.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace ps {

QString resourcesDir() {
    const QString env = qEnvironmentVariable("PREFSTUDIO_RESOURCES");
    if (!env.isEmpty() && QFileInfo(env).isDir()) return QDir(env).absolutePath();
    if (QCoreApplication::instance()) {
        const QString installed = QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("../share/prefstudio/resources"));
        if (QFileInfo(installed).isDir()) return QDir(installed).absolutePath();
    }
#ifdef PS_RESOURCES_DIR
    return QStringLiteral(PS_RESOURCES_DIR);
#else
    return {};
#endif
}

}  // namespace ps
