#include "util/runtime.h"

#include "util/compute_device.h"

#include <ATen/Parallel.h>
#include <torch/cuda.h>
#include <dlfcn.h>
#include <link.h>

#include <QByteArray>
#include <QCoreApplication>
#include <QFile>
#include <mutex>
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

int cudaDeviceCount() { return static_cast<int>(torch::cuda::device_count()); }

namespace {

std::mutex g_deviceMutex;
QString g_deviceSpec;  // empty: not set in this process (PREFSTUDIO_DEVICE, else "auto")

Result<c10::Device> resolveDevice(const QString& specIn) {
    const QString spec = specIn.trimmed().toLower();
    const int gpus = cudaDeviceCount();
    if (spec.isEmpty() || spec == QLatin1String("auto")) {
        if (gpus == 0) return c10::Device(c10::kCPU);
        // A data-parallel rank uses the GPU of its local rank (torchrun's convention).
        const int local = qEnvironmentVariableIntValue("LOCAL_RANK");
        return c10::Device(c10::kCUDA, static_cast<c10::DeviceIndex>(local % gpus));
    }
    if (spec == QLatin1String("cpu")) return c10::Device(c10::kCPU);
    if (spec == QLatin1String("cuda") || spec.startsWith(QLatin1String("cuda:"))) {
        bool ok = true;
        const int index = spec == QLatin1String("cuda") ? 0 : spec.mid(5).toInt(&ok);
        if (!ok || index < 0)
            return makeError(QCoreApplication::translate("ps::runtime", "'%1' is not a device: use auto, cpu, cuda or cuda:N").arg(specIn));
        if (gpus == 0)
            return makeError(QCoreApplication::translate("ps::runtime",
                                                         "device '%1' asked for, but no CUDA GPU is available (a LibTorch without CUDA, or no GPU present)")
                                 .arg(specIn));
        if (index >= gpus)
            return makeError(QCoreApplication::translate("ps::runtime", "device '%1' asked for, but only %2 CUDA GPU(s) are present").arg(specIn).arg(gpus));
        return c10::Device(c10::kCUDA, static_cast<c10::DeviceIndex>(index));
    }
    return makeError(QCoreApplication::translate("ps::runtime", "'%1' is not a device: use auto, cpu, cuda or cuda:N").arg(specIn));
}

QString currentSpec() {
    std::lock_guard<std::mutex> lock(g_deviceMutex);
    return g_deviceSpec.isNull() ? qEnvironmentVariable("PREFSTUDIO_DEVICE") : g_deviceSpec;
}

}  // namespace

Status setComputeDevice(const QString& spec) {
    auto d = resolveDevice(spec);
    if (!d) return d.error();
    std::lock_guard<std::mutex> lock(g_deviceMutex);
    g_deviceSpec = spec.isEmpty() ? QStringLiteral("auto") : spec;
    qputenv("PREFSTUDIO_DEVICE", g_deviceSpec.toUtf8());
    return {};
}

c10::Device computeDevice() {
    auto d = resolveDevice(currentSpec());
    if (d) return d.value();
    // A bad PREFSTUDIO_DEVICE (the --device flag is checked where it is given):
    // said once, then "auto".
    static std::once_flag warned;
    std::call_once(warned, [&] { qWarning("%s", qPrintable(d.error().toString())); });
    return resolveDevice(QString()).value();
}

QString computeDeviceName() { return QString::fromStdString(computeDevice().str()); }

}  // namespace ps
