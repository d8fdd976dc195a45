#include "tokenizer/post_processor.h"

#include "tokenizer/json_util.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace ps::tokenizer {

namespace {

void wrap(EncodedIds& e, const std::vector<int32_t>& before, const std::vector<int32_t>& after) {
    EncodedIds out;
    out.tracked = e.tracked;
    const bool track = e.tracked;
    auto special = [&](int32_t id) {
        out.ids.push_back(id);
        out.special.push_back(1);
        if (track) out.offsets.push_back(Span{0, 0});
    };
    for (int32_t id : before) special(id);
    out.ids.insert(out.ids.end(), e.ids.begin(), e.ids.end());
    out.special.insert(out.special.end(), e.special.begin(), e.special.end());
    if (track) out.offsets.insert(out.offsets.end(), e.offsets.begin(), e.offsets.end());
    for (int32_t id : after) special(id);
    e = std::move(out);
}

class Template final : public PostProcessor {
public:
    Template(std::vector<int32_t> before, std::vector<int32_t> after) : before_(std::move(before)), after_(std::move(after)) {}
    void process(EncodedIds& e, bool add) const override {
        if (add) wrap(e, before_, after_);
    }

private:
    std::vector<int32_t> before_, after_;  // special ids around $A in the "single" template
};

class NoIds final : public PostProcessor {  // ByteLevel: only trims offsets in HF
public:
    void process(EncodedIds&, bool) const override {}
};

class SequencePost final : public PostProcessor {
public:
    explicit SequencePost(std::vector<std::shared_ptr<const PostProcessor>> p) : parts_(std::move(p)) {}
    void process(EncodedIds& e, bool add) const override {
        for (const auto& p : parts_) p->process(e, add);
    }

private:
    std::vector<std::shared_ptr<const PostProcessor>> parts_;
};

Result<int32_t> idOfPair(const QJsonValue& v, const char* what) {
    const QJsonArray a = v.toArray();
    const std::optional<int32_t> id = a.size() == 2 ? tokenIdOf(a.at(1)) : std::nullopt;
    if (!id) return makeError(QCoreApplication::translate("ps::tokenizer", "post_processor '%1' must be [token, id]").arg(QLatin1String(what)));
    return *id;
}

}  // namespace

Result<std::shared_ptr<const PostProcessor>> PostProcessor::fromJson(const QJsonValue& json) {
    using Ptr = std::shared_ptr<const PostProcessor>;
    if (json.isNull() || json.isUndefined()) return Ptr();
    const QJsonObject o = json.toObject();
    const QString type = o.value(QLatin1String("type")).toString();
    if (type == QLatin1String("TemplateProcessing")) {
        const QJsonObject specials = o.value(QLatin1String("special_tokens")).toObject();
        std::vector<int32_t> before, after;
        bool seenSequence = false;
        for (const QJsonValue& item : o.value(QLatin1String("single")).toArray()) {
            const QJsonObject it = item.toObject();
            if (it.contains(QLatin1String("Sequence"))) {
                if (seenSequence)
                    return makeError(QCoreApplication::translate("ps::tokenizer", "TemplateProcessing: 'single' uses the sequence twice"));
                seenSequence = true;
                continue;
            }
            const QString name = it.value(QLatin1String("SpecialToken")).toObject().value(QLatin1String("id")).toString();
            const QJsonObject sp = specials.value(name).toObject();
            if (sp.isEmpty())
                return makeError(QCoreApplication::translate("ps::tokenizer", "TemplateProcessing: special token '%1' is not in special_tokens").arg(name));
            for (const QJsonValue& v : sp.value(QLatin1String("ids")).toArray()) {
                const std::optional<int32_t> id = tokenIdOf(v);
                if (!id)
                    return makeError(QCoreApplication::translate("ps::tokenizer", "TemplateProcessing: special token '%1' has an invalid id").arg(name));
                (seenSequence ? after : before).push_back(*id);
            }
        }
        if (!seenSequence) return makeError(QCoreApplication::translate("ps::tokenizer", "TemplateProcessing: 'single' has no $A sequence"));
        return Ptr(std::make_shared<Template>(std::move(before), std::move(after)));
    }
    if (type == QLatin1String("ByteLevel")) return Ptr(std::make_shared<NoIds>());
    if (type == QLatin1String("BertProcessing") || type == QLatin1String("RobertaProcessing")) {
        auto cls = idOfPair(o.value(QLatin1String("cls")), "cls");
        if (!cls) return cls.error();
        auto sep = idOfPair(o.value(QLatin1String("sep")), "sep");
        if (!sep) return sep.error();
        return Ptr(std::make_shared<Template>(std::vector<int32_t>{cls.value()}, std::vector<int32_t>{sep.value()}));
    }
    if (type == QLatin1String("Sequence")) {
        std::vector<Ptr> parts;
        for (const QJsonValue& v : o.value(QLatin1String("processors")).toArray()) {
            auto p = fromJson(v);
            if (!p) return p.error();
            if (p.value()) parts.push_back(p.value());
        }
        return Ptr(std::make_shared<SequencePost>(std::move(parts)));
    }
    return makeError(QCoreApplication::translate("ps::tokenizer", "unsupported post_processor type '%1' (supported: TemplateProcessing, "
                                                                  "ByteLevel, BertProcessing, RobertaProcessing, Sequence)")
                         .arg(type));
}

}  // namespace ps::tokenizer
