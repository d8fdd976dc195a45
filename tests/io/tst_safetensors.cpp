// tst_safetensors.cpp — the safetensors reader and writer (core/io/safetensors.h)
// and the zero-copy bridge to LibTorch (model/tensor_bridge.h).
//
// What is proven here:
//  - round trips keep dtype, shape and every byte (F32/F16/BF16/I64/I32, 0-dim,
//    empty tensors) and the __metadata__ map; the writer pads the header to 8 bytes;
//  - reading does not copy: tensor data points into the file's memory mapping,
//    and tensorFromEntry's at::Tensor shares that memory when it is aligned;
//  - sharded checkpoints (model-0000i-of-0000n + index) write and read back;
//  - every malformed header or index is a clear error naming the problem;
//  - a failed write leaves no temp file and never damages the previous file;
//  - a seeded mutation fuzz loop never crashes the parser.
#include "io/safetensors.h"
#include "model/tensor_bridge.h"
#include "util/atomic_file.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>
#include <cstring>
#include <fstream>
#include <sstream>
#include <string>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

using ps::io::Checkpoint;
using ps::io::DType;
using ps::io::SafetensorsFile;
using ps::io::TensorToWrite;

namespace {

// A tensor to write together with the bytes it owns.
struct Blob {
    QString name;
    DType dtype = DType::F32;
    std::vector<int64_t> shape;
    QByteArray bytes;
};
using Blobs = std::vector<Blob>;

Blob makeBlob(const QString& name, DType dtype, std::vector<int64_t> shape, quint32 seed) {
    int64_t numel = 1;
    for (int64_t d : shape) numel *= d;
    QByteArray bytes(static_cast<qsizetype>(numel * static_cast<int64_t>(ps::io::dtypeSize(dtype))), Qt::Uninitialized);
    QRandomGenerator rng(seed);
    for (char& c : bytes) c = static_cast<char>(rng.bounded(256));
    return Blob{name, dtype, std::move(shape), bytes};
}

std::vector<TensorToWrite> toWrite(const Blobs& blobs) {
    std::vector<TensorToWrite> w;
    for (const Blob& b : blobs)
        w.push_back(TensorToWrite{b.name, b.dtype, b.shape, b.bytes.constData(), static_cast<uint64_t>(b.bytes.size())});
    return w;
}

// 8-byte little-endian length, header, data: a file image as the format defines it.
QByteArray fileImage(const QByteArray& header, const QByteArray& data, std::optional<quint64> lengthField = std::nullopt) {
    const quint64 n = lengthField.value_or(static_cast<quint64>(header.size()));
    QByteArray out;
    for (int i = 0; i < 8; ++i) out.append(static_cast<char>((n >> (8 * i)) & 0xff));
    return out + header + data;
}

quint64 readLe64(const QByteArray& b) {
    quint64 v = 0;
    for (int i = 7; i >= 0; --i) v = (v << 8) | static_cast<uchar>(b[i]);
    return v;
}

QByteArray readAll(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) return {};
    return f.readAll();
}

bool writeAll(const QString& path, const QByteArray& bytes) {
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

// True when `p` lies inside a mapping of the file `path` in this process
// (/proc/self/maps lists "start-end perms offset dev inode path").
bool pointerInFileMapping(const void* p, const QString& path) {
    const std::string want = QFile::encodeName(QFileInfo(path).canonicalFilePath()).toStdString();
    std::ifstream maps("/proc/self/maps");
    std::string line;
    const auto addr = reinterpret_cast<uintptr_t>(p);
    while (std::getline(maps, line)) {
        std::istringstream s(line);
        std::string range, perms, offset, dev, inode, file;
        s >> range >> perms >> offset >> dev >> inode;
        std::getline(s >> std::ws, file);
        if (file != want) continue;
        const auto dash = range.find('-');
        const uintptr_t lo = std::stoull(range.substr(0, dash), nullptr, 16);
        const uintptr_t hi = std::stoull(range.substr(dash + 1), nullptr, 16);
        if (addr >= lo && addr < hi) return true;
    }
    return false;
}

QStringList tempLeftovers(const QString& dir) {
    return QDir(dir).entryList({QStringLiteral("*.tmp-*")}, QDir::Files | QDir::Hidden | QDir::System);
}

// Five F32 tensors of 400 bytes each, names a..e.
Blobs fiveTensors() {
    Blobs b;
    for (int i = 0; i < 5; ++i) b.push_back(makeBlob(QString(QChar('a' + i)), DType::F32, {100}, 100 + i));
    return b;
}

void compareCheckpoint(const Checkpoint& c, const Blobs& blobs) {
    QCOMPARE(c.size(), static_cast<int>(blobs.size()));
    for (const Blob& b : blobs) {
        const Checkpoint::Entry* e = c.find(b.name);
        QVERIFY2(e, qPrintable(b.name));
        QCOMPARE(e->info->dtype, b.dtype);
        QCOMPARE(e->info->shape, b.shape);
        QCOMPARE(e->info->byteSize(), static_cast<uint64_t>(b.bytes.size()));
        QVERIFY(std::memcmp(e->data(), b.bytes.constData(), static_cast<size_t>(b.bytes.size())) == 0);
    }
}

}  // namespace

Q_DECLARE_METATYPE(Blobs)

class TstSafetensors : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void roundTrip_data();
    void roundTrip();
    void headerIsPaddedTo8Bytes_data();
    void headerIsPaddedTo8Bytes();
    void fromBytesDoesNotCopy();
    void tensorFromEntrySharesMemory();
    void tensorFromEntryCopiesMisalignedData();
    void sharded_data();
    void sharded();
    void rewriteSwitchesLayout();
    void invalidFile_data();
    void invalidFile();
    void openErrors();
    void invalidIndex_data();
    void invalidIndex();
    void failedWriteKeepsOldFile_data();
    void failedWriteKeepsOldFile();
    void failedCheckpointWriteKeepsOldCheckpoint_data();
    void failedCheckpointWriteKeepsOldCheckpoint();
    void mutationFuzz();
};

// ---------------------------------------------------------------------------
// Round trips

