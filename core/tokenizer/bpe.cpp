#include "tokenizer/bpe.h"

#include "tokenizer/utf8.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <cstdio>
#include <queue>

namespace ps::tokenizer {

namespace {
QString qs(const std::string& s) { return QString::fromStdString(s); }

struct Symbol {
    int32_t id;
    int32_t prev, next;
    uint32_t len;  // bytes of the word; 0 once merged away
};

struct Candidate {
    uint32_t rank;
    uint32_t pos;
    int32_t newId;
    bool operator<(const Candidate& o) const {  // priority_queue is a max-heap: invert
        return rank != o.rank ? rank > o.rank : pos > o.pos;
    }
};

struct Scratch {
    std::vector<Symbol> symbols;
    std::vector<Candidate> heap;
    std::vector<int32_t> ids;
    std::vector<uint32_t> lens;
    std::string key;
};
Scratch& scratch() {
    thread_local Scratch s;
    return s;
}
}  // namespace

BpeModel::~BpeModel() = default;

Result<std::shared_ptr<const BpeModel>> BpeModel::fromJson(const QJsonObject& o) {
    std::shared_ptr<BpeModel> m(new BpeModel);
    const QJsonObject vocab = o.value(QLatin1String("vocab")).toObject();
    std::vector<std::pair<std::string, int32_t>> entries;
    entries.reserve(size_t(vocab.size()));
    int32_t maxId = -1;
    for (auto it = vocab.constBegin(); it != vocab.constEnd(); ++it) {
        const double d = it.value().toDouble(-1);
        if (!(d >= 0) || d > 2147483647.0 || d != double(int64_t(d)))
            return makeError(QCoreApplication::translate("ps::tokenizer", "BPE vocab entry '%1' has no valid id").arg(it.key()));
        entries.emplace_back(it.key().toStdString(), int32_t(d));
        maxId = std::max(maxId, int32_t(d));
    }
    // Ids index a table: a vocabulary of a few entries claiming id 2^31 - 1 would
    // allocate 2^31 strings. Real vocabularies are dense (ids 0..n-1).
    if (maxId >= 0 && size_t(maxId) >= std::max<size_t>(2 * entries.size(), entries.size() + 65536))
        return makeError(QCoreApplication::translate("ps::tokenizer", "BPE vocab ids are too sparse: id %1 with %2 entries").arg(maxId).arg(entries.size()));
    m->tokens_.assign(size_t(maxId + 1), std::string());
    m->present_.assign(size_t(maxId + 1), 0);
    for (auto& [tok, id] : entries) {
        m->tokens_[size_t(id)] = std::move(tok);
        m->present_[size_t(id)] = 1;
    }
    m->vocab_.reserve(entries.size());
    for (size_t id = 0; id < m->tokens_.size(); ++id)
        if (m->present_[id]) m->vocab_.insert(m->tokens_[id], int32_t(id));

    auto optString = [&](const char* key) -> std::optional<std::string> {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isString()) return v.toString().toStdString();
        return std::nullopt;
    };
    m->unkToken_ = optString("unk_token");
    m->prefix_ = optString("continuing_subword_prefix");
    m->suffix_ = optString("end_of_word_suffix");
    if (m->prefix_ && m->prefix_->empty()) m->prefix_.reset();  // "" behaves like none
    if (m->suffix_ && m->suffix_->empty()) m->suffix_.reset();
    m->fuseUnk_ = o.value(QLatin1String("fuse_unk")).toBool(false);
    m->byteFallback_ = o.value(QLatin1String("byte_fallback")).toBool(false);
    m->ignoreMerges_ = o.value(QLatin1String("ignore_merges")).toBool(false);
    for (int b = 0; b < 256; ++b) {
        char name[8];
        std::snprintf(name, sizeof name, "<0x%02X>", b);
        m->byteIds_[size_t(b)] = m->vocab_.find(name);
    }
    // Character ids for the common case (no prefix/suffix): code points below U+0800.
    m->smallCharTable_ = !m->prefix_ && !m->suffix_;
    for (char32_t cp = 0; cp < 0x800; ++cp) {
        std::string s;
        utf8::append(s, cp);
        m->smallCharIds_[cp] = m->vocab_.find(s);
    }

