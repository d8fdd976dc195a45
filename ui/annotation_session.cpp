// annotation_session.cpp — queue window, side layout, pending choice and
// committing votes for the Annotate tab (annotation_session.h).
#include "annotation_session.h"

#include "store/workspace.h"

#include <QCryptographicHash>

#include <algorithm>

namespace ps::ui {

using store::Choice;
using store::Id;
using store::QueueFilter;
using store::QueueItem;
using store::Side;

AnnotationSession::AnnotationSession(QObject* parent) : QObject(parent) {}

AnnotationSession::~AnnotationSession() = default;

bool AnnotationSession::leftIsAFor(Id pairId, const QString& annotator) {
    const QByteArray key = QByteArray::number(pairId) + '\x1f' + annotator.toUtf8();
    return (QCryptographicHash::hash(key, QCryptographicHash::Sha256).at(0) & 1) == 0;
}

bool AnnotationSession::needsAnnotator() const { return filter_ == QueueFilter::Todo || filter_ == QueueFilter::Mine; }

Status AnnotationSession::setWorkspace(store::Workspace* ws) {
    ws_ = ws;
    annotatorId_.reset();
    voted_.clear();
    sessionVotes_ = 0;
    sinceFirstVote_.invalidate();
    if (ws_ && !annotatorName_.isEmpty()) {
        auto id = ws_->annotatorId(annotatorName_, true);
        if (!id) {
            (void)reload();
            return id.error();
        }
        annotatorId_ = *id;
    }
    return reload();
}

Status AnnotationSession::setAnnotator(const QString& name) {
    const QString trimmed = name.trimmed();
    if (trimmed == annotatorName_ && (annotatorId_ || !ws_)) return {};
    annotatorName_ = trimmed;
    annotatorId_.reset();
    sessionVotes_ = 0;
    sinceFirstVote_.invalidate();
    voted_.clear();
    if (ws_ && !annotatorName_.isEmpty()) {
        auto id = ws_->annotatorId(annotatorName_, true);
        if (!id) {
            (void)reload();
            return id.error();
        }
        annotatorId_ = *id;
    }
    return reload();
}

Status AnnotationSession::setFilter(QueueFilter filter) {
    filter_ = filter;
    return reload();
}

Status AnnotationSession::reload() {
    items_.clear();
    cursor_ = 0;
    windowStartAfter_ = 0;
    droppedAfter_.clear();
    Status s = loadHead();
    Q_EMIT windowChanged();
    return s;
}

Result<std::vector<QueueItem>> AnnotationSession::loadPage(Id after) const {
    if (!ws_) return std::vector<QueueItem>();
    if (needsAnnotator() && !annotatorId_) return makeError(tr("No annotator name is set (File > Annotator name...)."));
    store::QueueQuery q;
    q.filter = filter_;
    q.annotatorId = annotatorId_;
    q.afterPairId = after;
    q.limit = kPageSize;
    return ws_->queue(q);
}

Status AnnotationSession::loadHead() {
    clearPending();
    myVote_.reset();
    otherVotes_ = 0;
    if (!ws_) {
        state_ = State::NoWorkspace;
        Q_EMIT currentChanged();
        return {};
    }
    auto page = loadPage(0);
    if (!page) {
        state_ = State::Empty;
        Q_EMIT currentChanged();
        return page.error();
    }
    if (page->empty()) {
        // Tell "nothing to annotate yet" from "nothing left under this filter".
        store::QueueQuery any;
        any.filter = QueueFilter::All;
        any.limit = 1;
        any.includeExcluded = true;
        auto all = ws_->queue(any);
        if (!all) return all.error();
        state_ = all->empty() ? State::NoPairs : State::Empty;
        Q_EMIT currentChanged();
        return {};
    }
    items_ = std::move(page).value();
    return showCurrent();
}

const QueueItem* AnnotationSession::current() const {
    if (state_ != State::Pair || cursor_ < 0 || cursor_ >= int(items_.size())) return nullptr;
    return &items_[size_t(cursor_)];
}

QString AnnotationSession::leftText() const {
    const QueueItem* it = current();
    return it ? (leftIsA_ ? it->textA : it->textB) : QString();
}

QString AnnotationSession::rightText() const {
    const QueueItem* it = current();
    return it ? (leftIsA_ ? it->textB : it->textA) : QString();
}

void AnnotationSession::clearPending() {
    selection_.reset();
    flagsLeft_ = flagsRight_ = 0;
    comment_.clear();
    editing_ = false;
    editLeft_ = true;
}

Status AnnotationSession::showCurrent() {
    clearPending();
    myVote_.reset();
    otherVotes_ = 0;
    if (cursor_ >= int(items_.size())) {
        state_ = items_.empty() ? State::Empty : State::Finished;
        shown_.invalidate();
        Q_EMIT currentChanged();
        Q_EMIT pendingChanged();
        return {};
    }
    state_ = State::Pair;
    const QueueItem& it = items_[size_t(cursor_)];
    Status status;
    if (auto votes = ws_->votesForPair(it.pairId); votes) {
        for (const store::Vote& v : *votes) {
            if (annotatorId_ && v.annotatorId == *annotatorId_)
                myVote_ = v;
            else
                ++otherVotes_;
        }
    } else {
        status = votes.error();
    }
    leftIsA_ = myVote_ && myVote_->leftIsA ? *myVote_->leftIsA : leftIsAFor(it.pairId, annotatorName_);
    if (myVote_) {
        // Show the earlier vote as the starting point; a new commit supersedes it.
        switch (myVote_->choice) {
        case Choice::A: selection_ = leftIsA_ ? Pick::Left : Pick::Right; break;
        case Choice::B: selection_ = leftIsA_ ? Pick::Right : Pick::Left; break;
        case Choice::Tie: selection_ = Pick::Tie; break;
        case Choice::BothBad: selection_ = Pick::BothBad; break;
        case Choice::Skip: selection_ = Pick::Skip; break;
        }
        flagsLeft_ = leftIsA_ ? myVote_->flagsA : myVote_->flagsB;
        flagsRight_ = leftIsA_ ? myVote_->flagsB : myVote_->flagsA;
        comment_ = myVote_->comment;
    }
    shown_.start();
    Q_EMIT currentChanged();
    Q_EMIT pendingChanged();
    return status;
}

void AnnotationSession::appendItems(std::vector<QueueItem> items) {
    for (QueueItem& it : items) items_.push_back(std::move(it));
    while (int(items_.size()) > kMaxWindow && cursor_ >= kPageSize) {
        droppedAfter_.push_back(windowStartAfter_);
        windowStartAfter_ = items_[kPageSize - 1].pairId;
        items_.erase(items_.begin(), items_.begin() + kPageSize);
        cursor_ -= kPageSize;
    }
    Q_EMIT windowChanged();
}

Status AnnotationSession::next() {
    if (!ws_ || state_ == State::NoWorkspace || state_ == State::NoPairs) return {};
    if (state_ == State::Finished || state_ == State::Empty) {
        // Past the end: start again from the head when the filter still has pairs
        // (under Todo: those passed over without a vote).
        auto left = remainingInFilter();
        if (!left) return left.error();
        if (*left == 0) return {};
        Q_EMIT notice(tr("Back to the start of the queue."));
        return reload();
    }
    if (cursor_ + 1 < int(items_.size())) {
        ++cursor_;
        return showCurrent();
    }
    auto page = loadPage(items_.empty() ? 0 : items_.back().pairId);
    if (!page) return page.error();
    if (!page->empty()) appendItems(std::move(page).value());
    ++cursor_;
    return showCurrent();
}

Status AnnotationSession::previous() {
    if (!ws_ || items_.empty()) return {};
    if (cursor_ > 0) {
        --cursor_;
        return showCurrent();
    }
    while (!droppedAfter_.empty()) {
        const Id after = droppedAfter_.back();
        droppedAfter_.pop_back();
        auto page = loadPage(after);
        if (!page) return page.error();
        std::vector<QueueItem> front;
        for (QueueItem& it : *page)
            if (it.pairId <= windowStartAfter_) front.push_back(std::move(it));
        windowStartAfter_ = after;
        if (front.empty()) continue;  // every pair of that page left the filter
        const int n = int(front.size());
        items_.insert(items_.begin(), std::make_move_iterator(front.begin()), std::make_move_iterator(front.end()));
        if (int(items_.size()) > kMaxWindow) items_.resize(size_t(kMaxWindow));  // the tail reloads by paging forward
        cursor_ = n - 1;
        Q_EMIT windowChanged();
        return showCurrent();
    }
    return {};
}

Status AnnotationSession::jumpTo(int index) {
    if (index < 0 || index >= int(items_.size())) return {};
    cursor_ = index;
    return showCurrent();
}

void AnnotationSession::select(Pick pick) {
    if (state_ != State::Pair) return;
    selection_ = pick;
    Q_EMIT pendingChanged();
}

void AnnotationSession::setFlag(bool left, store::VoteFlag flag, bool on) {
    if (state_ != State::Pair) return;
    int& f = left ? flagsLeft_ : flagsRight_;
    const int before = f;
    f = on ? (f | flag) : (f & ~flag);
    if (f != before) Q_EMIT pendingChanged();
}

void AnnotationSession::setComment(const QString& comment) {
    if (comment == comment_) return;
    comment_ = comment;
    Q_EMIT pendingChanged();
}

void AnnotationSession::beginEdit(bool left) {
    if (state_ != State::Pair) return;
    editing_ = true;
    editLeft_ = left;
    Q_EMIT pendingChanged();
}

void AnnotationSession::cancelEdit() {
    if (!editing_) return;
    editing_ = false;
    Q_EMIT pendingChanged();
}

QString AnnotationSession::editStartText(bool left) const {
    const bool sideIsA = left == leftIsA_;
    if (myVote_ && myVote_->editedSide && (*myVote_->editedSide == Side::A) == sideIsA) return myVote_->editedText;
    return left ? leftText() : rightText();
}

Choice AnnotationSession::choiceOf(Pick pick) const {
    switch (pick) {
    case Pick::Left: return leftIsA_ ? Choice::A : Choice::B;
    case Pick::Right: return leftIsA_ ? Choice::B : Choice::A;
    case Pick::Tie: return Choice::Tie;
    case Pick::BothBad: return Choice::BothBad;
    case Pick::Skip: return Choice::Skip;
    }
    return Choice::Skip;
}

qint64 AnnotationSession::shownMs() const {
    if (!shown_.isValid()) return 0;
    return std::max<qint64>(1, (shown_.nsecsElapsed() + 999999) / 1000000);  // rounded up: a shown pair took time
}

Result<Id> AnnotationSession::record(Choice choice, std::optional<Side> editedSide, const QString& editedText) {
    const QueueItem* it = current();
    if (!ws_ || !it) return makeError(tr("No pair is shown."));
    if (!annotatorId_) return makeError(tr("No annotator name is set (File > Annotator name...)."));
    store::NewVote v;
    v.pairId = it->pairId;
    v.annotatorId = *annotatorId_;
    v.leftIsA = leftIsA_;
    v.choice = choice;
    v.timeTakenMs = shownMs();
    v.comment = comment_.trimmed();
    v.flagsA = leftIsA_ ? flagsLeft_ : flagsRight_;
    v.flagsB = leftIsA_ ? flagsRight_ : flagsLeft_;
    v.editedSide = editedSide;
    v.editedText = editedSide ? editedText : QString();
    auto id = ws_->recordVote(v);
    if (!id) return id.error();
    // Committed: from here on the vote is durable, whatever happens next.
    const Id pairId = it->pairId;
    voted_.insert(pairId);
    if (!myVote_) ++items_[size_t(cursor_)].activeVotes;
    if (sessionVotes_++ == 0) sinceFirstVote_.start();
    editing_ = false;
    Q_EMIT voteCommitted(*id, pairId, myVote_.has_value());
    if (Status s = next(); !s) Q_EMIT errorOccurred(s.error().toString());
    return *id;
}

Result<Id> AnnotationSession::commit(Pick pick) {
    if (state_ != State::Pair) return makeError(tr("No pair is shown."));
    selection_ = pick;
    const Choice c = choiceOf(pick);
    // Re-voting for the side this annotator edited before keeps that edit.
    if (myVote_ && myVote_->editedSide && (c == Choice::A) == (*myVote_->editedSide == Side::A) && (c == Choice::A || c == Choice::B))
        return record(c, myVote_->editedSide, myVote_->editedText);
    return record(c, std::nullopt, QString());
}

Result<Id> AnnotationSession::commitSelection() {
    if (state_ != State::Pair) return makeError(tr("No pair is shown."));
    if (!selection_) return makeError(tr("Pick an answer first: 1 or ← (left), 2 or → (right), T (tie), B (both bad), S (skip)."));
    return commit(*selection_);
}

Result<Id> AnnotationSession::commitEdit(const QString& text) {
    if (state_ != State::Pair || !editing_) return makeError(tr("No answer is being edited."));
    if (text.trimmed().isEmpty()) return makeError(tr("The edited answer is empty; write the better answer or press Esc to cancel."));
    const Pick pick = editLeft_ ? Pick::Left : Pick::Right;
    selection_ = pick;
    const Choice c = choiceOf(pick);
    const QString original = editLeft_ ? leftText() : rightText();
    if (text == original) return record(c, std::nullopt, QString());
    return record(c, c == Choice::A ? Side::A : Side::B, text);
}

Result<std::optional<Id>> AnnotationSession::undo() {
    if (!ws_) return makeError(tr("No workspace is open."));
    if (!annotatorId_) return makeError(tr("No annotator name is set (File > Annotator name...)."));
    auto undone = ws_->undoLastVote(*annotatorId_);
    if (!undone) return undone.error();
    if (!*undone) return std::optional<Id>();
    const Id voteId = **undone;
    auto v = ws_->vote(voteId);
    if (!v) return v.error();
    const Id pairId = v->pairId;
    if (sessionVotes_ > 0) --sessionVotes_;
    voted_.remove(pairId);
    Q_EMIT voteUndone(voteId, pairId, v->supersedesId.has_value());
    // Show that pair again: in the window if it is there, else fetched and put before the current one.
    auto found = std::find_if(items_.begin(), items_.end(), [&](const QueueItem& it) { return it.pairId == pairId; });
    if (found != items_.end()) {
        found->activeVotes = std::max(0, found->activeVotes - 1);
        cursor_ = int(found - items_.begin());
    } else {
        store::QueueQuery q;
        q.filter = QueueFilter::All;
        q.afterPairId = pairId - 1;
        q.limit = 1;
        q.includeExcluded = true;
        auto one = ws_->queue(q);
        if (!one) return one.error();
        if (one->empty() || one->front().pairId != pairId) return std::optional<Id>(voteId);
        cursor_ = std::clamp(cursor_, 0, int(items_.size()));
        items_.insert(items_.begin() + cursor_, std::move(one->front()));
        Q_EMIT windowChanged();
    }
    if (Status s = showCurrent(); !s) return s.error();
    return std::optional<Id>(voteId);
}

Result<store::Progress> AnnotationSession::progress() const {
    if (!ws_) return makeError(tr("No workspace is open."));
    return ws_->progress(annotatorId_);
}

Result<qint64> AnnotationSession::remainingInFilter() const {
    if (!ws_) return qint64(0);
    if (needsAnnotator() && !annotatorId_) return qint64(0);
    return ws_->queueCount(filter_, annotatorId_);
}

double AnnotationSession::sessionRate() const {
    if (sessionVotes_ <= 0 || !sinceFirstVote_.isValid()) return 0.0;
    const double ms = double(std::max<qint64>(sinceFirstVote_.elapsed(), 60000));
    return sessionVotes_ * 3600000.0 / ms;
}

}  // namespace ps::ui