void TstSafetensors::roundTrip_data() {
    QTest::addColumn<Blobs>("blobs");
    QTest::addColumn<bool>("withMetadata");
    QTest::newRow("F32 2x3") << Blobs{makeBlob("w", DType::F32, {2, 3}, 1)} << false;
    QTest::newRow("F16 5") << Blobs{makeBlob("w", DType::F16, {5}, 2)} << false;
    QTest::newRow("BF16 3x1x2") << Blobs{makeBlob("w", DType::BF16, {3, 1, 2}, 3)} << false;
    QTest::newRow("I64 4") << Blobs{makeBlob("w", DType::I64, {4}, 4)} << false;
    QTest::newRow("I32 2x2") << Blobs{makeBlob("w", DType::I32, {2, 2}, 5)} << false;
    QTest::newRow("0-dim F32") << Blobs{makeBlob("scalar", DType::F32, {}, 6)} << false;
    QTest::newRow("empty F32 0x3") << Blobs{makeBlob("empty", DType::F32, {0, 3}, 7)} << false;
    QTest::newRow("no tensors, metadata only") << Blobs{} << true;
    QTest::newRow("mixed with metadata")
        << Blobs{makeBlob("model.layers.0.w", DType::BF16, {7, 3}, 8), makeBlob("b_i64", DType::I64, {3}, 9),
                 makeBlob("a_f16", DType::F16, {1}, 10), makeBlob("scalar", DType::I32, {}, 11),
                 makeBlob("empty", DType::BF16, {4, 0}, 12), makeBlob("z_f32", DType::F32, {2, 2, 2}, 13)}
        << true;
}

void TstSafetensors::roundTrip() {
    QFETCH(Blobs, blobs);
    QFETCH(bool, withMetadata);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("t.safetensors"));
    QMap<QString, QString> meta;
    if (withMetadata) meta = {{QStringLiteral("format"), QStringLiteral("pt")}, {QStringLiteral("note"), QStringLiteral("ünïcode \"quoted\"")}};

    const ps::Status s = ps::io::writeSafetensors(path, toWrite(blobs), meta);
    QVERIFY2(s.ok(), s.ok() ? "" : qPrintable(s.error().toString()));
    QVERIFY(tempLeftovers(dir.path()).isEmpty());

    auto f = SafetensorsFile::open(path);
    QVERIFY2(f.ok(), f.ok() ? "" : qPrintable(f.error().toString()));
    const SafetensorsFile& file = *f.value();
    QCOMPARE(file.path(), path);
    QCOMPARE(file.metadata(), meta);
    QCOMPARE(file.tensors().size(), blobs.size());
    for (const Blob& b : blobs) {
        const ps::io::TensorInfo* t = file.find(b.name);
        QVERIFY2(t, qPrintable(b.name));
        QCOMPARE(t->name, b.name);
        QCOMPARE(t->dtype, b.dtype);
        QCOMPARE(t->shape, b.shape);
        QCOMPARE(t->byteSize(), static_cast<uint64_t>(b.bytes.size()));
        QCOMPARE(static_cast<uint64_t>(t->numel()) * ps::io::dtypeSize(t->dtype), t->byteSize());
        QVERIFY(std::memcmp(file.data(*t), b.bytes.constData(), static_cast<size_t>(b.bytes.size())) == 0);
        // Zero copy: non-empty tensor data lies inside this process's mapping of the file.
        if (t->byteSize() > 0) QVERIFY2(pointerInFileMapping(file.data(*t), path), qPrintable(b.name));
    }
    QVERIFY(file.find(QStringLiteral("__metadata__")) == nullptr);
    QVERIFY(file.find(QStringLiteral("missing")) == nullptr);
    // The writer stores tensors in name order; tensors() lists them in data order.
    for (size_t i = 1; i < file.tensors().size(); ++i) {
        QVERIFY(file.tensors()[i - 1].end == file.tensors()[i].begin);
        if (file.tensors()[i - 1].byteSize() > 0 && file.tensors()[i].byteSize() > 0)
            QVERIFY(file.tensors()[i - 1].name < file.tensors()[i].name);
    }

    // The same image parsed from memory gives the same result.
    auto m = SafetensorsFile::fromBytes(readAll(path), QStringLiteral("memory"));
    QVERIFY(m.ok());
    QCOMPARE(m.value()->tensors().size(), blobs.size());
    QCOMPARE(m.value()->metadata(), meta);
}

void TstSafetensors::headerIsPaddedTo8Bytes_data() {
    QTest::addColumn<QString>("name");
    // Names of growing length move the unpadded header end through all residues mod 8.
    for (int len = 1; len <= 9; ++len) QTest::addRow("name length %d", len) << QString(len, QLatin1Char('n'));
}

void TstSafetensors::headerIsPaddedTo8Bytes() {
    QFETCH(QString, name);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.safetensors"));
    const Blobs blobs{makeBlob(name, DType::I64, {3}, 21)};
    QVERIFY(ps::io::writeSafetensors(path, toWrite(blobs)).ok());
    const QByteArray bytes = readAll(path);
    const quint64 n = readLe64(bytes);
    QCOMPARE(n % 8, 0u);
    QCOMPARE(static_cast<quint64>(bytes.size()), 8 + n + 24);
    QJsonParseError err{};
    QVERIFY(QJsonDocument::fromJson(bytes.mid(8, static_cast<qsizetype>(n)), &err).isObject());
    QCOMPARE(err.error, QJsonParseError::NoError);
    // Hence an 8-byte tensor at data offset 0 is 8-byte aligned in the mapping.
    auto f = SafetensorsFile::open(path);
    QVERIFY(f.ok());
    QCOMPARE(reinterpret_cast<uintptr_t>(f.value()->data(f.value()->tensors().front())) % 8, 0u);
}

