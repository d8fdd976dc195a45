// blind_eval_view.cpp — the reviewer's blind side-by-side view (blind_eval_view.h).
#include "blind_eval_view.h"

#include "store/eval_store.h"

#include <QComboBox>
#include <QEvent>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>
#include <algorithm>

namespace ps::ui {

namespace {
QPlainTextEdit* readOnlyText(const QString& name, QWidget* parent) {
    auto* t = new QPlainTextEdit(parent);
    t->setObjectName(name);
    t->setReadOnly(true);
    return t;
}

QString promptText(const store::PromptContent& p) {
    if (!p.isChat()) return p.text;
    QStringList lines;
    for (const QJsonValue& m : p.messages) {
        const QJsonObject o = m.toObject();
        const QJsonValue c = o.value(QStringLiteral("content"));
        lines << QStringLiteral("%1: %2").arg(o.value(QStringLiteral("role")).toString(),
                                              c.isString() ? c.toString() : QString::fromUtf8(QJsonDocument(c.toArray()).toJson(QJsonDocument::Compact)));
    }
    return lines.join(QStringLiteral("\n\n"));
}
}  // namespace

BlindEvalView::BlindEvalView(QWidget* parent) : QWidget(parent) {
    setObjectName(QStringLiteral("blindEvalView"));
    auto* top = new QHBoxLayout;
    sessionLabel_ = new QLabel(this);
    sessions_ = new QComboBox(this);
    sessions_->setObjectName(QStringLiteral("sessionCombo"));
    progress_ = new QLabel(this);
    progress_->setObjectName(QStringLiteral("blindProgressLabel"));
    top->addWidget(sessionLabel_);
    top->addWidget(sessions_, 1);
    top->addWidget(progress_);

    promptLabel_ = new QLabel(this);
    prompt_ = readOnlyText(QStringLiteral("promptText"), this);
    prompt_->setMaximumHeight(140);

    leftBox_ = new QGroupBox(this);
    rightBox_ = new QGroupBox(this);
    left_ = readOnlyText(QStringLiteral("leftAnswer"), leftBox_);
    right_ = readOnlyText(QStringLiteral("rightAnswer"), rightBox_);
    (new QVBoxLayout(leftBox_))->addWidget(left_);
    (new QVBoxLayout(rightBox_))->addWidget(right_);
    auto* answers = new QHBoxLayout;
    answers->addWidget(leftBox_);
    answers->addWidget(rightBox_);

    leftButton_ = new QPushButton(this);
    leftButton_->setObjectName(QStringLiteral("leftBetter"));
    rightButton_ = new QPushButton(this);
    rightButton_->setObjectName(QStringLiteral("rightBetter"));
    tieButton_ = new QPushButton(this);
    tieButton_->setObjectName(QStringLiteral("tie"));
    bothBadButton_ = new QPushButton(this);
    bothBadButton_->setObjectName(QStringLiteral("bothBad"));
    auto* buttons = new QHBoxLayout;
    for (QPushButton* b : {leftButton_, rightButton_, tieButton_, bothBadButton_}) {
        b->setFocusPolicy(Qt::NoFocus);  // keys 1-4 stay with the view
        buttons->addWidget(b);
    }
    status_ = new QLabel(this);
    status_->setObjectName(QStringLiteral("blindStatusLabel"));
    status_->setWordWrap(true);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(promptLabel_);
    layout->addWidget(prompt_);
    layout->addLayout(answers, 1);
    layout->addLayout(buttons);
    layout->addWidget(status_);

    const std::pair<QPushButton*, store::ScreenChoice> map[] = {{leftButton_, store::ScreenChoice::Left},
                                                                {rightButton_, store::ScreenChoice::Right},
                                                                {tieButton_, store::ScreenChoice::Tie},
                                                                {bothBadButton_, store::ScreenChoice::BothBad}};
    const char* keys[] = {"1", "2", "3", "4"};
    for (int i = 0; i < 4; ++i) {
        const store::ScreenChoice c = map[i].second;
        connect(map[i].first, &QPushButton::clicked, this, [this, c] { judge(c); });
        auto* sc = new QShortcut(QKeySequence(QLatin1String(keys[i])), this);
        // Window-wide while this tab is visible (a hidden tab's shortcuts do not
        // match), like the Annotate tab's: right after switching tabs the focus
        // is often outside the view, and the keys must work without a click.
        sc->setContext(Qt::WindowShortcut);
        connect(sc, &QShortcut::activated, this, [this, c] { judge(c); });
    }
    connect(sessions_, &QComboBox::currentIndexChanged, this, [this] { showNext(); });
    retranslate();
    showNext();
}

void BlindEvalView::setWorkspace(store::Workspace* workspace) {
    ws_ = workspace;
    refreshSessions();
}

void BlindEvalView::setReviewer(const QString& name) {
    reviewer_ = name.trimmed();
    showNext();
}

std::optional<store::Id> BlindEvalView::sessionId() const {
    if (sessions_->currentIndex() < 0) return std::nullopt;
    return sessions_->currentData().toLongLong();
}

void BlindEvalView::refreshSessions() {
    const std::optional<store::Id> keep = sessionId();
    {
        const QSignalBlocker block(sessions_);
        sessions_->clear();
        if (ws_) {
            auto all = store::EvalStore(*ws_).sessions();
            if (all) {
                for (const store::Session& s : all.value())
                    if (s.status == store::SessionStatus::Open) sessions_->addItem(tr("Session %1").arg(s.id), QVariant::fromValue<qlonglong>(s.id));
            } else {
                status_->setText(all.error().toString());
            }
        }
        const int i = keep ? sessions_->findData(QVariant::fromValue<qlonglong>(*keep)) : -1;
        sessions_->setCurrentIndex(i >= 0 ? i : (sessions_->count() ? sessions_->count() - 1 : -1));
    }
    showNext();
}

void BlindEvalView::showNext() {
    current_.reset();
    prompt_->clear();
    left_->clear();
    right_->clear();
    progress_->clear();
    const auto sid = sessionId();
    QString message;
    if (!ws_) message = tr("Open a workspace to take part in a blind evaluation.");
    else if (!sid) message = tr("No open evaluation session. A product owner creates one in the Evaluation results tab.");
    else if (reviewer_.isEmpty()) message = tr("Set your reviewer name first (File > Annotator name).");
    if (message.isEmpty()) {
        store::EvalStore es(*ws_);
        auto reviewer = ws_->annotatorId(reviewer_, true);
        auto session = es.session(*sid);
        const bool listed = session && reviewer &&
                            (session->reviewers.empty() ||
                             std::find(session->reviewers.begin(), session->reviewers.end(), reviewer.value()) != session->reviewers.end());
        auto next = !reviewer ? Result<std::optional<store::BlindItem>>(reviewer.error())
                    : !session ? Result<std::optional<store::BlindItem>>(session.error())
                    : !listed  ? Result<std::optional<store::BlindItem>>(std::optional<store::BlindItem>())
                               : es.nextBlindItem(*sid, reviewer.value());
        auto progress = reviewer ? es.sessionProgress(*sid, reviewer.value()) : Result<store::SessionProgress>(reviewer.error());
        if (!next) message = next.error().toString();
        else if (!listed)
            message = tr("You are not a reviewer of this session; ask its owner to add you.");
        else if (!next->has_value())
            message = tr("You have judged every pair of this session. Thank you!");
        else current_ = **next;
        if (progress) progress_->setText(tr("%1 of %2 judged").arg(progress->myJudgments).arg(progress->items));
    }
    if (current_) {
        prompt_->setPlainText(promptText(current_->prompt));
        left_->setPlainText(current_->left);
        right_->setPlainText(current_->right);
        shownAt_.start();
    }
    for (QPushButton* b : {leftButton_, rightButton_, tieButton_, bothBadButton_}) b->setEnabled(current_.has_value());
    status_->setText(message);
}

void BlindEvalView::judge(store::ScreenChoice choice) {
    if (!ws_ || !current_) return;
    auto reviewer = ws_->annotatorId(reviewer_, true);
    if (!reviewer) {
        status_->setText(reviewer.error().toString());
        return;
    }
    auto id = store::EvalStore(*ws_).recordJudgment(current_->itemId, reviewer.value(), choice, shownAt_.isValid() ? shownAt_.elapsed() : 0);
    if (!id) {
        status_->setText(id.error().toString());  // the pair stays on screen; nothing is lost
        return;
    }
    Q_EMIT judged();
    showNext();
}

void BlindEvalView::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    if (ws_) refreshSessions();
}

void BlindEvalView::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) retranslate();
    QWidget::changeEvent(event);
}

void BlindEvalView::retranslate() {
    sessionLabel_->setText(tr("Session:"));
    promptLabel_->setText(tr("Prompt"));
    leftBox_->setTitle(tr("Answer 1"));
    rightBox_->setTitle(tr("Answer 2"));
    leftButton_->setText(tr("1 · Answer 1 is better"));
    rightButton_->setText(tr("2 · Answer 2 is better"));
    tieButton_->setText(tr("3 · Tie"));
    bothBadButton_->setText(tr("4 · Both bad"));
    for (int i = 0; i < sessions_->count(); ++i) sessions_->setItemText(i, tr("Session %1").arg(sessions_->itemData(i).toLongLong()));
    if (ws_) showNext();
}

}  // namespace ps::ui
