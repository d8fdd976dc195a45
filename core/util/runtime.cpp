#include "util/runtime.h"

#include <ATen/Parallel.h>
#include <dlfcn.h>
#include <link.h>

#include <QByteArray>
#include <QFile>
#include <thread>

namespace ps {

int initComputeThreads(int requested) {
    int n = requested;
    if (n <= 0) {
        const QByteArray env = qgetenv("PREFSTUDIO_THREADS");
        n = env.isEmpty() ? 0 : env.toInt();
    }
    if (n <= 0) n = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
    at::set_num_threads(n);
    return at::get_num_threads();
}

namespace {
int collectLib(struct dl_phdr_info* info, size_t, void* data) {
    auto* out = static_cast<QString*>(data);
    const QString name = QString::fromLocal8Bit(info->dlpi_name);
    if (name.contains(QLatin1String("openblas"))) {
        *out = QStringLiteral("OpenBLAS (%1)").arg(name);
        return 1;
    }
    if (name.contains(QLatin1String("libblas")) && out->isEmpty()) *out = QStringLiteral("generic BLAS (%1)").arg(name);
    if (name.contains(QLatin1String("mkl")) && out->isEmpty()) *out = QStringLiteral("MKL (%1)").arg(name);
    return 0;
}
}  // namespace

QString activeBlasName() {
    QString found;
    dl_iterate_phdr(collectLib, &found);
    if (found.contains(QLatin1String("libblas"))) {
        // Debian's alternatives system may point libblas.so.3 at OpenBLAS.
        const QString target = QFile::symLinkTarget(found.section(QLatin1Char('('), 1).chopped(1));
        if (target.contains(QLatin1String("openblas"))) return QStringLiteral("OpenBLAS via alternatives (%1)").arg(target);
    }
    return found.isEmpty() ? QStringLiteral("unknown") : found;
}

bool cpuHasAvx512Bf16() {
    __builtin_cpu_init();
    return __builtin_cpu_supports("avx512bf16") && __builtin_cpu_supports("avx512f");
}

}  // namespace ps