void TstSafetensors::fromBytesDoesNotCopy() {
    const QByteArray header = R"({"a":{"dtype":"F32","shape":[2],"data_offsets":[0,8]},"b":{"dtype":"U8","shape":[3],"data_offsets":[8,11]}})";
    const QByteArray image = fileImage(header, QByteArray("01234567abc"));
    auto f = SafetensorsFile::fromBytes(image, QStringLiteral("mem"));
    QVERIFY(f.ok());
    QCOMPARE(f.value()->path(), QStringLiteral("mem"));
    const auto* b = f.value()->find(QStringLiteral("b"));
    QVERIFY(b);
    // The file keeps (shares) the caller's buffer: the data pointer is inside it.
    QCOMPARE(reinterpret_cast<const char*>(f.value()->data(*b)), image.constData() + 8 + header.size() + 8);
    QCOMPARE(QByteArray(reinterpret_cast<const char*>(f.value()->data(*b)), 3), QByteArray("abc"));
}

void TstSafetensors::tensorFromEntrySharesMemory() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("m.safetensors"));
    // Name order = data order: each tensor starts at a multiple of its element size.
    Blob f32 = makeBlob(QStringLiteral("a_f32"), DType::F32, {4, 8}, 31);
    Blob i64 = makeBlob(QStringLiteral("b_i64"), DType::I64, {2, 1}, 32);
    Blob bf16 = makeBlob(QStringLiteral("c_bf16"), DType::BF16, {4}, 33);
    Blob i32 = makeBlob(QStringLiteral("d_i32"), DType::I32, {}, 34);
    const Blobs blobs{f32, i64, bf16, i32};
    QVERIFY(ps::io::writeSafetensors(path, toWrite(blobs)).ok());

    std::vector<at::Tensor> tensors;
    {
        auto c = Checkpoint::openFile(path);
        QVERIFY(c.ok());
        for (const Blob& b : blobs) {
            const Checkpoint::Entry* e = c->find(b.name);
            QVERIFY(e);
            auto t = ps::model::tensorFromEntry(*e);
            QVERIFY2(t.ok(), t.ok() ? "" : qPrintable(t.error().toString()));
            QCOMPARE(t.value().data_ptr(), static_cast<const void*>(e->data()));
            QVERIFY(pointerInFileMapping(t.value().data_ptr(), path));
            QCOMPARE(t.value().scalar_type(), *ps::model::toScalarType(b.dtype));
            QCOMPARE(std::vector<int64_t>(t.value().sizes().begin(), t.value().sizes().end()), b.shape);
            tensors.push_back(t.value());
        }
    }
    // The checkpoint is gone; the tensors keep the file mapped and readable.
    for (size_t i = 0; i < blobs.size(); ++i) {
        QVERIFY(pointerInFileMapping(tensors[i].data_ptr(), path));
        QVERIFY(std::memcmp(tensors[i].data_ptr(), blobs[i].bytes.constData(), static_cast<size_t>(blobs[i].bytes.size())) == 0);
    }
    const void* p = tensors.front().data_ptr();
    tensors.clear();
    QVERIFY(!pointerInFileMapping(p, path));  // the last tensor released the mapping
}

void TstSafetensors::tensorFromEntryCopiesMisalignedData() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("odd.safetensors"));
    // A 1-byte tensor first puts the F32 tensor at data offset 1: misaligned.
    const Blobs blobs{makeBlob(QStringLiteral("a_u8"), DType::U8, {1}, 41), makeBlob(QStringLiteral("b_f32"), DType::F32, {5}, 42)};
    QVERIFY(ps::io::writeSafetensors(path, toWrite(blobs)).ok());
    auto c = Checkpoint::openFile(path);
    QVERIFY(c.ok());
    const Checkpoint::Entry* e = c->find(QStringLiteral("b_f32"));
    QVERIFY(e);
    QVERIFY(reinterpret_cast<uintptr_t>(e->data()) % 4 != 0);
    auto t = ps::model::tensorFromEntry(*e);
    QVERIFY(t.ok());
    QVERIFY(t.value().data_ptr() != static_cast<const void*>(e->data()));
    QCOMPARE(reinterpret_cast<uintptr_t>(t.value().data_ptr()) % 4, 0u);
    QVERIFY(std::memcmp(t.value().data_ptr(), blobs[1].bytes.constData(), 20) == 0);
    // The 1-byte tensor needs no alignment and is shared.
    auto u = ps::model::tensorFromEntry(*c->find(QStringLiteral("a_u8")));
    QVERIFY(u.ok());
    QCOMPARE(u.value().data_ptr(), static_cast<const void*>(c->find(QStringLiteral("a_u8"))->data()));
}

// ---------------------------------------------------------------------------
// Sharded checkpoints

void TstSafetensors::sharded_data() {
    QTest::addColumn<qulonglong>("maxShardBytes");
    QTest::addColumn<QStringList>("expectedFiles");  // shard files, in order; empty: single file
    QTest::addColumn<QList<QStringList>>("shardTensors");
    // Five tensors a..e of 400 bytes, greedy in name order.
    QTest::newRow("fits: single file") << 1ull << QStringList{} << QList<QStringList>{};
    QTest::newRow("exactly the total: single file") << 2000ull << QStringList{} << QList<QStringList>{};
    QTest::newRow("three shards") << 1000ull
                                  << QStringList{"model-00001-of-00003.safetensors", "model-00002-of-00003.safetensors",
                                                 "model-00003-of-00003.safetensors"}
                                  << QList<QStringList>{{"a", "b"}, {"c", "d"}, {"e"}};
    QTest::newRow("tensor larger than a shard") << 300ull
                                                << QStringList{"model-00001-of-00005.safetensors", "model-00002-of-00005.safetensors",
                                                               "model-00003-of-00005.safetensors", "model-00004-of-00005.safetensors",
                                                               "model-00005-of-00005.safetensors"}
                                                << QList<QStringList>{{"a"}, {"b"}, {"c"}, {"d"}, {"e"}};
}

