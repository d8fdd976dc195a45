#include "store/sql_util.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>

namespace ps::store::sql {

namespace {
int primaryCode(const QSqlError& e) {
    bool ok = false;
    const int code = e.nativeErrorCode().toInt(&ok);
    return ok ? (code & 0xff) : -1;
}
}  // namespace

bool isBusy(const QSqlError& e) {
    const int c = primaryCode(e);
    return c == 5 /* SQLITE_BUSY */ || c == 6 /* SQLITE_LOCKED */;
}

bool isConstraint(const QSqlError& e) { return primaryCode(e) == 19; /* SQLITE_CONSTRAINT */ }

bool isNotADatabase(const QSqlError& e) { return primaryCode(e) == 26; /* SQLITE_NOTADB */ }

void bind(QSqlQuery& q, std::initializer_list<QVariant> values) {
    int i = 0;
    for (const QVariant& v : values) q.bindValue(i++, v);
}

PromptContent promptContent(const QVariant& text, const QVariant& messagesJson) {
    PromptContent c;
    if (!messagesJson.isNull())
        c.messages = QJsonDocument::fromJson(messagesJson.toString().toUtf8()).array();
    else
        c.text = text.toString();
    return c;
}

QVariant messagesJson(const PromptContent& c) {
    if (!c.isChat()) return QVariant();
    return QString::fromUtf8(QJsonDocument(c.messages).toJson(QJsonDocument::Compact));
}

qint64 nowMs() { return QDateTime::currentMSecsSinceEpoch(); }

Error error(const QSqlError& e, const QString& what) {
    if (isBusy(e))
        return makeError(QCoreApplication::translate("ps::store::Workspace",
                                                     "%1: the workspace database is busy (another connection, such as a "
                                                     "running training or a second program, kept it locked longer than the "
                                                     "busy timeout); nothing was changed, try again")
                             .arg(what));
    // Disk faults get a plain explanation: SQLite rolls the transaction back,
    // so the message can promise that nothing was half-written.
    switch (primaryCode(e)) {
    case 13:  // SQLITE_FULL
        return makeError(QCoreApplication::translate("ps::store::Workspace",
                                                     "%1: the disk is full; nothing was changed. Free some space and try again")
                             .arg(what));
    case 10:  // SQLITE_IOERR: EFBIG (file size limit), a failing disk, a vanished network share
        return makeError(QCoreApplication::translate("ps::store::Workspace",
                                                     "%1: the workspace file could not be written or read (disk full, file size "
                                                     "limit or a disk error: %2); the last committed state is kept")
                             .arg(what, e.databaseText().trimmed()));
    case 8:  // SQLITE_READONLY
        return makeError(QCoreApplication::translate("ps::store::Workspace",
                                                     "%1: the workspace is read-only (file permissions or a read-only disk); nothing was changed")
                             .arg(what));
    case 11:  // SQLITE_CORRUPT
        return makeError(QCoreApplication::translate("ps::store::Workspace",
                                                     "%1: the workspace file is damaged (%2); make a copy before trying to repair it")
                             .arg(what, e.databaseText().trimmed()));
    default: break;
    }
    QString detail = e.databaseText().trimmed();
    if (detail.isEmpty()) detail = e.text().trimmed();
    return makeError(QStringLiteral("%1: %2").arg(what, detail));
}

Status exec(QSqlDatabase& db, const QString& statement, const QString& what) {
    QSqlQuery q(db);
    if (!q.exec(statement)) return error(q.lastError(), what);
    return {};
}

Status exec(QSqlQuery& q, const QString& what) {
    if (!q.exec()) return error(q.lastError(), what);
    return {};
}

Result<QVariant> scalar(QSqlDatabase& db, const QString& statement, const QString& what) {
    QSqlQuery q(db);
    if (!q.exec(statement)) return error(q.lastError(), what);
    if (!q.next()) return makeError(QStringLiteral("%1: no result").arg(what));
    return q.value(0);
}

}  // namespace ps::store::sql
