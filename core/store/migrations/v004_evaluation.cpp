// Schema step 4: evaluation and safety — before/after comparisons, blind
// evaluation sessions with their recorded side assignment and judgments, the
// workspace's safety filter, safety runs with per-answer results, and
// evaluation results attached to training runs (continuous evaluation).
//
// Answers of comparisons and sessions are ordinary `generations` rows (text,
// seed, sampling, token count and latency already live there), so a blind
// session can reuse the answers of a before/after comparison. Safety answers
// answer suite prompts that are not workspace prompts, so they keep their text.
#include "store/migrations.h"

namespace ps::store {

MigrationStep migrationV4() {
    return {4, "evaluation: comparisons, blind sessions, safety filter and runs, run evaluations", {
        // A before/after comparison: the same prompts, seeds and sampling
        // through model A (usually the base) and model B (usually the tuned one).
        "CREATE TABLE eval_comparisons ("
        "  id INTEGER PRIMARY KEY,"
        "  name TEXT NOT NULL DEFAULT '',"
        "  model_a_id INTEGER NOT NULL REFERENCES model_versions(id),"
        "  model_b_id INTEGER NOT NULL REFERENCES model_versions(id),"
        "  sampling_json TEXT NOT NULL DEFAULT '{}',"
        "  seed INTEGER NOT NULL DEFAULT 0,"
        "  training_run_id INTEGER REFERENCES training_runs(id) ON DELETE SET NULL,"
        "  created_at INTEGER NOT NULL"
        ")",
        "CREATE INDEX eval_comparisons_by_run ON eval_comparisons(training_run_id)",
        "CREATE INDEX eval_comparisons_by_model_a ON eval_comparisons(model_a_id)",
        "CREATE INDEX eval_comparisons_by_model_b ON eval_comparisons(model_b_id)",
        "CREATE TABLE eval_comparison_items ("
        "  comparison_id INTEGER NOT NULL REFERENCES eval_comparisons(id) ON DELETE CASCADE,"
        "  position INTEGER NOT NULL,"
        "  prompt_id INTEGER NOT NULL REFERENCES prompts(id) ON DELETE CASCADE,"
        "  seed INTEGER NOT NULL,"
        "  generation_a INTEGER NOT NULL REFERENCES generations(id) ON DELETE CASCADE,"
        "  generation_b INTEGER NOT NULL REFERENCES generations(id) ON DELETE CASCADE,"
        "  PRIMARY KEY (comparison_id, position)"
        ") WITHOUT ROWID",
        "CREATE INDEX eval_comparison_items_by_prompt ON eval_comparison_items(prompt_id)",
        "CREATE INDEX eval_comparison_items_by_a ON eval_comparison_items(generation_a)",
        "CREATE INDEX eval_comparison_items_by_b ON eval_comparison_items(generation_b)",

        // A blind evaluation session over two or more model versions.
        "CREATE TABLE eval_sessions ("
        "  id INTEGER PRIMARY KEY,"
        "  name TEXT NOT NULL DEFAULT '',"
        "  status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),"
        "  answers_per_prompt INTEGER NOT NULL DEFAULT 1 CHECK (answers_per_prompt >= 1),"
        "  seed INTEGER NOT NULL DEFAULT 0,"
        "  created_at INTEGER NOT NULL"
        ")",
        "CREATE TABLE eval_session_models ("
        "  session_id INTEGER NOT NULL REFERENCES eval_sessions(id) ON DELETE CASCADE,"
        "  model_version_id INTEGER NOT NULL REFERENCES model_versions(id),"
        "  PRIMARY KEY (session_id, model_version_id)"
        ") WITHOUT ROWID",
        "CREATE INDEX eval_session_models_by_model ON eval_session_models(model_version_id)",
        "CREATE TABLE eval_session_reviewers ("
        "  session_id INTEGER NOT NULL REFERENCES eval_sessions(id) ON DELETE CASCADE,"
        "  annotator_id INTEGER NOT NULL REFERENCES annotators(id),"
        "  PRIMARY KEY (session_id, annotator_id)"
        ") WITHOUT ROWID",
        "CREATE INDEX eval_session_reviewers_by_annotator ON eval_session_reviewers(annotator_id)",
        // One blind pair. left_is_a is the randomized side assignment, drawn
        // when the session was created and shown to every reviewer.
        "CREATE TABLE eval_items ("
        "  id INTEGER PRIMARY KEY,"
        "  session_id INTEGER NOT NULL REFERENCES eval_sessions(id) ON DELETE CASCADE,"
        "  position INTEGER NOT NULL,"
        "  prompt_id INTEGER NOT NULL REFERENCES prompts(id) ON DELETE CASCADE,"
        "  generation_a INTEGER NOT NULL REFERENCES generations(id) ON DELETE CASCADE,"
        "  generation_b INTEGER NOT NULL REFERENCES generations(id) ON DELETE CASCADE,"
        "  left_is_a INTEGER NOT NULL CHECK (left_is_a IN (0, 1)),"
        "  CHECK (generation_a <> generation_b),"
        "  UNIQUE (session_id, position)"
        ")",
        "CREATE INDEX eval_items_by_prompt ON eval_items(prompt_id)",
        "CREATE INDEX eval_items_by_a ON eval_items(generation_a)",
        "CREATE INDEX eval_items_by_b ON eval_items(generation_b)",
        // A reviewer's judgment, in terms of generations A/B (not screen
        // sides); left_is_a repeats what this reviewer saw. Judging an item
        // again replaces the judgment.
        "CREATE TABLE eval_judgments ("
        "  id INTEGER PRIMARY KEY,"
        "  item_id INTEGER NOT NULL REFERENCES eval_items(id) ON DELETE CASCADE,"
        "  reviewer_id INTEGER NOT NULL REFERENCES annotators(id),"
        "  choice TEXT NOT NULL CHECK (choice IN ('a', 'b', 'tie', 'both_bad')),"
        "  left_is_a INTEGER NOT NULL CHECK (left_is_a IN (0, 1)),"
        "  time_taken_ms INTEGER CHECK (time_taken_ms >= 0),"
        "  comment TEXT NOT NULL DEFAULT '',"
        "  created_at INTEGER NOT NULL,"
        "  UNIQUE (item_id, reviewer_id)"
        ")",
        "CREATE INDEX eval_judgments_by_reviewer ON eval_judgments(reviewer_id)",

        // The workspace's safety filter: per-category patterns of unsafe
        // compliance and refusal patterns (category 'refusal'). No rows: the
        // bundled default filter applies.
        "CREATE TABLE safety_patterns ("
        "  id INTEGER PRIMARY KEY,"
        "  category TEXT NOT NULL CHECK (category <> ''),"
        "  pattern TEXT NOT NULL CHECK (pattern <> ''),"
        "  position INTEGER NOT NULL DEFAULT 0,"
        "  UNIQUE (category, pattern)"
        ")",
        "CREATE TABLE safety_runs ("
        "  id INTEGER PRIMARY KEY,"
        "  model_version_id INTEGER NOT NULL REFERENCES model_versions(id),"
        "  suite TEXT NOT NULL DEFAULT '',"
        "  filter_json TEXT NOT NULL DEFAULT '{}',"
        "  sampling_json TEXT NOT NULL DEFAULT '{}',"
        "  seed INTEGER NOT NULL DEFAULT 0,"
        "  training_run_id INTEGER REFERENCES training_runs(id) ON DELETE SET NULL,"
        "  created_at INTEGER NOT NULL"
        ")",
        "CREATE INDEX safety_runs_by_model ON safety_runs(model_version_id)",
        "CREATE INDEX safety_runs_by_run ON safety_runs(training_run_id)",
        "CREATE TABLE safety_results ("
        "  safety_run_id INTEGER NOT NULL REFERENCES safety_runs(id) ON DELETE CASCADE,"
        "  prompt_key TEXT NOT NULL,"
        "  category TEXT NOT NULL,"
        "  language TEXT NOT NULL DEFAULT '',"
        "  prompt TEXT NOT NULL,"
        "  answer TEXT NOT NULL,"
        "  hits_json TEXT NOT NULL DEFAULT '[]',"
        "  refused INTEGER NOT NULL CHECK (refused IN (0, 1)),"
        "  unsafe INTEGER NOT NULL CHECK (unsafe IN (0, 1)),"
        "  time_ms INTEGER CHECK (time_ms >= 0),"
        "  PRIMARY KEY (safety_run_id, prompt_key)"
        ")",  // a rowid table: results read back in suite order

        // Evaluation results attached to a training run, so runs compare as
        // controlled experiments: held-out reward accuracy, KL to base, win
        // rate, unsafe and over-refusal rates (metrics_json), with the
        // comparison or safety run they came from.
        "CREATE TABLE run_evaluations ("
        "  id INTEGER PRIMARY KEY,"
        "  training_run_id INTEGER NOT NULL REFERENCES training_runs(id) ON DELETE CASCADE,"
        "  kind TEXT NOT NULL CHECK (kind IN ('heldout', 'comparison', 'safety', 'session')),"
        "  comparison_id INTEGER REFERENCES eval_comparisons(id) ON DELETE SET NULL,"
        "  safety_run_id INTEGER REFERENCES safety_runs(id) ON DELETE SET NULL,"
        "  session_id INTEGER REFERENCES eval_sessions(id) ON DELETE SET NULL,"
        "  metrics_json TEXT NOT NULL DEFAULT '{}',"
        "  created_at INTEGER NOT NULL"
        ")",
        "CREATE INDEX run_evaluations_by_run ON run_evaluations(training_run_id)",
        "CREATE INDEX run_evaluations_by_comparison ON run_evaluations(comparison_id)",
        "CREATE INDEX run_evaluations_by_safety_run ON run_evaluations(safety_run_id)",
        "CREATE INDEX run_evaluations_by_session ON run_evaluations(session_id)",
    }};
}

}  // namespace ps::store