void TstSafetensors::sharded() {
    QFETCH(qulonglong, maxShardBytes);
    QFETCH(QStringList, expectedFiles);
    QFETCH(QList<QStringList>, shardTensors);
    if (maxShardBytes == 1) maxShardBytes = 1ull << 30;
    QTemporaryDir tmp;
    const QString dir = tmp.filePath(QStringLiteral("model"));  // created by the writer
    const Blobs blobs = fiveTensors();
    const QMap<QString, QString> meta{{QStringLiteral("format"), QStringLiteral("pt")}};
    const ps::Status s = ps::io::writeCheckpoint(dir, toWrite(blobs), meta, maxShardBytes);
    QVERIFY2(s.ok(), s.ok() ? "" : qPrintable(s.error().toString()));
    QVERIFY(tempLeftovers(dir).isEmpty());

    const QDir d(dir);
    if (expectedFiles.isEmpty()) {
        QCOMPARE(d.entryList(QDir::Files), QStringList{QStringLiteral("model.safetensors")});
    } else {
        QStringList all = expectedFiles;
        all << QStringLiteral("model.safetensors.index.json");
        all.sort();
        QCOMPARE(d.entryList(QDir::Files, QDir::Name), all);
        // The index maps every tensor to its shard and states the total size.
        QJsonParseError err{};
        const QJsonObject index = QJsonDocument::fromJson(readAll(d.filePath("model.safetensors.index.json")), &err).object();
        QCOMPARE(err.error, QJsonParseError::NoError);
        QCOMPARE(index.value("metadata").toObject().value("total_size").toDouble(), 2000.0);
        const QJsonObject wm = index.value("weight_map").toObject();
        QCOMPARE(wm.size(), 5);
        for (int i = 0; i < expectedFiles.size(); ++i) {
            for (const QString& t : shardTensors[i]) QCOMPARE(wm.value(t).toString(), expectedFiles[i]);
            // Each shard is a complete safetensors file with exactly its tensors.
            auto f = SafetensorsFile::open(d.filePath(expectedFiles[i]));
            QVERIFY(f.ok());
            QStringList names;
            for (const auto& t : f.value()->tensors()) names << t.name;
            QCOMPARE(names, shardTensors[i]);
            QCOMPARE(f.value()->metadata(), meta);
        }
    }

    auto c = Checkpoint::openFolder(dir);
    QVERIFY2(c.ok(), c.ok() ? "" : qPrintable(c.error().toString()));
    QCOMPARE(c->shardCount(), expectedFiles.isEmpty() ? 1 : static_cast<int>(expectedFiles.size()));
    QCOMPARE(c->names(), (QStringList{"a", "b", "c", "d", "e"}));
    QCOMPARE(c->totalBytes(), 2000u);
    compareCheckpoint(c.value(), blobs);
    if (expectedFiles.isEmpty())
        QCOMPARE(c->metadata(), meta);
    else
        QCOMPARE(c->metadata().value(QStringLiteral("total_size")), QStringLiteral("2000"));
}

void TstSafetensors::rewriteSwitchesLayout() {
    QTemporaryDir tmp;
    const QString dir = tmp.path();
    Blobs blobs = fiveTensors();
    QVERIFY(ps::io::writeCheckpoint(dir, toWrite(blobs), {}, 1000).ok());
    QVERIFY(!QFileInfo::exists(QDir(dir).filePath("model.safetensors")));
    // New contents written as one file replace the sharded checkpoint.
    blobs = {makeBlob("x", DType::BF16, {10}, 51)};
    QVERIFY(ps::io::writeCheckpoint(dir, toWrite(blobs), {}, 1000).ok());
    QVERIFY(!QFileInfo::exists(QDir(dir).filePath("model.safetensors.index.json")));
    auto c = Checkpoint::openFolder(dir);
    QVERIFY(c.ok());
    QCOMPARE(c->shardCount(), 1);
    compareCheckpoint(c.value(), blobs);
    // And sharded again replaces the single file.
    blobs = fiveTensors();
    blobs[0].bytes[0] = static_cast<char>(blobs[0].bytes[0] ^ 0x55);
    QVERIFY(ps::io::writeCheckpoint(dir, toWrite(blobs), {}, 1000).ok());
    QVERIFY(!QFileInfo::exists(QDir(dir).filePath("model.safetensors")));
    c = Checkpoint::openFolder(dir);
    QVERIFY(c.ok());
    QCOMPARE(c->shardCount(), 3);
    compareCheckpoint(c.value(), blobs);
}

// ---------------------------------------------------------------------------
// Strict validation

