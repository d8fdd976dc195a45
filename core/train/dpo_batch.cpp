#include "train/dpo_batch.h"

#include <algorithm>

namespace ps::train {

DpoExample truncateExample(const DpoExample& in, const DpoConfig& c) {
    DpoExample e = in;
    auto keepEnd = [](std::vector<int64_t>& v, int64_t n) {
        if (n > 0 && static_cast<int64_t>(v.size()) > n) v.erase(v.begin(), v.end() - n);
    };
    auto keepStart = [](std::vector<int64_t>& v, int64_t n) {
        if (n > 0 && static_cast<int64_t>(v.size()) > n) v.resize(static_cast<size_t>(n));
    };
    keepEnd(e.prompt, c.maxPromptLength);
    keepStart(e.chosen, c.maxCompletionLength);
    keepStart(e.rejected, c.maxCompletionLength);
    if (c.maxLength > 0) {
        keepEnd(e.prompt, std::max<int64_t>(1, c.maxLength - 1));
        const int64_t room = c.maxLength - static_cast<int64_t>(e.prompt.size());
        keepStart(e.chosen, room);
        keepStart(e.rejected, room);
    }
    return e;
}

DpoBatch DpoBatch::to(at::Device device) const {
    if (promptIds.device() == device) return *this;
    return DpoBatch{promptIds.to(device), promptMask.to(device), completionIds.to(device), completionMask.to(device)};
}

int64_t DpoBatch::tokens() const { return promptMask.sum().item<int64_t>() + completionMask.sum().item<int64_t>(); }

DpoBatch collate(const std::vector<const DpoExample*>& examples, int64_t padId) {
    const int64_t B = static_cast<int64_t>(examples.size());
    size_t tp = 1, tc = 1;
    for (const DpoExample* e : examples) {
        tp = std::max(tp, e->prompt.size());
        tc = std::max({tc, e->chosen.size(), e->rejected.size()});
    }
    const int64_t Tp = static_cast<int64_t>(tp), Tc = static_cast<int64_t>(tc);
    DpoBatch b;
    b.promptIds = at::full({B, Tp}, padId, at::kLong);
    b.promptMask = at::zeros({B, Tp}, at::kBool);
    b.completionIds = at::full({2 * B, Tc}, padId, at::kLong);
    b.completionMask = at::zeros({2 * B, Tc}, at::kBool);
    auto pid = b.promptIds.accessor<int64_t, 2>();
    auto pm = b.promptMask.accessor<bool, 2>();
    auto cid = b.completionIds.accessor<int64_t, 2>();
    auto cm = b.completionMask.accessor<bool, 2>();
    for (int64_t i = 0; i < B; ++i) {
        const DpoExample& e = *examples[static_cast<size_t>(i)];
        const int64_t off = Tp - static_cast<int64_t>(e.prompt.size());
        for (size_t t = 0; t < e.prompt.size(); ++t) {
            pid[i][off + static_cast<int64_t>(t)] = e.prompt[t];
            pm[i][off + static_cast<int64_t>(t)] = true;
        }
        const std::vector<int64_t>* sides[2] = {&e.chosen, &e.rejected};
        for (int s = 0; s < 2; ++s)
            for (size_t t = 0; t < sides[s]->size(); ++t) {
                cid[2 * i + s][static_cast<int64_t>(t)] = (*sides[s])[t];
                cm[2 * i + s][static_cast<int64_t>(t)] = true;
            }
    }
    return b;
}

}  // namespace ps::train
