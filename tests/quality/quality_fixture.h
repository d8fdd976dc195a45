// quality_fixture.h — the small workspace the quality report and view tests
// share, built through the store API, with every vote chosen so that the
// report's figures can be worked out by hand (tst_quality_report.cpp does).
//
//   prompts  P1 "Where is my order?" (en, shipping)   P2 Vietnamese (vi, account)
//            P3/P4 one word apart (en, billing)        P5 = P1 with spaces (exact duplicate, no pair)
//   answers  every prompt: short "Yes, done." (10 chars, 2 words) and
//            long "Yes, it is done now, thanks!" (28 chars, 6 words); P2 also "Other answer."
//   pairs    p1..p4 = (short, long) of P1..P4; p5 = (long, short) of P1 (p1 swapped);
//            p6 = (short, other) of P2, excluded from training
//   votes    (choice, left side shows A?, seconds)
//            p1: ann B (L=A, 1)  bob B (L=B, 4)  cat A (L=A, 3)
//            p2: ann A (L=A, 2)  bob A (L=A, 4)  cat A (L=A, 3)  dan B (L=A, 0.5)
//            p3: ann tie (—, 3)  bob B (L=B, 4)  cat skip (—, 3)
//            p4: ann B (L=A, 4)  bob B (L=A, 4)  cat B (L=B, 3)  dan A (L=A, 0.5)
//            p5: ann A (L=A, 10) bob B (L=A, 4)
//            p6: ann A (L=A, 1)
//   dan is excluded from training ("too fast").
#pragma once

#include "store/store_fixtures.h"
#include "store/workspace.h"

#include <QString>
#include <map>

namespace quality_fixture {

using ps::store::Choice;
using ps::store::Id;

using fixtures::must;

struct Built {
    std::map<QString, Id> annotators;  // by name
    std::vector<Id> pairs;             // p1..p6
    std::vector<Id> prompts;           // P1..P5
};

inline Built build(ps::store::Workspace& ws) {
    Built b;
    auto prompt = [&](const QString& text, const char* lang, const char* cat) {
        ps::store::NewPrompt p;
        p.content.text = text;
        p.language = QString::fromLatin1(lang);
        p.category = QString::fromLatin1(cat);
        return must(ws.addPrompt(p));
    };
    b.prompts = {prompt(QStringLiteral("Where is my order?"), "en", "shipping"),
                 prompt(QStringLiteral("Làm sao để đổi mật khẩu?"), "vi", "account"),
                 prompt(QStringLiteral("How do I cancel my subscription to the premium plan?"), "en", "billing"),
                 prompt(QStringLiteral("How do I cancel my subscription to the premium tier?"), "en", "billing"),
                 prompt(QStringLiteral("  Where is my order?  "), "en", "shipping")};
    auto gen = [&](Id promptId, const QString& text) {
        ps::store::NewGeneration g;
        g.promptId = promptId;
        g.text = text;
        return must(ws.addGeneration(g));
    };
    std::vector<Id> shortGen, longGen;
    for (int i = 0; i < 4; ++i) {
        shortGen.push_back(gen(b.prompts[size_t(i)], QStringLiteral("Yes, done.")));
        longGen.push_back(gen(b.prompts[size_t(i)], QStringLiteral("Yes, it is done now, thanks!")));
    }
    const Id other = gen(b.prompts[1], QStringLiteral("Other answer."));
    for (int i = 0; i < 4; ++i) b.pairs.push_back(must(ws.createPair({b.prompts[size_t(i)], shortGen[size_t(i)], longGen[size_t(i)]})));
    b.pairs.push_back(must(ws.createPair({b.prompts[0], longGen[0], shortGen[0]})));
    b.pairs.push_back(must(ws.createPair({b.prompts[1], shortGen[1], other})));
    must(ws.setPairExcluded(b.pairs[5], true, QStringLiteral("off-topic answer")));

    for (const char* name : {"ann", "bob", "cat", "dan"}) b.annotators[QString::fromLatin1(name)] = must(ws.addAnnotator(QString::fromLatin1(name)));
    must(ws.setAnnotatorExcluded(b.annotators[QStringLiteral("dan")], true, QStringLiteral("too fast")));

    auto vote = [&](int pair, const char* who, Choice c, std::optional<bool> leftIsA, qint64 ms) {
        ps::store::NewVote v;
        v.pairId = b.pairs[size_t(pair - 1)];
        v.annotatorId = b.annotators[QString::fromLatin1(who)];
        v.choice = c;
        v.leftIsA = leftIsA;
        v.timeTakenMs = ms;
        must(ws.recordVote(v));
    };
    const std::optional<bool> leftA = true, leftB = false, none;
    vote(1, "ann", Choice::B, leftA, 1000);
    vote(1, "bob", Choice::B, leftB, 4000);
    vote(1, "cat", Choice::A, leftA, 3000);
    vote(2, "ann", Choice::A, leftA, 2000);
    vote(2, "bob", Choice::A, leftA, 4000);
    vote(2, "cat", Choice::A, leftA, 3000);
    vote(2, "dan", Choice::B, leftA, 500);
    vote(3, "ann", Choice::Tie, none, 3000);
    vote(3, "bob", Choice::B, leftB, 4000);
    vote(3, "cat", Choice::Skip, none, 3000);
    vote(4, "ann", Choice::B, leftA, 4000);
    vote(4, "bob", Choice::B, leftA, 4000);
    vote(4, "cat", Choice::B, leftB, 3000);
    vote(4, "dan", Choice::A, leftA, 500);
    vote(5, "ann", Choice::A, leftA, 10000);
    vote(5, "bob", Choice::B, leftA, 4000);
    vote(6, "ann", Choice::A, leftA, 1000);
    return b;
}

}  // namespace quality_fixture