void TstSafetensors::invalidFile_data() {
    QTest::addColumn<QByteArray>("image");
    QTest::addColumn<qint64>("padTo");  // > 0: the image is extended with zeros to this size
    QTest::addColumn<QString>("error");

    const QByteArray f32x2 = R"("dtype":"F32","shape":[2])";
    auto one = [](const QByteArray& entry) { return QByteArray("{\"a\":{") + entry + "}}"; };

    QTest::newRow("empty file") << QByteArray() << 0ll << "too short for a safetensors header";
    QTest::newRow("shorter than 8 bytes") << QByteArray("abcdefg") << 0ll << "7 bytes, too short";
    QTest::newRow("header length beyond the file") << fileImage("{}", {}, 100) << 0ll << "header length 100 goes beyond the end";
    QTest::newRow("header length 2^64-1") << fileImage("{}", {}, ~0ull) << 0ll << "goes beyond the end of the file";
    QTest::newRow("header length above the 100 MB limit")
        << fileImage("{}", {}, SafetensorsFile::kMaxHeaderBytes + 8) << qint64(SafetensorsFile::kMaxHeaderBytes + 64)
        << "exceeds the 104857600-byte limit";
    QTest::newRow("invalid JSON") << fileImage(R"({"a": )", {}) << 0ll << "invalid JSON header";
    QTest::newRow("binary garbage header") << fileImage(QByteArray("\xff\xfe\x00\x01", 4), {}) << 0ll << "invalid JSON header";
    QTest::newRow("JSON array") << fileImage("[1,2]", {}) << 0ll << "JSON header is not an object";
    QTest::newRow("JSON string") << fileImage(R"("x")", {}) << 0ll << "invalid JSON header";
    QTest::newRow("entry not an object") << fileImage(R"({"a":5})", {}) << 0ll << "entry 'a' is not an object";
    QTest::newRow("unknown dtype") << fileImage(one(R"("dtype":"F33","shape":[1],"data_offsets":[0,4])"), QByteArray(4, 0)) << 0ll
                                   << "tensor 'a' has unknown dtype 'F33'";
    QTest::newRow("lower-case dtype") << fileImage(one(R"("dtype":"f32","shape":[1],"data_offsets":[0,4])"), QByteArray(4, 0)) << 0ll
                                      << "unknown dtype 'f32'";
    QTest::newRow("missing dtype") << fileImage(one(R"("shape":[1],"data_offsets":[0,4])"), QByteArray(4, 0)) << 0ll
                                   << "unknown dtype ''";
    QTest::newRow("missing shape") << fileImage(one(R"("dtype":"F32","data_offsets":[0,4])"), QByteArray(4, 0)) << 0ll
                                   << "tensor 'a' has no shape array";
    QTest::newRow("shape x dtype size mismatch") << fileImage(one(f32x2 + R"(,"data_offsets":[0,12])"), QByteArray(12, 0)) << 0ll
                                                 << "shape and dtype F32 need 8 bytes but data_offsets span 12";
    QTest::newRow("offsets beyond data (truncated file)") << fileImage(one(f32x2 + R"(,"data_offsets":[0,8])"), QByteArray(5, 0)) << 0ll
                                                          << "ends at data byte 8 but the data section has 5 bytes (truncated file?)";
    QTest::newRow("end before begin") << fileImage(one(f32x2 + R"(,"data_offsets":[8,0])"), QByteArray(8, 0)) << 0ll
                                      << "tensor 'a' ends before it begins";
    QTest::newRow("one offset") << fileImage(one(f32x2 + R"(,"data_offsets":[8])"), QByteArray(8, 0)) << 0ll << "invalid data_offsets";
    QTest::newRow("three offsets") << fileImage(one(f32x2 + R"(,"data_offsets":[0,4,8])"), QByteArray(8, 0)) << 0ll
                                   << "invalid data_offsets";
    QTest::newRow("missing offsets") << fileImage(one(f32x2), QByteArray(8, 0)) << 0ll << "tensor 'a' has invalid data_offsets";
    QTest::newRow("string offsets") << fileImage(one(f32x2 + R"(,"data_offsets":["0","8"])"), QByteArray(8, 0)) << 0ll
                                    << "invalid data_offsets";
    QTest::newRow("overlapping tensors")
        << fileImage(R"({"a":{"dtype":"F32","shape":[2],"data_offsets":[0,8]},"b":{"dtype":"F32","shape":[2],"data_offsets":[4,12]}})",
                     QByteArray(12, 0))
        << 0ll << "tensor 'b' overlaps the previous tensor (offset 4 < 8)";
    QTest::newRow("identical ranges")
        << fileImage(R"({"a":{"dtype":"F32","shape":[2],"data_offsets":[0,8]},"b":{"dtype":"I32","shape":[2],"data_offsets":[0,8]}})",
                     QByteArray(8, 0))
        << 0ll << "overlaps the previous tensor";
    QTest::newRow("hole between tensors")
        << fileImage(R"({"a":{"dtype":"F32","shape":[1],"data_offsets":[0,4]},"b":{"dtype":"F32","shape":[1],"data_offsets":[8,12]}})",
                     QByteArray(12, 0))
        << 0ll << "unused bytes before tensor 'b' (offset 8, expected 4)";
    QTest::newRow("hole at the start") << fileImage(one(R"("dtype":"F32","shape":[1],"data_offsets":[4,8])"), QByteArray(8, 0)) << 0ll
                                       << "unused bytes before tensor 'a' (offset 4, expected 0)";
    QTest::newRow("trailing unused bytes") << fileImage(one(R"("dtype":"F32","shape":[1],"data_offsets":[0,4])"), QByteArray(9, 0))
                                           << 0ll << "data section has 9 bytes but tensors cover 4";
    QTest::newRow("data without tensors") << fileImage("{}", QByteArray(1, 0)) << 0ll << "data section has 1 bytes but tensors cover 0";
    QTest::newRow("negative dimension") << fileImage(one(R"("dtype":"F32","shape":[-1],"data_offsets":[0,0])"), {}) << 0ll
                                        << "tensor 'a' has an invalid dimension in its shape";
    QTest::newRow("fractional dimension") << fileImage(one(R"("dtype":"F32","shape":[1.5],"data_offsets":[0,6])"), QByteArray(6, 0))
                                          << 0ll << "invalid dimension";
    QTest::newRow("huge dimension 2^60") << fileImage(one(R"("dtype":"U8","shape":[1152921504606846976],"data_offsets":[0,1])"),
                                                      QByteArray(1, 0))
                                         << 0ll << "invalid dimension";
    QTest::newRow("string dimension") << fileImage(one(R"("dtype":"U8","shape":["1"],"data_offsets":[0,1])"), QByteArray(1, 0)) << 0ll
                                      << "invalid dimension";
    QTest::newRow("dimensions whose product overflows 2^64")
        << fileImage(one(R"("dtype":"F32","shape":[4294967296,4294967296,4294967296],"data_offsets":[0,4])"), QByteArray(4, 0)) << 0ll
        << "implausibly large shape";
    // Zero bytes, but numel() of the other dimensions would overflow int64 (and LibTorch's size checks).
    QTest::newRow("empty tensor with huge other dimensions")
        << fileImage(one(R"("dtype":"F32","shape":[1125899906842624,1125899906842624,0],"data_offsets":[0,0])"), QByteArray()) << 0ll
        << "implausibly large shape";
    QTest::newRow("65 dimensions")
        << fileImage(one(R"("dtype":"U8","shape":[1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1],"data_offsets":[0,1])"), QByteArray(1, 0)) << 0ll
        << "65 dimensions";
    QTest::newRow("zero dimension with bytes") << fileImage(one(R"("dtype":"F32","shape":[0,3],"data_offsets":[0,4])"), QByteArray(4, 0))
                                               << 0ll << "need 0 bytes but data_offsets span 4";
    QTest::newRow("negative offset") << fileImage(one(R"("dtype":"U8","shape":[1],"data_offsets":[-1,0])"), QByteArray(1, 0)) << 0ll
                                     << "invalid data_offsets";
    QTest::newRow("fractional offset") << fileImage(one(R"("dtype":"U8","shape":[1],"data_offsets":[0,0.5])"), QByteArray(1, 0))
                                       << 0ll << "invalid data_offsets";
    QTest::newRow("huge offsets 2^60")
        << fileImage(one(R"("dtype":"U8","shape":[1],"data_offsets":[1152921504606846976,1152921504606846977])"), QByteArray(1, 0))
        << 0ll << "invalid data_offsets";
    QTest::newRow("offsets 2^52 beyond the data")
        << fileImage(one(R"("dtype":"U8","shape":[1],"data_offsets":[4503599627370496,4503599627370497])"), QByteArray(1, 0)) << 0ll
        << "ends at data byte 4503599627370497";
    QTest::newRow("non-string __metadata__ value") << fileImage(R"({"__metadata__":{"format":"pt","n":1}})", {}) << 0ll
                                                   << "__metadata__ value 'n' is not a string";
    QTest::newRow("__metadata__ not an object") << fileImage(R"({"__metadata__":"pt"})", {}) << 0ll << "__metadata__ is not an object";
}

