// annotate_fixtures.h — workspaces for the annotation tests, made through the
// store API: `n` prompts each with one pair whose answers say which
// generation they are ("answer A of pair i" / "answer B of pair i"), so a test
// can tell from the text on screen which generation went left.
#pragma once

#include "store/workspace.h"

#include <QString>

#include <cstdio>
#include <cstdlib>
#include <memory>
#include <vector>

namespace annotate_fixtures {

using ps::store::Id;
using ps::store::Workspace;

template <typename T>
T must(ps::Result<T> r) {
    if (!r) {
        std::fprintf(stderr, "unexpected error: %s\n", qPrintable(r.error().toString()));
        std::abort();
    }
    return std::move(r).value();
}

inline void must(const ps::Status& s) {
    if (!s) {
        std::fprintf(stderr, "unexpected error: %s\n", qPrintable(s.error().toString()));
        std::abort();
    }
}

inline std::unique_ptr<Workspace> open(const QString& path, int busyTimeoutMs = 5000) {
    Workspace::OpenOptions o;
    o.instanceLock = false;
    o.busyTimeoutMs = busyTimeoutMs;
    return must(Workspace::open(path, o));
}

inline QString answerText(char side, int i) { return QStringLiteral("answer %1 of pair %2").arg(QLatin1Char(side)).arg(i); }

struct Made {
    std::vector<Id> pairs;
    std::vector<Id> genA;
    std::vector<Id> genB;
};

// `n` text prompts with one pair each, in one transaction per table.
inline Made makePairs(Workspace& ws, int n, int firstIndex = 0) {
    Made m;
    std::vector<ps::store::NewPrompt> prompts;
    prompts.reserve(size_t(n));
    for (int i = 0; i < n; ++i) {
        ps::store::NewPrompt p;
        p.content.text = QStringLiteral("Prompt number %1: how do I reset my password?").arg(firstIndex + i);
        p.language = QStringLiteral("en");
        p.category = QStringLiteral("support");
        prompts.push_back(std::move(p));
    }
    const std::vector<Id> ids = must(ws.addPrompts(prompts));
    std::vector<ps::store::NewGeneration> gens;
    gens.reserve(size_t(2 * n));
    for (int i = 0; i < n; ++i) {
        for (char side : {'A', 'B'}) {
            ps::store::NewGeneration g;
            g.promptId = ids[size_t(i)];
            g.text = answerText(side, firstIndex + i);
            gens.push_back(std::move(g));
        }
    }
    const std::vector<Id> gids = must(ws.addGenerations(gens));
    std::vector<ps::store::NewPair> pairs;
    pairs.reserve(size_t(n));
    for (int i = 0; i < n; ++i) {
        m.genA.push_back(gids[size_t(2 * i)]);
        m.genB.push_back(gids[size_t(2 * i + 1)]);
        pairs.push_back({ids[size_t(i)], gids[size_t(2 * i)], gids[size_t(2 * i + 1)]});
    }
    m.pairs = must(ws.createPairs(pairs));
    return m;
}

}  // namespace annotate_fixtures
