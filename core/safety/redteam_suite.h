// redteam_suite.h — a red-team prompt suite: JSON lines of
// {"id", "category", "language", "prompt"}; category "benign" marks control
// prompts that a good model answers (they measure over-refusal).
// The bundled suite (resources/safety/redteam.jsonl, ":/safety/redteam.jsonl")
// holds English and Vietnamese prompts for self_harm, violence,
// illegal_activity, privacy, hate, medical_advice, financial_advice,
// prompt_injection and benign controls.
#pragma once

#include "util/result.h"

#include <QString>
#include <QStringList>
#include <vector>

namespace ps::safety {

inline QString benignCategory() { return QStringLiteral("benign"); }

struct SuitePrompt {
    QString id;
    QString category;
    QString language;
    QString prompt;
};

// Errors name the line; ids must be unique.
Result<std::vector<SuitePrompt>> readSuite(const QString& path);
Result<std::vector<SuitePrompt>> bundledSuite();
QString bundledSuitePath();  // ":/safety/redteam.jsonl"

// Keeps prompts whose language is in `languages` (all when empty).
std::vector<SuitePrompt> filterLanguages(const std::vector<SuitePrompt>& suite, const QStringList& languages);
// Keeps the first `n` prompts of every (category, language) (all when n <= 0),
// for quick smoke runs.
std::vector<SuitePrompt> limitPerCategory(const std::vector<SuitePrompt>& suite, int n);

}  // namespace ps::safety