void TstSafetensors::invalidFile() {
    QFETCH(QByteArray, image);
    QFETCH(qint64, padTo);
    QFETCH(QString, error);

    // From memory.
    QByteArray padded = image;
    if (padTo > 0) padded.resize(padTo, '\0');
    auto m = SafetensorsFile::fromBytes(padded, QStringLiteral("label.safetensors"));
    QVERIFY(!m.ok());
    QVERIFY2(m.error().message.contains(error), qPrintable(m.error().toString()));
    QCOMPARE(m.error().context, QStringLiteral("label.safetensors"));

    // From a file (a sparse one where the image is padded): the error names the file.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("model.safetensors"));
    QVERIFY(writeAll(path, image));
    if (padTo > 0) QVERIFY(QFile::resize(path, padTo));
    auto f = SafetensorsFile::open(path);
    QVERIFY(!f.ok());
    QVERIFY2(f.error().message.contains(error), qPrintable(f.error().toString()));
    QVERIFY(f.error().toString().contains(path));
    auto c = Checkpoint::openFolder(dir.path());
    QVERIFY(!c.ok());
    QVERIFY2(c.error().toString().contains(error), qPrintable(c.error().toString()));
}

void TstSafetensors::openErrors() {
    QTemporaryDir dir;
    auto missing = SafetensorsFile::open(dir.filePath("nope.safetensors"));
    QVERIFY(!missing.ok());
    QVERIFY(missing.error().message.contains(QStringLiteral("cannot open")));
    QVERIFY(missing.error().toString().contains(QStringLiteral("nope.safetensors")));
    auto folder = SafetensorsFile::open(dir.path());
    QVERIFY(!folder.ok());
    QVERIFY(folder.error().message.contains(QStringLiteral("not a regular file")));
    auto empty = Checkpoint::openFolder(dir.path());
    QVERIFY(!empty.ok());
    QVERIFY(empty.error().message.contains(QStringLiteral("no model.safetensors or model.safetensors.index.json")));
    // An empty header with no data is a valid file with no tensors.
    auto none = SafetensorsFile::fromBytes(fileImage("{}", {}));
    QVERIFY(none.ok());
    QVERIFY(none.value()->tensors().empty());
    // Whitespace after the JSON object (as the writer's padding) is fine.
    auto spaced = SafetensorsFile::fromBytes(fileImage(R"({"a":{"dtype":"I8","shape":[2],"data_offsets":[0,2]}}     )", "xy"));
    QVERIFY(spaced.ok());
    QCOMPARE(spaced.value()->tensors().size(), size_t(1));
}

void TstSafetensors::invalidIndex_data() {
    QTest::addColumn<QString>("mutation");
    QTest::addColumn<QString>("error");
    QTest::newRow("missing shard file") << "delete shard 2" << "shard 'model-00002-of-00003.safetensors' listed in the index is missing";
    QTest::newRow("tensor in shard not in index") << "unlist c" << "tensor 'c' is in shard 'model-00002-of-00003.safetensors' but not in the index";
    QTest::newRow("tensor in index but missing") << "list ghost" << "tensor 'ghost' is listed in the index but missing from shard";
    QTest::newRow("tensor in two shards") << "duplicate a into shard 3" << "tensor 'a' is in shard 'model-00003-of-00003.safetensors' but the index says 'model-00001-of-00003.safetensors'";
    QTest::newRow("index names the wrong shard") << "map a to shard 2" << "tensor 'a' is in shard 'model-00001-of-00003.safetensors' but the index says 'model-00002-of-00003.safetensors'";
    QTest::newRow("path traversal ../") << "map a to ../x.safetensors" << "names an invalid shard file '../x.safetensors'";
    QTest::newRow("absolute path") << "map a to /etc/passwd" << "names an invalid shard file '/etc/passwd'";
    QTest::newRow("sub-folder") << "map a to sub/x.safetensors" << "invalid shard file 'sub/x.safetensors'";
    QTest::newRow("backslash") << "map a to ..\\x.safetensors" << "invalid shard file";
    QTest::newRow("dot-dot") << "map a to .." << "invalid shard file '..'";
    QTest::newRow("empty shard name") << "map a to " << "invalid shard file ''";
    QTest::newRow("non-string shard name") << "map a to number" << "invalid shard file ''";
    QTest::newRow("invalid index JSON") << "index {" << "invalid JSON";
    QTest::newRow("index is an array") << "index []" << "the index is not a JSON object";
    QTest::newRow("no weight_map") << "index {\"metadata\":{}}" << "no weight_map object";
    QTest::newRow("weight_map not an object") << "index {\"weight_map\":[]}" << "no weight_map object";
    QTest::newRow("corrupt shard") << "truncate shard 3" << "truncated";
}