    // Merges: ["a b", ...] (legacy) or [["a", "b"], ...].
    const QJsonArray merges = o.value(QLatin1String("merges")).toArray();
    m->merges_.reserve(size_t(merges.size()) + 1);
    const size_t prefixLen = m->prefix_ ? m->prefix_->size() : 0;
    uint32_t rank = 0;
    for (const QJsonValue& v : merges) {
        std::string a, b;
        if (v.isString()) {
            const std::string line = v.toString().toStdString();
            if (line.rfind("#version", 0) == 0) continue;
            const size_t sp = line.find(' ');
            if (sp == std::string::npos || line.find(' ', sp + 1) != std::string::npos)
                return makeError(QCoreApplication::translate("ps::tokenizer", "BPE merge %1 ('%2') is not two tokens separated by one space")
                                     .arg(rank + 1)
                                     .arg(qs(line)));
            a = line.substr(0, sp);
            b = line.substr(sp + 1);
        } else if (v.isArray() && v.toArray().size() == 2) {
            a = v.toArray().at(0).toString().toStdString();
            b = v.toArray().at(1).toString().toStdString();
        } else {
            return makeError(QCoreApplication::translate("ps::tokenizer", "BPE merge %1 is neither \"a b\" nor [\"a\", \"b\"]").arg(rank + 1));
        }
        const int32_t ia = m->vocab_.find(a), ib = m->vocab_.find(b);
        if (ia < 0 || ib < 0)
            return makeError(QCoreApplication::translate("ps::tokenizer", "BPE merge %1 uses '%2', which is not in the vocabulary")
                                 .arg(rank + 1)
                                 .arg(qs(ia < 0 ? a : b)));
        if (b.size() < prefixLen)
            return makeError(QCoreApplication::translate("ps::tokenizer", "BPE merge %1: '%2' is shorter than the subword prefix").arg(rank + 1).arg(qs(b)));
        const std::string merged = a + b.substr(prefixLen);
        const int32_t im = m->vocab_.find(merged);
        if (im < 0)
            return makeError(QCoreApplication::translate("ps::tokenizer", "BPE merge %1 makes '%2', which is not in the vocabulary")
                                 .arg(rank + 1)
                                 .arg(qs(merged)));
        m->merges_.insert(detail::PairMap::key(ia, ib), detail::MergeValue{rank, im});
        ++rank;
    }
    return std::shared_ptr<const BpeModel>(std::move(m));
}

int32_t BpeModel::charId(std::string_view ch) const {
    if (smallCharTable_ && ch.size() <= 2) {
        char32_t cp;
        utf8::decodeValid(ch.data(), &cp);
        return smallCharIds_[cp];
    }
    return vocab_.find(ch);
}

