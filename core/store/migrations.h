// migrations.h — the workspace schema as an ordered list of migration steps.
//
// The schema version lives in `PRAGMA user_version`. Step N (migrations/vNNN_*.cpp)
// takes a database at version N-1 to version N; a new workspace runs every
// step from 0. Each step runs in its own transaction (BEGIN IMMEDIATE, the
// version re-read inside it, statements, user_version = N, COMMIT), so a crash
// or an error leaves the file at the previous complete version, and two
// connections opening the same old file never migrate it twice.
//
// Adding a schema change = one more small step file appended to migrationSteps();
// released steps are never edited. Steps run with foreign_keys ON and inside a
// transaction, where the pragma cannot be changed: a step that must rebuild a
// table uses SQLite's 12-step ALTER procedure with checks kept valid throughout.
#pragma once

#include "util/result.h"

#include <QSqlDatabase>
#include <vector>

namespace ps::store {

struct MigrationStep {
    int version = 0;              // the version this step produces
    const char* summary = "";     // one line for logs and tests
    std::vector<const char*> statements;  // executed one by one
};

// PRAGMA application_id of a Prefstudio workspace ("PfSt"), set by step 1.
constexpr int kApplicationId = 0x50665374;

MigrationStep migrationV1();  // annotation: prompts, model versions, generations, pairs, annotators, votes, settings
MigrationStep migrationV2();  // training runs and their metrics
MigrationStep migrationV3();  // data quality: excluding annotators and pairs from training
MigrationStep migrationV4();  // evaluation: comparisons, blind sessions, safety filter and runs, run evaluations

const std::vector<MigrationStep>& migrationSteps();
int latestSchemaVersion();

Result<int> readSchemaVersion(QSqlDatabase& db);

// Applies `steps` (default: migrationSteps()) up to and including `targetVersion`
// (default: the newest). A database newer than the newest known step is an error
// ("created by a newer Prefstudio"), and so is a non-empty SQLite file that is
// not a Prefstudio workspace.
Status migrate(QSqlDatabase& db, int targetVersion = -1);
Status migrate(QSqlDatabase& db, const std::vector<MigrationStep>& steps, int targetVersion);

}  // namespace ps::store