void TstSafetensors::invalidIndex() {
    QFETCH(QString, mutation);
    QFETCH(QString, error);
    QTemporaryDir tmp;
    const QString dir = tmp.path();
    const QDir d(dir);
    QVERIFY(ps::io::writeCheckpoint(dir, toWrite(fiveTensors()), {}, 1000).ok());
    QVERIFY(Checkpoint::openFolder(dir).ok());
    const QString indexPath = d.filePath(QStringLiteral("model.safetensors.index.json"));
    QJsonObject index = QJsonDocument::fromJson(readAll(indexPath)).object();
    QJsonObject wm = index.value("weight_map").toObject();
    auto shard = [&](int i) { return d.filePath(QStringLiteral("model-0000%1-of-00003.safetensors").arg(i)); };

    if (mutation == "delete shard 2") {
        QVERIFY(QFile::remove(shard(2)));
    } else if (mutation == "unlist c") {
        wm.remove("c");
    } else if (mutation == "list ghost") {
        wm.insert("ghost", "model-00001-of-00003.safetensors");
    } else if (mutation == "duplicate a into shard 3") {
        // Shard 3 now holds 'e' and a second copy of 'a'.
        const Blobs blobs = fiveTensors();
        QVERIFY(ps::io::writeSafetensors(shard(3), toWrite({blobs[0], blobs[4]})).ok());
    } else if (mutation == "map a to shard 2") {
        wm.insert("a", "model-00002-of-00003.safetensors");
    } else if (mutation.startsWith("map a to ")) {
        const QString target = mutation.mid(9);
        wm.insert("a", target == "number" ? QJsonValue(5) : QJsonValue(target));
    } else if (mutation == "truncate shard 3") {
        QVERIFY(QFile::resize(shard(3), QFileInfo(shard(3)).size() - 1));
    }
    index.insert("weight_map", wm);
    if (mutation.startsWith("index "))
        QVERIFY(writeAll(indexPath, mutation.mid(6).toUtf8()));
    else
        QVERIFY(writeAll(indexPath, QJsonDocument(index).toJson()));

    auto c = Checkpoint::openFolder(dir);
    QVERIFY(!c.ok());
    QVERIFY2(c.error().toString().contains(error), qPrintable(c.error().toString()));
}

// ---------------------------------------------------------------------------
// Failed writes

void TstSafetensors::failedWriteKeepsOldFile_data() {
    QTest::addColumn<QString>("failure");
    QTest::addColumn<QString>("error");
    QTest::newRow("disk full (file size limit)") << "fsize" << "the disk is full (File too large)";
    QTest::newRow("read-only folder") << "readonly" << "cannot create file";
    QTest::newRow("folder does not exist") << "nofolder" << "cannot create file";
    QTest::newRow("target is a folder") << "isdir" << "cannot rename into place";
    QTest::newRow("bytes do not match the shape") << "badsize" << "100 bytes given, shape needs 40000";
    QTest::newRow("duplicate tensor name") << "duplicate" << "duplicate tensor name 'big'";
    QTest::newRow("reserved tensor name") << "reserved" << "invalid tensor name '__metadata__'";
}

void TstSafetensors::failedWriteKeepsOldFile() {
    QFETCH(QString, failure);
    QFETCH(QString, error);
    QTemporaryDir tmp;
    QString dir = tmp.path();
    QString path = QDir(dir).filePath(QStringLiteral("w.safetensors"));

    // A good file is there before the failing write.
    const Blobs old{makeBlob("old", DType::F32, {3}, 61)};
    QVERIFY(ps::io::writeSafetensors(path, toWrite(old)).ok());
    const QByteArray before = readAll(path);

    Blobs blobs{makeBlob("big", DType::F32, {100, 100}, 62)};
    std::vector<TensorToWrite> w = toWrite(blobs);
    if (failure == "badsize") w[0].bytes = 100;
    if (failure == "duplicate") w.push_back(w[0]);
    if (failure == "reserved") w[0].name = QStringLiteral("__metadata__");
    if (failure == "nofolder") {
        dir = QDir(dir).filePath(QStringLiteral("missing"));
        path = QDir(dir).filePath(QStringLiteral("w.safetensors"));
    }
    if (failure == "isdir") {
        path = QDir(tmp.path()).filePath(QStringLiteral("folder.safetensors"));
        QVERIFY(QDir().mkpath(QDir(path).filePath(QStringLiteral("inside"))));
    }
    if (failure == "readonly") {
        if (::geteuid() == 0) QSKIP("running as root: directory permissions do not stop root");
        QVERIFY(::chmod(QFile::encodeName(dir).constData(), 0555) == 0);
    }

    ps::Status s;
    if (failure == "fsize") {
        // Files may grow to 4 KiB only: write() fails with EFBIG part-way, as on a full disk.
        struct rlimit saved {};
        QVERIFY(::getrlimit(RLIMIT_FSIZE, &saved) == 0);
        struct rlimit small = saved;
        small.rlim_cur = 4096;
        auto oldHandler = std::signal(SIGXFSZ, SIG_IGN);
        QVERIFY(::setrlimit(RLIMIT_FSIZE, &small) == 0);
        s = ps::io::writeSafetensors(path, w);
        ::setrlimit(RLIMIT_FSIZE, &saved);
        std::signal(SIGXFSZ, oldHandler);
    } else {
        s = ps::io::writeSafetensors(path, w);
    }
    if (failure == "readonly") ::chmod(QFile::encodeName(dir).constData(), 0755);

    QVERIFY(!s.ok());
    QVERIFY2(s.error().toString().contains(error), qPrintable(s.error().toString()));
    QVERIFY2(tempLeftovers(tmp.path()).isEmpty(), qPrintable(tempLeftovers(tmp.path()).join(' ')));
    // The previous file is untouched and still reads.
    const QString oldPath = QDir(tmp.path()).filePath(QStringLiteral("w.safetensors"));
    QCOMPARE(readAll(oldPath), before);
    QVERIFY(SafetensorsFile::open(oldPath).ok());
    if (failure == "nofolder") QVERIFY(!QFileInfo::exists(dir));
    if (failure == "isdir") QVERIFY(QFileInfo(path).isDir());
}

void TstSafetensors::failedCheckpointWriteKeepsOldCheckpoint_data() {
    QTest::addColumn<qulonglong>("oldShardBytes");
    QTest::addColumn<qulonglong>("newShardBytes");
    // The new tensor set is invalid in its last tensor (by name), so a
    // sharded write would fail on its last shard.
    QTest::newRow("single over single") << (1ull << 30) << (1ull << 30);
    QTest::newRow("sharded over single") << (1ull << 30) << 1000ull;
    QTest::newRow("single over sharded") << 1000ull << (1ull << 30);
    QTest::newRow("sharded over sharded") << 1000ull << 1000ull;
}

