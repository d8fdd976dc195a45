// safetensors.h — reading and writing the safetensors format
// (https://huggingface.co/docs/safetensors): 8-byte little-endian header
// length N, N bytes of JSON header, then the raw tensor data.
//
// Reading memory-maps the file: tensor data is a pointer into the mapping, so
// nothing is copied unless a caller converts the dtype. Validation is strict,
// because checkpoints come from anywhere: header beyond the file, invalid
// JSON, unknown dtypes, offsets out of range, overlapping or leaving holes,
// and shape x dtype not matching the byte range are all clear errors.
// This header is LibTorch-free; model/tensor_bridge.h turns entries into tensors.
#pragma once

#include "io/dtype.h"
#include "util/result.h"

#include <QMap>
#include <QString>
#include <cstdint>
#include <memory>
#include <vector>

namespace ps::io {

struct TensorInfo {
    QString name;
    DType dtype = DType::F32;
    std::vector<int64_t> shape;
    uint64_t begin = 0;  // byte offsets relative to the start of the data section
    uint64_t end = 0;

    int64_t numel() const;
    uint64_t byteSize() const { return end - begin; }
};

// One memory-mapped .safetensors file.
class SafetensorsFile {
public:
    // The largest JSON header accepted (the format's reference reader uses 100 MB).
    static constexpr uint64_t kMaxHeaderBytes = 100u * 1024u * 1024u;

    static Result<std::shared_ptr<const SafetensorsFile>> open(const QString& path);
    // Parses a complete file image held in memory (used by tests and fuzzing).
    static Result<std::shared_ptr<const SafetensorsFile>> fromBytes(QByteArray bytes, const QString& label = {});
    ~SafetensorsFile();
    SafetensorsFile(const SafetensorsFile&) = delete;
    SafetensorsFile& operator=(const SafetensorsFile&) = delete;

    const QString& path() const { return path_; }
    const std::vector<TensorInfo>& tensors() const { return tensors_; }  // in data order
    const TensorInfo* find(const QString& name) const;
    const uint8_t* data(const TensorInfo& t) const { return dataStart_ + t.begin; }
    const QMap<QString, QString>& metadata() const { return metadata_; }

private:
    SafetensorsFile() = default;
    Status parse(const uint8_t* base, uint64_t size);

    QString path_;
    void* map_ = nullptr;
    size_t mapSize_ = 0;
    QByteArray owned_;  // fromBytes() keeps the image here
    const uint8_t* dataStart_ = nullptr;
    std::vector<TensorInfo> tensors_;
    QMap<QString, int> byName_;
    QMap<QString, QString> metadata_;
};

// A model folder's weights: either model.safetensors or shards listed in
// model.safetensors.index.json. Tensor names are unique across shards.
class Checkpoint {
public:
    struct Entry {
        std::shared_ptr<const SafetensorsFile> file;
        const TensorInfo* info = nullptr;
        const uint8_t* data() const { return file->data(*info); }
    };

    static Result<Checkpoint> openFolder(const QString& dir);
    // A single file, without an index.
    static Result<Checkpoint> openFile(const QString& path);

    const Entry* find(const QString& name) const;
    QStringList names() const { return entries_.keys(); }  // sorted
    int size() const { return static_cast<int>(entries_.size()); }
    const QMap<QString, QString>& metadata() const { return metadata_; }
    int shardCount() const { return static_cast<int>(files_.size()); }
    uint64_t totalBytes() const;

private:
    Status add(std::shared_ptr<const SafetensorsFile> file);

    std::vector<std::shared_ptr<const SafetensorsFile>> files_;
    QMap<QString, Entry> entries_;
    QMap<QString, QString> metadata_;
};

// A tensor to write: caller keeps `data` alive during the call.
struct TensorToWrite {
    QString name;
    DType dtype = DType::F32;
    std::vector<int64_t> shape;
    const void* data = nullptr;
    uint64_t bytes = 0;
};

// Writes one .safetensors file atomically (temp file, fsync, rename).
// Tensors are stored in name order; the header is padded to 8 bytes.
Status writeSafetensors(const QString& path, const std::vector<TensorToWrite>& tensors,
                        const QMap<QString, QString>& metadata = {});

// Writes a model folder's weights: model.safetensors when the total fits
// maxShardBytes, else model-0000i-of-0000n.safetensors + model.safetensors.index.json.
Status writeCheckpoint(const QString& dir, const std::vector<TensorToWrite>& tensors,
                       const QMap<QString, QString>& metadata = {}, uint64_t maxShardBytes = 5ull << 30);

}  // namespace ps::io
