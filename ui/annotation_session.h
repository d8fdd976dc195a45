// annotation_session.h — the view-model of the Annotate tab: which pair is
// shown, on which side each answer is, what the annotator has picked, flagged,
// commented or edited so far, and committing that as a vote.
//
// The queue is read with keyset paging (Workspace::queue, 50 pairs a page)
// into a bounded window of at most kMaxWindow pairs: walking forward appends
// the next page, walking back past the window's start reloads the dropped
// page from the remembered keyset cursor, so 100k pairs cost no more than
// 500. The window is a snapshot: a pair voted on stays in it (marked voted),
// so "previous" shows the vote just made even under the Todo filter.
//
// Sides: whether generation A goes left is derived from a hash of pair id and
// annotator name (the same layout when the pair is shown again) unless the
// annotator already voted on the pair, then that vote's layout is kept. The
// hash is SHA-256, not qHash, so the layout is stable across Qt versions.
//
// Every commit is one Workspace::recordVote (its own transaction); nothing is
// considered done and nothing advances unless it succeeded.
//
// Not here: widgets, keys, rendering (annotate_view.h).
#pragma once

#include "store/types.h"
#include "util/result.h"

#include <QElapsedTimer>
#include <QObject>
#include <QSet>
#include <QString>

#include <optional>
#include <vector>

namespace ps::store {
class Workspace;
}

namespace ps::ui {

// What the annotator says about the pair as shown (left/right, not A/B).
enum class Pick { Left, Right, Tie, BothBad, Skip };

class AnnotationSession : public QObject {
    Q_OBJECT
public:
    static constexpr int kPageSize = 50;
    static constexpr int kMaxWindow = 500;

    enum class State {
        NoWorkspace,  // nothing open
        NoPairs,      // the workspace holds no pairs at all
        Empty,        // the filter matches nothing (under Todo: everything is done)
        Finished,     // walked past the last pair of the queue
        Pair,         // a pair is shown
    };

    explicit AnnotationSession(QObject* parent = nullptr);
    ~AnnotationSession() override;

    // Starts over on `ws` (nullptr: closed) at the head of the queue.
    Status setWorkspace(store::Workspace* ws);
    store::Workspace* workspace() const { return ws_; }
    // Resolves (creating) the annotator and reloads the queue.
    Status setAnnotator(const QString& name);
    const QString& annotatorName() const { return annotatorName_; }
    std::optional<store::Id> annotatorId() const { return annotatorId_; }
    Status setFilter(store::QueueFilter filter);
    store::QueueFilter filter() const { return filter_; }
    // Reloads the queue from its head (keeps the filter).
    Status reload();

    State state() const { return state_; }
    // The pair shown, or nullptr unless state() == Pair.
    const store::QueueItem* current() const;
    bool leftIsA() const { return leftIsA_; }
    QString leftText() const;
    QString rightText() const;
    // The annotator's active vote on the shown pair (a new vote supersedes it).
    const std::optional<store::Vote>& myVote() const { return myVote_; }
    // Active votes of other annotators on the shown pair.
    int otherVotes() const { return otherVotes_; }

    // The loaded window of the queue and the position of the shown pair in it
    // (== window().size() once the queue is finished).
    const std::vector<store::QueueItem>& window() const { return items_; }
    int cursor() const { return cursor_; }
    bool votedInSession(store::Id pairId) const { return voted_.contains(pairId); }
    // Whether pages before the window's start were dropped (previous() reloads them).
    bool hasDroppedFront() const { return !droppedAfter_.empty(); }

    Status next();
    Status previous();
    Status jumpTo(int index);

    // --- what is pending on the shown pair ---
    std::optional<Pick> selection() const { return selection_; }
    void select(Pick pick);
    int flags(bool left) const { return left ? flagsLeft_ : flagsRight_; }
    void setFlag(bool left, store::VoteFlag flag, bool on);
    const QString& comment() const { return comment_; }
    void setComment(const QString& comment);
    // Editing one answer: the edit becomes the preferred answer of that side.
    bool editing() const { return editing_; }
    bool editingLeft() const { return editLeft_; }
    void beginEdit(bool left);
    void cancelEdit();
    // The text the editor starts from: an earlier edit of this annotator, else the answer.
    QString editStartText(bool left) const;

    // Commits `pick` with the pending flags and comment, then advances.
    Result<store::Id> commit(Pick pick);
    // Commits the current selection (error when nothing is selected).
    Result<store::Id> commitSelection();
    // Commits the edit: the edited side is the chosen answer. An unchanged
    // text is an ordinary vote for that side; an empty one is refused.
    Result<store::Id> commitEdit(const QString& text);
    // Undoes the annotator's last vote and shows its pair again. Returns the
    // undone vote id (nothing when there was nothing to undo).
    Result<std::optional<store::Id>> undo();

    // --- progress ---
    Result<store::Progress> progress() const;
    Result<qint64> remainingInFilter() const;
    int sessionVotes() const { return sessionVotes_; }
    // Pairs per hour in this session (votes minus undos over the time since
    // the first vote, at least one minute); 0 before the first vote.
    double sessionRate() const;

    // Whether generation A goes left for this pair and annotator (stable hash).
    static bool leftIsAFor(store::Id pairId, const QString& annotator);
    // Milliseconds the shown pair has been on screen (at least 1 once shown).
    qint64 shownMs() const;

Q_SIGNALS:
    // The shown pair or the state changed (new pair, finished, reloaded).
    void currentChanged();
    // Selection, flags, comment or editing of the shown pair changed.
    void pendingChanged();
    // The window of loaded pairs changed (pages appended, dropped, reloaded).
    void windowChanged();
    // A vote is durable. `replacedOwnVote`: it superseded this annotator's earlier vote on the pair.
    void voteCommitted(ps::store::Id voteId, ps::store::Id pairId, bool replacedOwnVote);
    // `reactivatedEarlier`: the undone vote had superseded an earlier one, which is active again.
    void voteUndone(ps::store::Id voteId, ps::store::Id pairId, bool reactivatedEarlier);
    // A note for the annotator that is no error (e.g. the queue wrapped around).
    void notice(const QString& text);
    // An error after a committed vote (e.g. reading the next page failed);
    // errors of the call itself come back as its Result.
    void errorOccurred(const QString& message);

private:
    Result<std::vector<store::QueueItem>> loadPage(store::Id after) const;
    Status loadHead();
    Status showCurrent();
    void clearPending();
    void appendItems(std::vector<store::QueueItem> items);
    Result<store::Id> record(store::Choice choice, std::optional<store::Side> editedSide, const QString& editedText);
    store::Choice choiceOf(Pick pick) const;
    bool needsAnnotator() const;

    store::Workspace* ws_ = nullptr;
    QString annotatorName_;
    std::optional<store::Id> annotatorId_;
    store::QueueFilter filter_ = store::QueueFilter::Todo;
    State state_ = State::NoWorkspace;

    std::vector<store::QueueItem> items_;
    int cursor_ = 0;
    store::Id windowStartAfter_ = 0;       // the keyset cursor items_[0] was loaded after
    std::vector<store::Id> droppedAfter_;  // cursors of pages dropped from the front

    bool leftIsA_ = true;
    std::optional<store::Vote> myVote_;
    int otherVotes_ = 0;
    QElapsedTimer shown_;

    std::optional<Pick> selection_;
    int flagsLeft_ = 0;
    int flagsRight_ = 0;
    QString comment_;
    bool editing_ = false;
    bool editLeft_ = true;

    QSet<store::Id> voted_;
    int sessionVotes_ = 0;
    QElapsedTimer sinceFirstVote_;
};

}  // namespace ps::ui
