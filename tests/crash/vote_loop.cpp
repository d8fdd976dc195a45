// vote_loop.cpp — helper program for tst_store_crash (not a test itself).
// The test kills it with SIGKILL at random moments and then checks the
// workspace. Every line it prints is written with one write(2) after the
// operation committed, so a line on stdout means "this is durable".
//
//   ps_vote_loop vote <workspace> <annotator> <seed>
//       opens the workspace (with the instance lock, like the studio), prints
//       "ready", then votes on random pairs forever — random choices, flags,
//       comments, edits, and an undo every few votes — printing
//       "vote <id>" / "undo <id>" after each commit.
//   ps_vote_loop import <workspace> <file.jsonl>
//       imports the file and prints "imported <records>".
//   ps_vote_loop open <workspace>
//       opens (creating and migrating) the workspace and prints "ready".
#include "data/importer.h"
#include "store/workspace.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QSqlQuery>

#include <cstdio>
#include <unistd.h>

using namespace ps::store;

namespace {

void say(const QByteArray& line) {
    const QByteArray l = line + '\n';
    ssize_t off = 0;
    while (off < l.size()) {
        const ssize_t n = ::write(STDOUT_FILENO, l.constData() + off, static_cast<size_t>(l.size() - off));
        if (n <= 0) std::_Exit(3);
        off += n;
    }
}

int fail(const ps::Error& e) {
    std::fprintf(stderr, "%s\n", qPrintable(e.toString()));
    return 2;
}

}  // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 3) {
        std::fprintf(stderr, "usage: ps_vote_loop vote|import|open <workspace> ...\n");
        return 1;
    }
    auto ws = Workspace::open(args[2]);
    if (!ws) return fail(ws.error());
    Workspace& w = **ws;

    if (args[1] == QLatin1String("open")) {
        say("ready");
        return 0;
    }
    if (args[1] == QLatin1String("import") && args.size() >= 4) {
        auto r = ps::data::importFile(w, args[3]);
        if (!r) return fail(r.error());
        say("imported " + QByteArray::number(r->records));
        return 0;
    }
    if (args[1] != QLatin1String("vote") || args.size() < 5) return 1;

    auto annotator = w.annotatorId(args[3], true);
    if (!annotator) return fail(annotator.error());
    std::vector<Id> pairs;
    {
        QSqlQuery q(w.database());
        q.exec(QStringLiteral("SELECT id FROM pairs ORDER BY id"));
        while (q.next()) pairs.push_back(q.value(0).toLongLong());
    }
    if (pairs.empty()) return 1;
    QRandomGenerator rng(args[4].toUInt());
    say("ready");
    const Choice choices[] = {Choice::A, Choice::B, Choice::Tie, Choice::BothBad, Choice::Skip};
    for (int i = 0; i < 1000000; ++i) {
        if (rng.bounded(6) == 0) {
            auto undone = w.undoLastVote(*annotator);
            if (!undone) return fail(undone.error());
            if (*undone) say("undo " + QByteArray::number(**undone));
            continue;
        }
        NewVote v;
        v.pairId = pairs[rng.bounded(int(pairs.size()))];
        v.annotatorId = *annotator;
        v.leftIsA = rng.bounded(2) == 0;
        v.choice = choices[rng.bounded(5)];
        v.timeTakenMs = rng.bounded(20000);
        v.flagsA = rng.bounded(16);
        v.comment = QStringLiteral("vote %1 of run %2").arg(i).arg(args[4]);
        if (rng.bounded(4) == 0) {
            v.editedSide = Side::B;
            v.editedText = QStringLiteral("edited answer %1 ").repeated(1 + rng.bounded(50)).arg(i);
        }
        auto id = w.recordVote(v);
        if (!id) return fail(id.error());
        say("vote " + QByteArray::number(*id));
    }
    return 0;
}