void TstSafetensors::failedCheckpointWriteKeepsOldCheckpoint() {
    QFETCH(qulonglong, oldShardBytes);
    QFETCH(qulonglong, newShardBytes);
    QTemporaryDir tmp;
    const QString dir = tmp.path();
    const Blobs old = fiveTensors();
    QVERIFY(ps::io::writeCheckpoint(dir, toWrite(old), {}, oldShardBytes).ok());

    Blobs next = fiveTensors();
    for (Blob& b : next) b.bytes.fill('\x01');
    std::vector<TensorToWrite> w = toWrite(next);
    w.back().shape = {99};  // 'e' gives 400 bytes for shape [99]
    const ps::Status s = ps::io::writeCheckpoint(dir, w, {}, newShardBytes);
    QVERIFY(!s.ok());
    QVERIFY2(s.error().toString().contains(QStringLiteral("tensor 'e': 400 bytes given, shape needs 396")), qPrintable(s.error().toString()));

    auto c = Checkpoint::openFolder(dir);
    QVERIFY2(c.ok(), c.ok() ? "" : qPrintable(c.error().toString()));
    compareCheckpoint(c.value(), old);
    QVERIFY(tempLeftovers(dir).isEmpty());
}

// ---------------------------------------------------------------------------
// Fuzzing

void TstSafetensors::mutationFuzz() {
    QTemporaryDir tmp;
    const QString path = tmp.filePath(QStringLiteral("seed.safetensors"));
    const Blobs blobs{makeBlob("a.weight", DType::F32, {30, 20}, 71), makeBlob("b", DType::BF16, {5}, 72),
                      makeBlob("c", DType::I64, {2}, 73), makeBlob("s", DType::I32, {}, 74), makeBlob("z", DType::F16, {0, 4}, 75)};
    QVERIFY(ps::io::writeSafetensors(path, toWrite(blobs), {{QStringLiteral("format"), QStringLiteral("pt")}}).ok());
    const QByteArray seed = readAll(path);
    QVERIFY(SafetensorsFile::fromBytes(seed).ok());
    const int headerEnd = 8 + static_cast<int>(readLe64(seed));

    QRandomGenerator rng(20240601);
    int accepted = 0, rejected = 0;
    for (int iter = 0; iter < 2000; ++iter) {
        QByteArray img = seed;
        const int mutations = 1 + static_cast<int>(rng.bounded(3));
        for (int m = 0; m < mutations; ++m) {
            const int size = static_cast<int>(img.size());
            const int pos = size > 0 ? static_cast<int>(rng.bounded(size)) : 0;
            switch (rng.bounded(8)) {
                case 0:  // random byte
                    if (size > 0) img[pos] = static_cast<char>(rng.bounded(256));
                    break;
                case 1:  // one bit
                    if (size > 0) img[pos] = static_cast<char>(img[pos] ^ (1 << rng.bounded(8)));
                    break;
                case 2:  // truncate
                    img.truncate(pos);
                    break;
                case 3:  // insert random bytes
                    img.insert(pos, QByteArray(1 + static_cast<int>(rng.bounded(16)), static_cast<char>(rng.bounded(256))));
                    break;
                case 4:  // delete a range
                    img.remove(pos, 1 + static_cast<int>(rng.bounded(16)));
                    break;
                case 5: {  // a nearby header length
                    if (size < 8) break;
                    const quint64 n = readLe64(img) + rng.bounded(17) - 8;
                    for (int i = 0; i < 8; ++i) img[i] = static_cast<char>((n >> (8 * i)) & 0xff);
                    break;
                }
                case 6: {  // change a digit of the JSON header (shapes, offsets)
                    const int end = std::min(headerEnd, size);
                    for (int tries = 0; tries < 32 && end > 8; ++tries) {
                        const int p = 8 + static_cast<int>(rng.bounded(end - 8));
                        if (img[p] >= '0' && img[p] <= '9') {
                            img[p] = static_cast<char>('0' + rng.bounded(10));
                            break;
                        }
                    }
                    break;
                }
                default: {  // JSON structure characters
                    static const char kChars[] = "{}[],:\"-.eE 9";
                    const int end = std::min(headerEnd, size);
                    if (end > 8) img[8 + static_cast<int>(rng.bounded(end - 8))] = kChars[rng.bounded(static_cast<quint32>(sizeof(kChars) - 1))];
                    break;
                }
            }
        }
        const QByteArray kept = img;  // shares its buffer with the parsed file
        auto r = SafetensorsFile::fromBytes(img, QStringLiteral("fuzz"));
        if (!r.ok()) {
            ++rejected;
            QVERIFY2(!r.error().message.isEmpty(), qPrintable(QStringLiteral("iteration %1").arg(iter)));
            continue;
        }
        ++accepted;
        // Whatever was accepted is consistent and lies inside the image.
        const SafetensorsFile& f = *r.value();
        const char* lo = kept.constData();
        const char* hi = lo + kept.size();
        uint64_t covered = 0;
        for (const auto& t : f.tensors()) {
            QCOMPARE(t.begin, covered);
            covered = t.end;
            QCOMPARE(static_cast<uint64_t>(t.numel()) * ps::io::dtypeSize(t.dtype), t.byteSize());
            const char* p = reinterpret_cast<const char*>(f.data(t));
            QVERIFY(p >= lo && p + t.byteSize() <= hi);
            volatile unsigned sum = 0;  // touch every byte
            for (uint64_t i = 0; i < t.byteSize(); ++i) sum = sum + static_cast<uchar>(p[i]);
            QCOMPARE(f.find(t.name), &t);
        }
        // The tensors tile the data section up to the end of the image.
        if (!f.tensors().empty()) QCOMPARE(reinterpret_cast<const char*>(f.data(f.tensors().front())) + covered, hi);
    }
    qInfo("mutation fuzz: %d accepted, %d rejected", accepted, rejected);
    QVERIFY(accepted > 0);
    QVERIFY(rejected > 0);
}

QTEST_GUILESS_MAIN(TstSafetensors)
#include "tst_safetensors.moc"
