// sql_util.h — private helpers of core/store: running statements on a Qt Sql
// connection and turning QSqlError into a ps::Error whose message says what
// the store was doing ("recording a vote: ...") and, for SQLITE_BUSY, that
// another connection kept the workspace locked. Not installed for other layers.
#pragma once

#include "store/types.h"
#include "util/result.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <initializer_list>
#include <optional>

namespace ps::store::sql {

// SQLITE_BUSY or SQLITE_LOCKED (primary or extended code).
bool isBusy(const QSqlError& e);
// SQLITE_CONSTRAINT (a CHECK, UNIQUE, FOREIGN KEY or trigger refused the row).
bool isConstraint(const QSqlError& e);

// SQLITE_NOTADB: the file is not an SQLite database.
bool isNotADatabase(const QSqlError& e);

// `what` is the operation ("recording a vote"); the message carries the driver's text.
Error error(const QSqlError& e, const QString& what);

Status exec(QSqlDatabase& db, const QString& statement, const QString& what);
Status exec(QSqlQuery& q, const QString& what);  // q was prepared and bound

// The single value of a one-row, one-column query.
Result<QVariant> scalar(QSqlDatabase& db, const QString& statement, const QString& what);

// Binds values to the positional placeholders of a prepared query, in order.
void bind(QSqlQuery& q, std::initializer_list<QVariant> values);

// Resets a SELECT when leaving scope, so that no statement stays pending.
struct FinishGuard {
    QSqlQuery& q;
    ~FinishGuard() { q.finish(); }
};

// prompts.text / prompts.messages_json <-> PromptContent.
PromptContent promptContent(const QVariant& text, const QVariant& messagesJson);
QVariant messagesJson(const PromptContent& c);  // NULL for a text prompt

qint64 nowMs();

// Text for a NOT NULL column: Qt binds a null QString as SQL NULL, so a
// default-constructed QString becomes ''.
inline QVariant text(const QString& s) { return s.isNull() ? QVariant(QStringLiteral("")) : QVariant(s); }

template <typename T>
QVariant nullable(const std::optional<T>& v) {
    return v ? QVariant::fromValue(*v) : QVariant();
}
inline std::optional<qint64> optInt(const QVariant& v) {
    if (v.isNull()) return std::nullopt;
    return v.toLongLong();
}

}  // namespace ps::store::sql