void BpeModel::mergeWord(std::string_view w, std::vector<int32_t>& outIds, std::vector<uint32_t>& outLens, bool* unkMissing) const {
    Scratch& sc = scratch();
    std::vector<Symbol>& sym = sc.symbols;
    sym.clear();
    auto add = [&](int32_t id, uint32_t len) {
        const int32_t n = static_cast<int32_t>(sym.size());
        sym.push_back(Symbol{id, n - 1, -1, len});
        if (n > 0) sym[size_t(n - 1)].next = n;
    };
    const int32_t unkId = unkToken_ ? vocab_.find(*unkToken_) : -1;
    int32_t pendingUnk = -1;
    uint32_t pendingUnkLen = 0;
    std::string decorated;
    for (size_t i = 0; i < w.size();) {
        const int n = utf8::sequenceLength(static_cast<unsigned char>(w[i]));
        const bool first = i == 0, last = i + n >= w.size();
        std::string_view s = w.substr(i, n);
        int32_t id;
        if ((prefix_ && !first) || (suffix_ && last)) {
            decorated.clear();
            if (prefix_ && !first) decorated += *prefix_;
            decorated.append(s.data(), s.size());
            if (suffix_ && last) decorated += *suffix_;
            id = vocab_.find(decorated);
            s = decorated;
        } else {
            id = charId(s);
        }
        if (id >= 0) {
            if (pendingUnk >= 0) {
                add(pendingUnk, pendingUnkLen);
                pendingUnk = -1;
            }
            add(id, uint32_t(n));
        } else {
            bool done = false;
            if (byteFallback_) {
                bool all = true;
                for (unsigned char b : s) all = all && byteIds_[b] >= 0;
                if (all) {
                    for (unsigned char b : s) add(byteIds_[b], 1);
                    done = true;
                }
            }
            if (!done && unkToken_) {
                if (unkId < 0) {
                    *unkMissing = true;
                } else if (pendingUnk >= 0 && fuseUnk_) {
                    pendingUnkLen += uint32_t(n);
                } else {
                    if (pendingUnk >= 0) add(pendingUnk, pendingUnkLen);
                    pendingUnk = unkId;
                    pendingUnkLen = uint32_t(n);
                }
            }
            // No unk token: the character is dropped, as in Hugging Face.
        }
        i += size_t(n);
    }
    if (pendingUnk >= 0) add(pendingUnk, pendingUnkLen);

    // merge_all
    auto& heap = sc.heap;
    heap.clear();
    for (size_t i = 0; i + 1 < sym.size(); ++i)
        if (const auto* mv = merges_.find(detail::PairMap::key(sym[i].id, sym[i + 1].id)))
            heap.push_back(Candidate{mv->rank, uint32_t(i), mv->newId});
    std::make_heap(heap.begin(), heap.end());
    while (!heap.empty()) {
        std::pop_heap(heap.begin(), heap.end());
        const Candidate top = heap.back();
        heap.pop_back();
        Symbol& cur = sym[top.pos];
        if (cur.len == 0 || cur.next < 0) continue;
        const int32_t nextPos = cur.next;
        const Symbol right = sym[size_t(nextPos)];
        const auto* mv = merges_.find(detail::PairMap::key(cur.id, right.id));
        if (!mv || mv->newId != top.newId) continue;  // stale entry
        cur.id = top.newId;
        cur.len += right.len;
        cur.next = right.next;
        sym[size_t(nextPos)].len = 0;
        if (right.next >= 0 && size_t(right.next) < sym.size()) sym[size_t(right.next)].prev = int32_t(top.pos);
        if (cur.prev >= 0) {
            const Symbol& p = sym[size_t(cur.prev)];
            if (const auto* pm = merges_.find(detail::PairMap::key(p.id, cur.id))) {
                heap.push_back(Candidate{pm->rank, uint32_t(cur.prev), pm->newId});
                std::push_heap(heap.begin(), heap.end());
            }
        }
        if (cur.next >= 0) {
            const Symbol& nx = sym[size_t(cur.next)];
            if (const auto* nm = merges_.find(detail::PairMap::key(cur.id, nx.id))) {
                heap.push_back(Candidate{nm->rank, top.pos, nm->newId});
                std::push_heap(heap.begin(), heap.end());
            }
        }
    }
    for (const Symbol& s : sym) {
        if (s.len == 0) continue;
        outIds.push_back(s.id);
        outLens.push_back(s.len);
    }
}

Status BpeModel::tokenize(std::string_view word, std::vector<int32_t>& ids, std::vector<uint32_t>* lens) const {
    if (word.empty()) return Status::success();
    if (ignoreMerges_) {
        const int32_t id = vocab_.find(word);
        if (id >= 0) {
            ids.push_back(id);
            if (lens) lens->push_back(uint32_t(word.size()));
            return Status::success();
        }
    }
    Scratch& sc = scratch();
    const size_t shardIndex = detail::hashBytes(word) % kShards;
    Shard& shard = cache_[shardIndex];
    sc.key.assign(word.data(), word.size());
    if (shard.mutex.try_lock()) {
        auto it = shard.map.find(sc.key);
        if (it != shard.map.end()) {
            for (uint64_t v : it->second) {
                ids.push_back(int32_t(v >> 32));
                if (lens) lens->push_back(uint32_t(v));
            }
            shard.mutex.unlock();
            return Status::success();
        }
        shard.mutex.unlock();
    }
    sc.ids.clear();
    sc.lens.clear();
    bool unkMissing = false;
    mergeWord(word, sc.ids, sc.lens, &unkMissing);
    if (unkMissing)
        return makeError(QCoreApplication::translate("ps::tokenizer", "BPE unk_token '%1' is not in the vocabulary").arg(qs(*unkToken_)));
    ids.insert(ids.end(), sc.ids.begin(), sc.ids.end());
    if (lens) lens->insert(lens->end(), sc.lens.begin(), sc.lens.end());
    if (shard.mutex.try_lock()) {
        if (shard.map.size() < kShardCapacity) {
            std::vector<uint64_t> v(sc.ids.size());
            for (size_t i = 0; i < v.size(); ++i) v[i] = (uint64_t(uint32_t(sc.ids[i])) << 32) | sc.lens[i];
            shard.map.emplace(sc.key, std::move(v));
        }
        shard.mutex.unlock();
    }
    return Status::success();
}

}  // namespace ps::tokenizer
