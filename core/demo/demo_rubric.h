// demo_rubric.h — the demo corpus's notion of an unhelpful answer, as a small
// reusable rubric: the demo model was fine-tuned (SFT) on a corpus in which one
// answer in five is one of a fixed set of curt or evasive replies
// (resources/demo/make_corpus.py: CURT, EVASIVE), and the seed preference
// pairs reject exactly such replies. An answer is curt or evasive when, after
// trimming and collapsing white space, it is one of those sentences.
//
// Used by tst_demo (how often base and tuned model answer that way) and by the
// screenshot tour's scripted reviewer (ui/screenshot_tour.cpp), which judges
// each blinded pair by judgeByDemoRubric. It is a rubric for the demo corpus
// only — not a judge of real answers, and no widget or model code is here.
#pragma once

#include <QString>

namespace ps::demo {

enum class DemoAnswerKind {
    Curt,     // a one-line brush-off ("Check the website.", "Hỏi sau nhé.")
    Evasive,  // says nothing concrete ("That depends on many factors. ...")
    Other,    // anything else: the corpus's helpful answers, or text the model made up
};

DemoAnswerKind classifyDemoAnswer(const QString& answer);
inline bool isCurtOrEvasive(const QString& answer) { return classifyDemoAnswer(answer) != DemoAnswerKind::Other; }

// The rubric applied to two answers to the same prompt: prefer the one that is
// not curt or evasive; no preference when both are (BothUnhelpful) or neither
// is (NoPreference).
enum class RubricVerdict { First, Second, BothUnhelpful, NoPreference };
RubricVerdict judgeByDemoRubric(const QString& first, const QString& second);

}  // namespace ps::demo
