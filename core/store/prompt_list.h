// prompt_list.h — prompts as the Prompts view and the candidate job see them:
// filtered, keyset-paged rows with how many candidates, pairs and active votes
// each prompt has. Reads only; every query is indexed per prompt
// (generations_by_prompt, pairs_by_prompt, votes_by_pair), so a page of a
// 10k-prompt workspace costs milliseconds. Not here: writing prompts
// (workspace.h), importing files (data/).
#pragma once

#include "store/workspace.h"

#include <QStringList>

namespace ps::store {

struct PromptFilter {
    QString text;      // substring of the text or of the messages (case-insensitive for ASCII)
    QString language;  // exact; empty: any
    QString category;  // exact; empty: any
    bool unpairedOnly = false;  // prompts that have no pair yet
};

struct PromptRow {
    Id id = 0;
    QString preview;  // the text (or "role: content" of each message), at most ~300 characters
    bool chat = false;
    QString language;
    QString category;
    QString source;
    qint64 generations = 0;
    qint64 pairs = 0;
    qint64 votes = 0;  // active votes on the prompt's pairs
};

// Rows with id > afterId in id order, at most `limit`.
Result<std::vector<PromptRow>> listPrompts(Workspace& ws, const PromptFilter& filter, Id afterId, int limit);
// One row (after a change to its prompt), or nothing when the prompt is gone.
Result<std::optional<PromptRow>> promptRow(Workspace& ws, Id id);
Result<qint64> countPrompts(Workspace& ws, const PromptFilter& filter);
// Ids of the matching prompts in id order (at most `limit`; 0: all).
Result<std::vector<Id>> promptIds(Workspace& ws, const PromptFilter& filter, qint64 limit = 0);
// The distinct non-empty languages / categories, sorted.
Result<QStringList> promptLanguages(Workspace& ws);
Result<QStringList> promptCategories(Workspace& ws);

}  // namespace ps::store
