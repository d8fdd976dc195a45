// workspace.h — one Prefstudio workspace: a SQLite file holding prompts,
// model versions, generations, pairs, annotators, votes, training runs and
// their metrics (schema: store/migrations/).
//
// Each Workspace object owns its own uniquely named Qt Sql connection, so the
// GUI thread and a trainer thread each open a Workspace on the same file; a
// Workspace is used from the thread that opened it. Settings of every
// connection: WAL journal, foreign keys ON, a busy timeout (a writer waits for
// another connection's write transaction instead of failing at once), and
// synchronous=FULL — see workspace.cpp for why.
//
// Every write is a transaction of its own unless the caller opened one with
// begin() (then it nests as a savepoint): recordVote() returns only after the
// vote is durably committed. Errors come back as Result/Status with a clear
// message; nothing here throws.
//
// Not here: import/export of files (data/), statistics (data quality), widgets.
#pragma once

#include "store/types.h"
#include "util/result.h"

#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <vector>

class QLockFile;
class QSqlQuery;

namespace ps::store {

class Workspace {
public:
    struct OpenOptions {
        bool create = true;  // create a new workspace when the file does not exist
        // Hold "<file>.lock" while open, so that a second studio instance gets a
        // clear error instead of two programs annotating one file. A second
        // connection of the same instance (the trainer thread) passes false.
        bool instanceLock = true;
        int busyTimeoutMs = 5000;
    };

    static Result<std::unique_ptr<Workspace>> open(const QString& path, const OpenOptions& options);
    static Result<std::unique_ptr<Workspace>> open(const QString& path) { return open(path, OpenOptions{}); }
    ~Workspace();
    Workspace(const Workspace&) = delete;
    Workspace& operator=(const Workspace&) = delete;

    const QString& path() const { return path_; }
    static QString lockFilePath(const QString& workspacePath) { return workspacePath + QStringLiteral(".lock"); }
    // This connection, for read queries that have no API yet (and tests).
    QSqlDatabase& database() { return db_; }

    // An explicit transaction: everything done through this Workspace until
    // commit() lands together or not at all. Nested begin() calls are savepoints.
    // Destroying an uncommitted Transaction rolls it back; it must end before
    // its Workspace is destroyed.
    class Transaction {
    public:
        Transaction(Transaction&& o) noexcept : ws_(o.ws_), depth_(o.depth_) { o.ws_ = nullptr; }
        Transaction& operator=(Transaction&&) = delete;
        ~Transaction();
        Status commit();
        void rollback();

    private:
        friend class Workspace;
        Transaction(Workspace* ws, int depth) : ws_(ws), depth_(depth) {}
        Workspace* ws_;
        int depth_;
    };
    Result<Transaction> begin();

    // --- settings (key/value): guidelines text and other workspace options ---
    Result<QString> setting(const QString& key, const QString& defaultValue = {});
    Status setSetting(const QString& key, const QString& value);
    static QString guidelinesKey() { return QStringLiteral("guidelines"); }

    // --- prompts ---
    // The dedup key: SHA-256 of the NFC-normalized, trimmed text, or of the
    // compact JSON of the message list (with each content NFC-normalized).
    static QByteArray promptHash(const PromptContent& content);
    Result<std::vector<Id>> addPrompts(const std::vector<NewPrompt>& prompts);  // one transaction
    Result<Id> addPrompt(const NewPrompt& prompt);
    Result<Prompt> prompt(Id id);
    Result<std::optional<Id>> findPromptByHash(const QByteArray& hash);  // the oldest match
    Result<qint64> promptCount();

    // --- model versions ---
    Result<Id> addModelVersion(const NewModelVersion& v);
    Result<ModelVersion> modelVersion(Id id);
    Result<std::vector<ModelVersion>> modelVersions();

    // --- generations ---
    Result<Id> addGeneration(const NewGeneration& g);
    Result<std::vector<Id>> addGenerations(const std::vector<NewGeneration>& gs);  // one transaction
    Result<Generation> generation(Id id);

