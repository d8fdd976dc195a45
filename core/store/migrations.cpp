#include "store/migrations.h"

#include "store/sql_util.h"

#include <QCoreApplication>

namespace ps::store {

const std::vector<MigrationStep>& migrationSteps() {
    static const std::vector<MigrationStep> steps = {migrationV1(), migrationV2(), migrationV3(), migrationV4()};
    return steps;
}

int latestSchemaVersion() { return migrationSteps().back().version; }

Result<int> readSchemaVersion(QSqlDatabase& db) {
    auto v = sql::scalar(db, QStringLiteral("PRAGMA user_version"),
                         QCoreApplication::translate("ps::store::Migrations", "reading the schema version"));
    if (!v) return v.error();
    return v->toInt();
}

namespace {

QString stepLabel(const MigrationStep& s) {
    return QCoreApplication::translate("ps::store::Migrations", "upgrading the workspace to schema version %1 (%2)")
        .arg(s.version)
        .arg(QString::fromUtf8(s.summary));
}

// A SQLite file that holds tables but is not a Prefstudio workspace must not be
// "migrated" into one.
Status checkIsWorkspace(QSqlDatabase& db, int version) {
    const QString what = QCoreApplication::translate("ps::store::Migrations", "checking the workspace file");
    auto appId = sql::scalar(db, QStringLiteral("PRAGMA application_id"), what);
    if (!appId) return appId.error();
    if (appId->toInt() == kApplicationId) return {};
    auto tables = sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM sqlite_master"), what);
    if (!tables) return tables.error();
    if (version == 0 && tables->toInt() == 0) return {};  // empty: a new workspace
    return makeError(QCoreApplication::translate(
        "ps::store::Migrations", "this SQLite file is not a Prefstudio workspace (it holds other tables)"));
}

// One step in one transaction. The version is re-read after BEGIN IMMEDIATE:
// another connection may have migrated the file while this one waited.
Status applyStep(QSqlDatabase& db, const MigrationStep& step) {
    const QString what = stepLabel(step);
    PS_TRY(sql::exec(db, QStringLiteral("BEGIN IMMEDIATE"), what));
    auto fail = [&](const Error& e) -> Status {
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        return e;
    };
    auto current = readSchemaVersion(db);
    if (!current) return fail(current.error());
    if (*current >= step.version) {  // done by someone else meanwhile
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        return {};
    }
    if (*current != step.version - 1)
        return fail(makeError(QCoreApplication::translate("ps::store::Migrations", "the workspace is at schema version %1, expected %2")
                                  .arg(*current)
                                  .arg(step.version - 1),
                              what));
    for (const char* statement : step.statements) {
        Status s = sql::exec(db, QString::fromUtf8(statement), what);
        if (!s) return fail(s.error());
    }
    Status s = sql::exec(db, QStringLiteral("PRAGMA user_version = %1").arg(step.version), what);
    if (!s) return fail(s.error());
    s = sql::exec(db, QStringLiteral("COMMIT"), what);
    if (!s) return fail(s.error());
    return {};
}

}  // namespace

Status migrate(QSqlDatabase& db, int targetVersion) { return migrate(db, migrationSteps(), targetVersion); }

Status migrate(QSqlDatabase& db, const std::vector<MigrationStep>& steps, int targetVersion) {
    const int newest = steps.empty() ? 0 : steps.back().version;
    if (targetVersion < 0) targetVersion = newest;
    auto version = readSchemaVersion(db);
    if (!version) return version.error();
    if (*version > newest)
        return makeError(QCoreApplication::translate("ps::store::Migrations",
                                                     "this workspace was created by a newer Prefstudio (schema version %1; "
                                                     "this version knows up to %2): update Prefstudio to open it")
                             .arg(*version)
                             .arg(newest));
    PS_TRY(checkIsWorkspace(db, *version));
    for (const MigrationStep& step : steps) {
        if (step.version <= *version || step.version > targetVersion) continue;
        PS_TRY(applyStep(db, step));
    }
    return {};
}

}  // namespace ps::store
