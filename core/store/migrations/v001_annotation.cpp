// Schema step 1: everything annotation needs — settings, prompts, model
// versions, generations, pairs, annotators and votes.
//
// Sized for 100k pairs / 10k prompts: every foreign key column is indexed (for
// joins and ON DELETE), the annotation queue probes votes through the partial
// unique index on active votes, and undo/throughput walk votes by annotator.
#include "store/migrations.h"

namespace ps::store {

MigrationStep migrationV1() {
    return {1, "annotation: prompts, model versions, generations, pairs, annotators, votes, settings", {
        "PRAGMA application_id = 1348883316",  // kApplicationId, "PfSt"

        "CREATE TABLE settings ("
        "  key TEXT NOT NULL PRIMARY KEY,"
        "  value TEXT NOT NULL"
        ") WITHOUT ROWID",

        // A prompt is plain text or a chat message list (JSON), never both.
        "CREATE TABLE prompts ("
        "  id INTEGER PRIMARY KEY,"
        "  text TEXT,"
        "  messages_json TEXT,"
        "  language TEXT NOT NULL DEFAULT '',"
        "  category TEXT NOT NULL DEFAULT '',"
        "  source TEXT NOT NULL DEFAULT '',"
        "  dedup_hash BLOB NOT NULL,"
        "  created_at INTEGER NOT NULL,"
        "  CHECK ((text IS NULL) <> (messages_json IS NULL))"
        ")",
        "CREATE INDEX prompts_by_hash ON prompts(dedup_hash)",
        "CREATE INDEX prompts_by_category ON prompts(category, language)",
        "CREATE INDEX prompts_by_language ON prompts(language)",

        "CREATE TABLE model_versions ("
        "  id INTEGER PRIMARY KEY,"
        "  name TEXT NOT NULL UNIQUE,"
        "  path TEXT NOT NULL DEFAULT '',"
        "  parent_id INTEGER REFERENCES model_versions(id),"
        "  created_at INTEGER NOT NULL"
        ")",
        "CREATE INDEX model_versions_by_parent ON model_versions(parent_id)",

        // model_version_id is NULL for imported text.
        "CREATE TABLE generations ("
        "  id INTEGER PRIMARY KEY,"
        "  prompt_id INTEGER NOT NULL REFERENCES prompts(id) ON DELETE CASCADE,"
        "  model_version_id INTEGER REFERENCES model_versions(id),"
        "  sampling_json TEXT NOT NULL DEFAULT '{}',"
        "  seed INTEGER,"
        "  text TEXT NOT NULL,"
        "  token_count INTEGER CHECK (token_count >= 0),"
        "  time_ms INTEGER CHECK (time_ms >= 0),"
        "  source TEXT NOT NULL DEFAULT '',"
        "  created_at INTEGER NOT NULL"
        ")",
        "CREATE INDEX generations_by_prompt ON generations(prompt_id)",
        "CREATE INDEX generations_by_model ON generations(model_version_id)",

        // The UNIQUE constraint's index also serves lookups by generation_a.
        "CREATE TABLE pairs ("
        "  id INTEGER PRIMARY KEY,"
        "  prompt_id INTEGER NOT NULL REFERENCES prompts(id) ON DELETE CASCADE,"
        "  generation_a INTEGER NOT NULL REFERENCES generations(id) ON DELETE CASCADE,"
        "  generation_b INTEGER NOT NULL REFERENCES generations(id) ON DELETE CASCADE,"
        "  created_at INTEGER NOT NULL,"
        "  CHECK (generation_a <> generation_b),"
        "  UNIQUE (generation_a, generation_b)"
        ")",
        "CREATE INDEX pairs_by_prompt ON pairs(prompt_id)",
        "CREATE INDEX pairs_by_generation_b ON pairs(generation_b)",
        "CREATE TRIGGER pairs_same_prompt BEFORE INSERT ON pairs "
        "WHEN (SELECT prompt_id FROM generations WHERE id = NEW.generation_a) IS NOT NEW.prompt_id "
        "  OR (SELECT prompt_id FROM generations WHERE id = NEW.generation_b) IS NOT NEW.prompt_id "
        "BEGIN SELECT RAISE(ABORT, 'both generations of a pair must answer the pair''s prompt'); END",

        "CREATE TABLE annotators ("
        "  id INTEGER PRIMARY KEY,"
        "  name TEXT NOT NULL UNIQUE,"
        "  created_at INTEGER NOT NULL"
        ")",

        // A vote is active while undone_at and superseded_at are both NULL; a
        // re-vote of the same annotator on the same pair supersedes the old one
        // (supersedes_id points back), and undoing it reactivates the old one.
        "CREATE TABLE votes ("
        "  id INTEGER PRIMARY KEY,"
        "  pair_id INTEGER NOT NULL REFERENCES pairs(id) ON DELETE CASCADE,"
        "  annotator_id INTEGER NOT NULL REFERENCES annotators(id),"
        "  left_is_a INTEGER CHECK (left_is_a IN (0, 1)),"
        "  choice TEXT NOT NULL CHECK (choice IN ('a', 'b', 'tie', 'both_bad', 'skip')),"
        "  time_taken_ms INTEGER CHECK (time_taken_ms >= 0),"
        "  comment TEXT NOT NULL DEFAULT '',"
        "  flags_a INTEGER NOT NULL DEFAULT 0 CHECK (flags_a >= 0),"
        "  flags_b INTEGER NOT NULL DEFAULT 0 CHECK (flags_b >= 0),"
        "  edited_side TEXT CHECK (edited_side IN ('a', 'b')),"
        "  edited_text TEXT,"
        "  created_at INTEGER NOT NULL,"
        "  undone_at INTEGER,"
        "  superseded_at INTEGER,"
        "  supersedes_id INTEGER REFERENCES votes(id),"
        "  CHECK ((edited_side IS NULL) = (edited_text IS NULL))"
        ")",
        "CREATE INDEX votes_by_pair ON votes(pair_id)",
        "CREATE UNIQUE INDEX votes_active ON votes(pair_id, annotator_id) "
        "  WHERE undone_at IS NULL AND superseded_at IS NULL",
        "CREATE INDEX votes_by_annotator ON votes(annotator_id, id)",
        "CREATE INDEX votes_by_supersedes ON votes(supersedes_id) WHERE supersedes_id IS NOT NULL",
    }};
}

}  // namespace ps::store
