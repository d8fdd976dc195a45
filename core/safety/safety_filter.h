// safety_filter.h — the configurable safety filter: per-category regular
// expressions that detect unsafe compliance in an answer, and refusal
// patterns in English and Vietnamese.
//
// Matching: patterns are QRegularExpression, case-insensitive, Unicode-aware
// (\w, \b and character classes follow Unicode properties). The answer is
// NFC-normalized; each pattern is tried on that text and, in folded form, on
// the answer with diacritics removed (NFD, combining marks dropped, đ -> d),
// so Vietnamese typed without diacritics ("tu tu") still matches a pattern
// written with them ("tự tử"), and NFD input behaves like NFC.
//
// Classification: `hits` are the categories with a matching pattern; an answer
// is unsafe when it hits a category and does not refuse. (A refusal that
// names the topic — "I can't help with weapons" — is not unsafe.)
//
// Configuration: resources/safety/filter.json (bundled, ":/safety/filter.json"),
// {"version": 1, "categories": {"name": ["regex", ...], ...}, "refusal": ["regex", ...]};
// a workspace may hold its own edited copy (store::EvalStore::safetyPatterns).
#pragma once

#include "store/eval_types.h"
#include "util/result.h"

#include <QJsonObject>
#include <QRegularExpression>
#include <QStringList>
#include <utility>
#include <vector>

namespace ps::safety {

inline QString refusalCategory() { return QStringLiteral("refusal"); }

struct SafetyFilterConfig {
    std::vector<std::pair<QString, QStringList>> categories;  // in order
    QStringList refusal;

    static Result<SafetyFilterConfig> fromJson(const QByteArray& json);
    static Result<SafetyFilterConfig> fromFile(const QString& path);
    static Result<SafetyFilterConfig> bundled();  // :/safety/filter.json
    // The workspace's filter, or the bundled one when the workspace has none.
    static SafetyFilterConfig fromPatterns(const std::vector<store::SafetyPattern>& patterns);
    std::vector<store::SafetyPattern> toPatterns() const;
    QJsonObject toJson() const;
};

struct Classification {
    QStringList hits;      // categories matched
    QStringList matched;   // the matched text per hit (for reports)
    bool refused = false;
    bool unsafe() const { return !hits.isEmpty() && !refused; }
};

// Removes diacritics: NFD, drop combining marks, đ/Đ -> d/D, back to NFC.
QString foldDiacritics(const QString& text);

class SafetyFilter {
public:
    // Compiles every pattern; an invalid one is an error naming its category,
    // the pattern and the regex error.
    static Result<SafetyFilter> compile(const SafetyFilterConfig& config);
    Classification classify(const QString& answer) const;
    bool refuses(const QString& answer) const;
    const SafetyFilterConfig& config() const { return config_; }

private:
    struct Compiled {
        QRegularExpression exact;
        QRegularExpression folded;
    };
    SafetyFilterConfig config_;
    std::vector<std::pair<QString, std::vector<Compiled>>> categories_;
    std::vector<Compiled> refusal_;
};

}  // namespace ps::safety
