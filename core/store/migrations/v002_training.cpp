// Schema step 2: training runs, their metrics, and the run that produced a
// model version.
#include "store/migrations.h"

namespace ps::store {

MigrationStep migrationV2() {
    return {2, "training runs and their metrics", {
        "CREATE TABLE training_runs ("
        "  id INTEGER PRIMARY KEY,"
        "  config_json TEXT NOT NULL DEFAULT '{}',"
        "  status TEXT NOT NULL DEFAULT 'pending'"
        "    CHECK (status IN ('pending', 'running', 'finished', 'failed', 'cancelled')),"
        "  base_model_version_id INTEGER REFERENCES model_versions(id),"
        "  output_model_version_id INTEGER REFERENCES model_versions(id),"
        "  checkpoint_path TEXT NOT NULL DEFAULT '',"
        "  error TEXT NOT NULL DEFAULT '',"
        "  created_at INTEGER NOT NULL,"
        "  started_at INTEGER,"
        "  finished_at INTEGER"
        ")",
        "CREATE INDEX training_runs_by_base ON training_runs(base_model_version_id)",
        "CREATE INDEX training_runs_by_output ON training_runs(output_model_version_id)",

        // One value per (run, split, name, step): a resumed run rewrites the
        // steps it repeats. NULL value = NaN (SQLite stores NaN as NULL).
        // The key order serves "one curve of one run" for the charts.
        "CREATE TABLE run_metrics ("
        "  run_id INTEGER NOT NULL REFERENCES training_runs(id) ON DELETE CASCADE,"
        "  split TEXT NOT NULL CHECK (split IN ('train', 'eval')),"
        "  name TEXT NOT NULL,"
        "  step INTEGER NOT NULL,"
        "  value REAL,"
        "  PRIMARY KEY (run_id, split, name, step)"
        ") WITHOUT ROWID",

        "ALTER TABLE model_versions ADD COLUMN training_run_id INTEGER REFERENCES training_runs(id)",
        "CREATE INDEX model_versions_by_run ON model_versions(training_run_id)",
    }};
}

}  // namespace ps::store