    // --- pairs ---
    Result<Id> createPair(const NewPair& p);
    Result<std::vector<Id>> createPairs(const std::vector<NewPair>& ps);  // one transaction
    Result<Pair> pair(Id id);
    Status setPairExcluded(Id pairId, bool excluded, const QString& reason = {});

    // --- annotators ---
    Result<Id> addAnnotator(const QString& name);
    Result<Id> annotatorId(const QString& name, bool createIfMissing);
    Result<Annotator> annotator(Id id);
    Result<std::vector<Annotator>> annotators();
    Status setAnnotatorExcluded(Id annotatorId, bool excluded, const QString& reason = {});

    // --- votes ---
    // Records and commits a vote; a previous active vote of the same annotator
    // on the same pair is superseded. Returns the new vote's id once committed.
    Result<Id> recordVote(const NewVote& v);
    // Undoes the annotator's most recent active vote (reactivating the vote it
    // superseded, if any). Returns the undone vote's id, or nothing when the
    // annotator has no active vote left.
    Result<std::optional<Id>> undoLastVote(Id annotatorId);
    Result<Vote> vote(Id id);
    Result<std::vector<Vote>> votesForPair(Id pairId, bool activeOnly = true);

    // --- annotation queue ---
    Result<std::vector<QueueItem>> queue(const QueueQuery& q);
    Result<std::optional<QueueItem>> nextPair(Id annotatorId);  // the first Todo pair
    Result<qint64> queueCount(QueueFilter filter, std::optional<Id> annotatorId = std::nullopt, bool includeExcluded = false);
    Result<Progress> progress(std::optional<Id> annotatorId = std::nullopt);

    // --- training data ---
    // Preference examples from the active votes, in pair order. Per pair the
    // plurality of the non-skip votes decides (a tie between the top counts
    // leaves the pair out); see PreferenceOptions for ties, both-bad, skips,
    // edits and exclusions.
    Result<std::vector<PreferenceExample>> preferencePairs(const PreferenceOptions& options = {});
    // The same examples streamed to `sink` one by one (bounded memory for
    // exports); an error from the sink stops the walk and is returned.
    Status forEachPreferencePair(const PreferenceOptions& options, const std::function<Status(const PreferenceExample&)>& sink);

    // --- training runs and metrics ---
    Result<Id> createRun(const NewRun& run);
    // started_at is set on the first move to Running, finished_at on Finished/Failed/Cancelled.
    Status setRunStatus(Id runId, RunStatus status, const QString& error = {});
    Status setRunCheckpoint(Id runId, const QString& checkpointPath);
    Status setRunOutput(Id runId, Id outputModelVersionId);
    Result<TrainingRun> run(Id runId);
    Result<std::vector<TrainingRun>> runs();
    // Writes metrics in one transaction; a repeated (split, name, step) replaces the value.
    Status addMetrics(Id runId, const std::vector<MetricPoint>& points);
    // Points of a run ordered by split, name, step; `name` empty = all names.
    Result<std::vector<MetricPoint>> metrics(Id runId, std::optional<Split> split = std::nullopt, const QString& name = {});

private:
    Workspace() = default;
    Status configureConnection(int busyTimeoutMs);
    // A prepared statement kept for the life of the connection, keyed by the
    // literal's address (one per call site).
    Result<QSqlQuery*> prepared(const char* statement);
    // Runs `body` between begin() and commit(): a transaction of its own, or a
    // savepoint when the caller already opened one. `what` labels errors.
    Status inTransaction(const QString& what, const std::function<Status()>& body);
    Result<Transaction> beginLabeled(const QString& what);
    Status finishTransaction(int depth, bool commit);

    Result<Id> insertPrompt(const NewPrompt& p, qint64 now);
    Result<Id> insertGeneration(const NewGeneration& g, qint64 now);
    Result<Id> insertPair(const NewPair& p, qint64 now);

    QString path_;
    QString connectionName_;
    QSqlDatabase db_;
    std::unique_ptr<QLockFile> lock_;
    std::map<const char*, std::unique_ptr<QSqlQuery>> statements_;
    int txDepth_ = 0;
};

}  // namespace ps::store
