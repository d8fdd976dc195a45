#include "bench_common.h"
#include "model/generate.h"
#include "model/kernels/bf16_gemv.h"
#include "model/lfm2.h"
#include <ctime>
using namespace ps::model;
static double cpu() { timespec t; clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t); return t.tv_sec + t.tv_nsec*1e-9; }
int main(int argc, char** argv) {
    ps::initComputeThreads(0);
    const char* shape = argc > 1 ? argv[1] : "350m";
    auto cfg = presetConfig(shape).value();
    auto m = std::make_shared<Lfm2Model>(cfg, randomWeights(cfg, at::kBFloat16, 1), at::kBFloat16);
    std::vector<std::vector<int64_t>> prompts{{1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16}};
    for (int rep = 0; rep < 3; ++rep) {
        GenerationConfig g; g.maxNewTokens = 16;
        double c0 = cpu(), t0 = bench::now();
        auto r = generate(*m, prompts, g);
        double c1 = cpu(), t1 = bench::now();
        auto& s = r.value().stats;
        std::printf("generate: prefill %.3f s, decode %.3f s for %lld steps = %.1f ms/step; wall %.2f cpu %.2f\n", s.prefillSeconds, s.decodeSeconds, (long long)s.decodeSteps, 1000*s.decodeSeconds/s.decodeSteps, t1-t0, c1-c0);
        at::NoGradGuard ng;
        Lfm2Cache cache = m->makeCache(1, 64);
        at::Tensor ids = at::tensor(prompts[0], at::kLong).unsqueeze(0);
        at::Tensor next = m->logits(m->forwardHidden(ids, {}, &cache).select(1, 0)).argmax(-1).unsqueeze(1);
        c0 = cpu(); t0 = bench::now();
        for (int i = 0; i < 16; ++i) next = m->logits(m->forwardHidden(next, {}, &cache).select(1, 0)).to(at::kFloat).argmax(-1).unsqueeze(1);
        c1 = cpu(); t1 = bench::now();
        std::printf("direct: %.1f ms/step cpu %.1f ms/step\n", 1000*(t1-t0)/16, 1000*(c1-c0)/16);
    }
}
