#include "io/safetensors.h"

#include "util/atomic_file.h"
#include "util/safe_name.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstring>
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

namespace ps::io {

namespace {


// JSON numbers are doubles: accept only exact non-negative integers below 2^53.
bool toIndex(const QJsonValue& v, uint64_t* out) {
    if (!v.isDouble()) return false;
    const double d = v.toDouble();
    if (!(d >= 0.0) || d > 9007199254740992.0 || std::floor(d) != d) return false;
    *out = static_cast<uint64_t>(d);
    return true;
}

uint64_t readLe64(const uint8_t* p) {
    uint64_t v = 0;
    for (int i = 7; i >= 0; --i) v = (v << 8) | p[i];
    return v;
}

}  // namespace

int64_t TensorInfo::numel() const {
    int64_t n = 1;
    for (int64_t d : shape) n *= d;
    return n;
}

SafetensorsFile::~SafetensorsFile() {
    if (map_) ::munmap(map_, mapSize_);
}

Result<std::shared_ptr<const SafetensorsFile>> SafetensorsFile::open(const QString& path) {
    const QByteArray native = QFile::encodeName(path);
    // O_NONBLOCK: a FIFO planted as a weight file is refused below instead of blocking the open.
    const int fd = ::open(native.constData(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
    if (fd < 0) return makeError(QCoreApplication::translate("ps::io::Safetensors", "cannot open: %1").arg(QString::fromLocal8Bit(std::strerror(errno))), path);
    struct stat st {};
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        ::close(fd);
        return makeError(QCoreApplication::translate("ps::io::Safetensors", "not a regular file"), path);
    }
    std::shared_ptr<SafetensorsFile> f(new SafetensorsFile);
    f->path_ = path;
    const uint64_t size = static_cast<uint64_t>(st.st_size);
    if (size > 0) {
        void* m = ::mmap(nullptr, size, PROT_READ, MAP_PRIVATE, fd, 0);
        if (m == MAP_FAILED) {
            const int err = errno;
            ::close(fd);
            return makeError(QCoreApplication::translate("ps::io::Safetensors", "cannot map file: %1").arg(QString::fromLocal8Bit(std::strerror(err))), path);
        }
        f->map_ = m;
        f->mapSize_ = size;
    }
    ::close(fd);
    Status s = f->parse(static_cast<const uint8_t*>(f->map_), size);
    if (!s.ok()) return s.error();
    return std::shared_ptr<const SafetensorsFile>(std::move(f));
}

Result<std::shared_ptr<const SafetensorsFile>> SafetensorsFile::fromBytes(QByteArray bytes, const QString& label) {
    std::shared_ptr<SafetensorsFile> f(new SafetensorsFile);
    f->path_ = label;
    f->owned_ = std::move(bytes);
    Status s = f->parse(reinterpret_cast<const uint8_t*>(f->owned_.constData()), static_cast<uint64_t>(f->owned_.size()));
    if (!s.ok()) return s.error();
    return std::shared_ptr<const SafetensorsFile>(std::move(f));
}

Status SafetensorsFile::parse(const uint8_t* base, uint64_t size) {
    if (size < 8)
        return makeError(QCoreApplication::translate("ps::io::Safetensors", "file is %1 bytes, too short for a safetensors header").arg(size), path_);
    const uint64_t headerLen = readLe64(base);
    if (headerLen > size - 8)
        return makeError(QCoreApplication::translate("ps::io::Safetensors", "header length %1 goes beyond the end of the file (%2 bytes); the file is truncated or not safetensors")
                             .arg(headerLen).arg(size),
                         path_);
    if (headerLen > kMaxHeaderBytes)
        return makeError(QCoreApplication::translate("ps::io::Safetensors", "header length %1 exceeds the %2-byte limit").arg(headerLen).arg(kMaxHeaderBytes), path_);
    const QByteArray json = QByteArray::fromRawData(reinterpret_cast<const char*>(base + 8), static_cast<qsizetype>(headerLen));
    QJsonParseError perr{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &perr);
    if (perr.error != QJsonParseError::NoError)
        return makeError(QCoreApplication::translate("ps::io::Safetensors", "invalid JSON header at byte %1: %2").arg(perr.offset).arg(perr.errorString()), path_);
    if (!doc.isObject()) return makeError(QCoreApplication::translate("ps::io::Safetensors", "JSON header is not an object"), path_);

    dataStart_ = base + 8 + headerLen;
    const uint64_t dataSize = size - 8 - headerLen;
    const QJsonObject root = doc.object();
    for (auto it = root.begin(); it != root.end(); ++it) {
        const QString name = it.key();
        if (name == QLatin1String("__metadata__")) {
            if (!it->isObject()) return makeError(QCoreApplication::translate("ps::io::Safetensors", "__metadata__ is not an object"), path_);
            const QJsonObject meta = it->toObject();
            for (auto m = meta.begin(); m != meta.end(); ++m) {
                if (!m->isString()) return makeError(QCoreApplication::translate("ps::io::Safetensors", "__metadata__ value '%1' is not a string").arg(m.key()), path_);
                metadata_.insert(m.key(), m->toString());
            }
            continue;
        }
        if (!it->isObject()) return makeError(QCoreApplication::translate("ps::io::Safetensors", "entry '%1' is not an object").arg(name), path_);
        const QJsonObject o = it->toObject();
        TensorInfo t;
        t.name = name;
        const QString dt = o.value(QLatin1String("dtype")).toString();
        const auto parsed = dtypeFromName(dt);
        if (!parsed) return makeError(QCoreApplication::translate("ps::io::Safetensors", "tensor '%1' has unknown dtype '%2'").arg(name, dt), path_);
        t.dtype = *parsed;
        const QJsonValue shapeV = o.value(QLatin1String("shape"));
        if (!shapeV.isArray()) return makeError(QCoreApplication::translate("ps::io::Safetensors", "tensor '%1' has no shape array").arg(name), path_);
        // numel * elemSize must not overflow: bound it by the data size as we go.
        // The element count of the non-zero dimensions is bounded too: a shape like
        // [2^50, 2^50, 0] spans 0 bytes but overflows numel() and LibTorch's size checks.
        unsigned __int128 bytes = dtypeSize(t.dtype), nonZero = 1;
        const QJsonArray dims = shapeV.toArray();
        if (dims.size() > 64) return makeError(QCoreApplication::translate("ps::io::Safetensors", "tensor '%1' has %2 dimensions (at most 64 are accepted)").arg(name).arg(dims.size()), path_);
        for (const QJsonValue& d : dims) {
            uint64_t dim = 0;
            if (!toIndex(d, &dim)) return makeError(QCoreApplication::translate("ps::io::Safetensors", "tensor '%1' has an invalid dimension in its shape").arg(name), path_);
            t.shape.push_back(static_cast<int64_t>(dim));
            bytes *= dim;
            if (bytes > (static_cast<unsigned __int128>(1) << 64)) bytes = static_cast<unsigned __int128>(1) << 64;
            if (dim) nonZero *= dim;
            if (nonZero > (static_cast<unsigned __int128>(1) << 62))
                return makeError(QCoreApplication::translate("ps::io::Safetensors", "tensor '%1' has an implausibly large shape").arg(name), path_);
        }
        const QJsonValue offV = o.value(QLatin1String("data_offsets"));
        const QJsonArray off = offV.toArray();
        if (!offV.isArray() || off.size() != 2 || !toIndex(off[0], &t.begin) || !toIndex(off[1], &t.end))
            return makeError(QCoreApplication::translate("ps::io::Safetensors", "tensor '%1' has invalid data_offsets").arg(name), path_);
        if (t.end < t.begin) return makeError(QCoreApplication::translate("ps::io::Safetensors", "tensor '%1' ends before it begins").arg(name), path_);
        if (t.end > dataSize)
            return makeError(QCoreApplication::translate("ps::io::Safetensors", "tensor '%1' ends at data byte %2 but the data section has %3 bytes (truncated file?)")
                                 .arg(name).arg(t.end).arg(dataSize),
                             path_);
        if (bytes != t.end - t.begin)
            return makeError(QCoreApplication::translate("ps::io::Safetensors", "tensor '%1': shape and dtype %2 need %3 bytes but data_offsets span %4")
                                 .arg(name, dtypeName(t.dtype))
                                 .arg(static_cast<quint64>(std::min<unsigned __int128>(bytes, ~0ull)))
                                 .arg(t.end - t.begin),
                             path_);
        tensors_.push_back(std::move(t));
    }
    // Tensors must tile the data section exactly: no overlap, no hole.
    std::sort(tensors_.begin(), tensors_.end(), [](const TensorInfo& a, const TensorInfo& b) {
        return a.begin != b.begin ? a.begin < b.begin : a.end < b.end;
    });
    uint64_t expected = 0;
    for (const TensorInfo& t : tensors_) {
        if (t.begin < expected)
            return makeError(QCoreApplication::translate("ps::io::Safetensors", "tensor '%1' overlaps the previous tensor (offset %2 < %3)").arg(t.name).arg(t.begin).arg(expected), path_);
        if (t.begin > expected)
            return makeError(QCoreApplication::translate("ps::io::Safetensors", "unused bytes before tensor '%1' (offset %2, expected %3)").arg(t.name).arg(t.begin).arg(expected), path_);
        expected = t.end;
    }
    if (expected != dataSize)
        return makeError(QCoreApplication::translate("ps::io::Safetensors", "data section has %1 bytes but tensors cover %2").arg(dataSize).arg(expected), path_);
    for (int i = 0; i < static_cast<int>(tensors_.size()); ++i) byName_.insert(tensors_[i].name, i);
    return {};
}

const TensorInfo* SafetensorsFile::find(const QString& name) const {
    auto it = byName_.find(name);
    return it == byName_.end() ? nullptr : &tensors_[*it];
}

// ---------------------------------------------------------------------------

Status Checkpoint::add(std::shared_ptr<const SafetensorsFile> file) {
    for (const TensorInfo& t : file->tensors()) {
        if (entries_.contains(t.name))
            return makeError(QCoreApplication::translate("ps::io::Safetensors", "tensor '%1' appears in more than one shard").arg(t.name), file->path());
        entries_.insert(t.name, Entry{file, &t});
    }
    files_.push_back(std::move(file));
    return {};
}

Result<Checkpoint> Checkpoint::openFile(const QString& path) {
    auto f = SafetensorsFile::open(path);
    if (!f) return f.error();
    Checkpoint c;
    c.metadata_ = f.value()->metadata();
    PS_TRY(c.add(f.value()));
    return c;
}

Result<Checkpoint> Checkpoint::openFolder(const QString& dirPath) {
    const QDir dir(dirPath);
    const QString single = dir.filePath(QStringLiteral("model.safetensors"));
    const QString indexPath = dir.filePath(QStringLiteral("model.safetensors.index.json"));
    if (!QFileInfo::exists(indexPath)) {
        if (!QFileInfo::exists(single))
            return makeError(QCoreApplication::translate("ps::io::Safetensors", "no model.safetensors or model.safetensors.index.json in the folder"), dirPath);
        return openFile(single);
    }
    QFile idx(indexPath);
    if (!idx.open(QIODevice::ReadOnly)) return makeError(QCoreApplication::translate("ps::io::Safetensors", "cannot read the index"), indexPath);
    QJsonParseError perr{};
    const QJsonDocument doc = QJsonDocument::fromJson(idx.read(16 << 20), &perr);
    if (perr.error != QJsonParseError::NoError) return makeError(QCoreApplication::translate("ps::io::Safetensors", "invalid JSON: %1").arg(perr.errorString()), indexPath);
    if (!doc.isObject()) return makeError(QCoreApplication::translate("ps::io::Safetensors", "the index is not a JSON object"), indexPath);
    const QJsonValue wm = doc.object().value(QLatin1String("weight_map"));
    if (!wm.isObject()) return makeError(QCoreApplication::translate("ps::io::Safetensors", "no weight_map object"), indexPath);
    QMap<QString, QString> wantedFile;  // tensor -> shard file name
    QStringList shardNames;
    const QJsonObject map = wm.toObject();
    for (auto it = map.begin(); it != map.end(); ++it) {
        const QString file = it->toString();
        // Shards must be plain file names inside the folder (no paths, no traversal).
        // (util/safe_name.h: also no NUL or control characters, no overlong names).
        if (!checkPlainName(file) || file.startsWith(QLatin1Char('.')))
            return makeError(QCoreApplication::translate("ps::io::Safetensors", "weight_map entry '%1' names an invalid shard file '%2'").arg(it.key(), file), indexPath);
        wantedFile.insert(it.key(), file);
        if (!shardNames.contains(file)) shardNames.append(file);
    }
    shardNames.sort();
    Checkpoint c;
    const QJsonValue meta = doc.object().value(QLatin1String("metadata"));
    if (meta.isObject()) {
        const QJsonObject m = meta.toObject();
        for (auto it = m.begin(); it != m.end(); ++it)
            c.metadata_.insert(it.key(), it->isString() ? it->toString() : QString::number(it->toDouble(), 'g', 17));
    }
    for (const QString& shard : shardNames) {
        const QString p = dir.filePath(shard);
        if (!QFileInfo::exists(p)) return makeError(QCoreApplication::translate("ps::io::Safetensors", "shard '%1' listed in the index is missing").arg(shard), dirPath);
        auto f = SafetensorsFile::open(p);
        if (!f) return f.error();
        for (const TensorInfo& t : f.value()->tensors()) {
            auto w = wantedFile.constFind(t.name);
            if (w == wantedFile.constEnd())
                return makeError(QCoreApplication::translate("ps::io::Safetensors", "tensor '%1' is in shard '%2' but not in the index").arg(t.name, shard), dirPath);
            if (*w != shard)
                return makeError(QCoreApplication::translate("ps::io::Safetensors", "tensor '%1' is in shard '%2' but the index says '%3'").arg(t.name, shard, *w), dirPath);
        }
        PS_TRY(c.add(f.value()));
    }
    for (auto it = wantedFile.begin(); it != wantedFile.end(); ++it)
        if (!c.entries_.contains(it.key()))
            return makeError(QCoreApplication::translate("ps::io::Safetensors", "tensor '%1' is listed in the index but missing from shard '%2'").arg(it.key(), it.value()), dirPath);
    return c;
}

const Checkpoint::Entry* Checkpoint::find(const QString& name) const {
    auto it = entries_.find(name);
    return it == entries_.end() ? nullptr : &*it;
}

uint64_t Checkpoint::totalBytes() const {
    uint64_t n = 0;
    for (const Entry& e : entries_) n += e.info->byteSize();
    return n;
}

// ---------------------------------------------------------------------------

namespace {
// Names and byte counts of every tensor, checked before any file is touched.
Status checkTensors(const QString& path, const std::vector<TensorToWrite>& tensors) {
    QSet<QString> names;
    for (const TensorToWrite& t : tensors) {
        if (t.name == QLatin1String("__metadata__") || t.name.isEmpty())
            return makeError(QCoreApplication::translate("ps::io::Safetensors", "invalid tensor name '%1'").arg(t.name), path);
        if (names.contains(t.name)) return makeError(QCoreApplication::translate("ps::io::Safetensors", "duplicate tensor name '%1'").arg(t.name), path);
        names.insert(t.name);
        uint64_t expect = dtypeSize(t.dtype);
        for (int64_t d : t.shape) expect *= static_cast<uint64_t>(d);
        if (expect != t.bytes)
            return makeError(QCoreApplication::translate("ps::io::Safetensors", "tensor '%1': %2 bytes given, shape needs %3").arg(t.name).arg(t.bytes).arg(expect), path);
    }
    return {};
}
}  // namespace

Status writeSafetensors(const QString& path, const std::vector<TensorToWrite>& tensorsIn, const QMap<QString, QString>& metadata) {
    PS_TRY(checkTensors(path, tensorsIn));
    std::vector<const TensorToWrite*> tensors;
    for (const auto& t : tensorsIn) tensors.push_back(&t);
    std::sort(tensors.begin(), tensors.end(), [](auto* a, auto* b) { return a->name < b->name; });

    QJsonObject header;
    if (!metadata.isEmpty()) {
        QJsonObject m;
        for (auto it = metadata.begin(); it != metadata.end(); ++it) m.insert(it.key(), it.value());
        header.insert(QStringLiteral("__metadata__"), m);
    }
    uint64_t offset = 0;
    for (const TensorToWrite* t : tensors) {
        QJsonArray shape;
        for (int64_t d : t->shape) shape.append(static_cast<double>(d));
        QJsonObject o;
        o.insert(QStringLiteral("dtype"), dtypeName(t->dtype));
        o.insert(QStringLiteral("shape"), shape);
        o.insert(QStringLiteral("data_offsets"), QJsonArray{static_cast<double>(offset), static_cast<double>(offset + t->bytes)});
        header.insert(t->name, o);
        offset += t->bytes;
    }
    QByteArray json = QJsonDocument(header).toJson(QJsonDocument::Compact);
    while (json.size() % 8 != 0) json.append(' ');
    uint8_t len[8];
    uint64_t n = static_cast<uint64_t>(json.size());
    for (int i = 0; i < 8; ++i) len[i] = static_cast<uint8_t>((n >> (8 * i)) & 0xff);

    AtomicFile out(path);
    PS_TRY(out.open());
    PS_TRY(out.write(len, 8));
    PS_TRY(out.write(json.constData(), static_cast<size_t>(json.size())));
    for (const TensorToWrite* t : tensors) PS_TRY(out.write(t->data, t->bytes));
    return out.commit();
}

Status writeCheckpoint(const QString& dirPath, const std::vector<TensorToWrite>& tensors, const QMap<QString, QString>& metadata,
                       uint64_t maxShardBytes) {
    // Invalid tensors fail here, before a shard of the previous checkpoint is overwritten.
    PS_TRY(checkTensors(dirPath, tensors));
    QDir dir(dirPath);
    if (!dir.exists() && !QDir().mkpath(dirPath)) return makeError(QCoreApplication::translate("ps::io::Safetensors", "cannot create folder"), dirPath);
    uint64_t total = 0;
    for (const auto& t : tensors) total += t.bytes;
    // The new layout is complete before the old one's entry point is removed
    // (readers prefer the index), so a failed write leaves a readable folder.
    if (total <= maxShardBytes) {
        PS_TRY(writeSafetensors(dir.filePath(QStringLiteral("model.safetensors")), tensors, metadata));
        const QString index = dir.filePath(QStringLiteral("model.safetensors.index.json"));
        if (QFileInfo::exists(index) && !QFile::remove(index)) return makeError(QCoreApplication::translate("ps::io::Safetensors", "cannot remove the old index"), index);
        return {};
    }
    // Greedy sharding in name order, as transformers' save_pretrained does.
    std::vector<TensorToWrite> sorted = tensors;
    std::sort(sorted.begin(), sorted.end(), [](const auto& a, const auto& b) { return a.name < b.name; });
    std::vector<std::vector<TensorToWrite>> shards(1);
    uint64_t cur = 0;
    for (const auto& t : sorted) {
        if (cur > 0 && cur + t.bytes > maxShardBytes) {
            shards.emplace_back();
            cur = 0;
        }
        shards.back().push_back(t);
        cur += t.bytes;
    }
    QJsonObject weightMap;
    const int n = static_cast<int>(shards.size());
    for (int i = 0; i < n; ++i) {
        const QString name = QStringLiteral("model-%1-of-%2.safetensors").arg(i + 1, 5, 10, QLatin1Char('0')).arg(n, 5, 10, QLatin1Char('0'));
        PS_TRY(writeSafetensors(dir.filePath(name), shards[i], metadata));
        for (const auto& t : shards[i]) weightMap.insert(t.name, name);
    }
    QJsonObject meta;
    meta.insert(QStringLiteral("total_size"), static_cast<double>(total));
    QJsonObject index;
    index.insert(QStringLiteral("metadata"), meta);
    index.insert(QStringLiteral("weight_map"), weightMap);
    PS_TRY(writeFileAtomically(dir.filePath(QStringLiteral("model.safetensors.index.json")), QJsonDocument(index).toJson()));
    QFile::remove(dir.filePath(QStringLiteral("model.safetensors")));
    return {};
}

}  // namespace ps::io
