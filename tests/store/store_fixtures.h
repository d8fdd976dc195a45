// store_fixtures.h — small helpers shared by the store and data tests: open a
// workspace in a temporary folder, fill it with prompts / generations / pairs,
// and run one-value SQL queries for checking effects directly.
#pragma once

#include "store/workspace.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <cstdio>
#include <cstdlib>
#include <memory>
#include <vector>

namespace fixtures {

using ps::store::Id;
using ps::store::Workspace;

// Opens or aborts the test binary with the error (helpers cannot QVERIFY).
inline std::unique_ptr<Workspace> open(const QString& path, bool instanceLock = false, int busyTimeoutMs = 5000) {
    Workspace::OpenOptions o;
    o.instanceLock = instanceLock;
    o.busyTimeoutMs = busyTimeoutMs;
    auto ws = Workspace::open(path, o);
    if (!ws) {
        std::fprintf(stderr, "cannot open workspace: %s\n", qPrintable(ws.error().toString()));
        std::abort();
    }
    return std::move(ws).value();
}

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

// The first column of the first row, or an invalid QVariant with a message on stderr.
inline QVariant scalar(QSqlDatabase& db, const QString& sql) {
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next()) {
        std::fprintf(stderr, "query failed: %s: %s\n", qPrintable(sql), qPrintable(q.lastError().text()));
        return QVariant();
    }
    return q.value(0);
}

inline qint64 count(Workspace& ws, const QString& table, const QString& where = QString()) {
    return scalar(ws.database(), QStringLiteral("SELECT COUNT(*) FROM %1 %2").arg(table, where.isEmpty() ? QString() : QStringLiteral("WHERE ") + where))
        .toLongLong();
}

struct Filled {
    std::vector<Id> prompts;
    std::vector<Id> pairs;
};

// `n` text prompts "prompt i", each with generations "a i" / "b i" and one pair.
inline Filled fill(Workspace& ws, int n) {
    Filled f;
    std::vector<ps::store::NewPrompt> ps;
    for (int i = 0; i < n; ++i) {
        ps::store::NewPrompt p;
        p.content.text = QStringLiteral("prompt %1").arg(i);
        p.language = i % 2 ? QStringLiteral("vi") : QStringLiteral("en");
        p.category = QStringLiteral("support");
        ps.push_back(p);
    }
    f.prompts = must(ws.addPrompts(ps));
    std::vector<ps::store::NewGeneration> gs;
    for (int i = 0; i < n; ++i) {
        for (const char* side : {"a", "b"}) {
            ps::store::NewGeneration g;
            g.promptId = f.prompts[i];
            g.text = QStringLiteral("%1 %2").arg(QLatin1String(side)).arg(i);
            gs.push_back(g);
        }
    }
    const std::vector<Id> gens = must(ws.addGenerations(gs));
    std::vector<ps::store::NewPair> pairs;
    for (int i = 0; i < n; ++i) pairs.push_back({f.prompts[i], gens[2 * i], gens[2 * i + 1]});
    f.pairs = must(ws.createPairs(pairs));
    return f;
}

}  // namespace fixtures
