// annotate_view.cpp — widgets, keys and rendering of the Annotate tab
// (annotate_view.h); the state and the votes are AnnotationSession's.
#include "annotate_view.h"

#include "rich_text.h"
#include "store/workspace.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QTextBrowser>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>
#include <climits>
#include <functional>

namespace ps::ui {

using store::QueueFilter;

namespace {

constexpr std::array<store::VoteFlag, 4> kFlags = {store::FlagUnsafe, store::FlagFactualError, store::FlagOffTopic, store::FlagOther};
const char* const kFlagNames[] = {"Unsafe", "FactualError", "OffTopic", "Other"};

// Colours follow a neutral light theme; the selection blue is the one
// annotation tools commonly use, so "selected" reads at a glance.
const char* const kStyle = R"(
QFrame#leftPane, QFrame#rightPane, QFrame#promptPane {
    border: 1px solid #d0d5dd; border-radius: 6px; background: #ffffff;
}
QFrame#leftPane[selected="true"], QFrame#rightPane[selected="true"] {
    border: 2px solid #2563eb; background: #f5f8ff;
}
QFrame#leftPane[editing="true"], QFrame#rightPane[editing="true"] {
    border: 2px solid #d97706;
}
QLabel#leftTitle, QLabel#rightTitle, QLabel#promptTitle {
    font-weight: 600; color: #344054;
}
QLabel#leftInfo, QLabel#rightInfo, QLabel#promptInfo, QLabel#positionLabel, QLabel#rateLabel, QLabel#voteInfo {
    color: #667085;
}
QLabel#errorBanner {
    background: #fef3f2; color: #b42318; border: 1px solid #fecdca; border-radius: 4px; padding: 6px 10px;
}
QLabel#noticeLabel { color: #475467; }
QLabel#emptyTitle { font-size: 16pt; font-weight: 600; color: #344054; }
QLabel#emptyText { color: #475467; }
QPushButton#pickLeft, QPushButton#pickRight, QPushButton#pickTie, QPushButton#pickBothBad, QPushButton#pickSkip {
    padding: 6px 14px; border: 1px solid #d0d5dd; border-radius: 5px; background: #ffffff;
}
QPushButton#pickLeft:hover, QPushButton#pickRight:hover, QPushButton#pickTie:hover, QPushButton#pickBothBad:hover, QPushButton#pickSkip:hover {
    background: #f2f4f7;
}
QPushButton#pickLeft:checked, QPushButton#pickRight:checked, QPushButton#pickTie:checked, QPushButton#pickBothBad:checked, QPushButton#pickSkip:checked {
    background: #2563eb; color: #ffffff; border-color: #1d4ed8;
}
QPushButton#confirmButton { padding: 6px 14px; font-weight: 600; }
QTextBrowser { border: none; background: transparent; }
)";

void repolish(QWidget* w) {
    w->style()->unpolish(w);
    w->style()->polish(w);
}

QString elide(const QString& s, int n) {
    QString one = s.simplified();
    return one.size() > n ? one.left(n - 1) + QChar(0x2026) : one;
}

int wordCount(const QString& s) { return int(s.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts).size()); }

QString promptSnippet(const store::PromptContent& p) {
    if (!p.isChat()) return p.text;
    // The last user turn says most about a chat prompt.
    for (auto it = p.messages.end(); it != p.messages.begin();) {
        --it;
        const QJsonObject o = (*it).toObject();
        if (o.value(QLatin1String("role")).toString() == QLatin1String("user")) return o.value(QLatin1String("content")).toString();
    }
    return QString();
}

}  // namespace

AnnotateView::AnnotateView(QWidget* parent) : QWidget(parent) {
    session_ = new AnnotationSession(this);
    progressTimer_ = new QTimer(this);
    progressTimer_->setSingleShot(true);
    progressTimer_->setInterval(1500);
    connect(progressTimer_, &QTimer::timeout, this, &AnnotateView::refreshProgress);
    buildUi();
    buildShortcuts();
    connect(session_, &AnnotationSession::currentChanged, this, &AnnotateView::renderCurrent);
    connect(session_, &AnnotationSession::pendingChanged, this, &AnnotateView::renderPending);
    connect(session_, &AnnotationSession::windowChanged, this, &AnnotateView::renderQueue);
    connect(session_, &AnnotationSession::notice, this, &AnnotateView::showNotice);
    connect(session_, &AnnotationSession::errorOccurred, this, &AnnotateView::showError);
    connect(session_, &AnnotationSession::voteCommitted, this, [this](store::Id, store::Id, bool replaced) { countVote(replaced ? 0 : 1); });
    connect(session_, &AnnotationSession::voteUndone, this, [this](store::Id, store::Id, bool reactivated) { countVote(reactivated ? 0 : -1); });
    retranslate();
    renderCurrent();
}

AnnotateView::~AnnotateView() = default;

// --- building -------------------------------------------------------------------------

QWidget* AnnotateView::buildPane(Pane& pane, bool left) {
    const QString side = left ? QStringLiteral("left") : QStringLiteral("right");
    pane.frame = new QFrame(this);
    pane.frame->setObjectName(side + QStringLiteral("Pane"));
    auto* v = new QVBoxLayout(pane.frame);
    v->setContentsMargins(10, 8, 10, 8);
    auto* head = new QHBoxLayout;
    pane.title = new QLabel(pane.frame);
    pane.title->setObjectName(side + QStringLiteral("Title"));
    pane.info = new QLabel(pane.frame);
    pane.info->setObjectName(side + QStringLiteral("Info"));
    head->addWidget(pane.title);
    head->addStretch();
    head->addWidget(pane.info);
    v->addLayout(head);
    pane.browser = new QTextBrowser(pane.frame);
    pane.browser->setObjectName(side + QStringLiteral("Answer"));
    pane.browser->setOpenLinks(false);
    pane.browser->setFocusPolicy(Qt::NoFocus);  // keys belong to the view; the wheel scrolls
    v->addWidget(pane.browser, 1);
    pane.editor = new QPlainTextEdit(pane.frame);
    pane.editor->setObjectName(side + QStringLiteral("Editor"));
    pane.editor->hide();
    v->addWidget(pane.editor, 1);
    auto* flags = new QHBoxLayout;
    for (size_t i = 0; i < kFlags.size(); ++i) {
        auto* box = new QCheckBox(pane.frame);
        box->setObjectName(side + QStringLiteral("Flag") + QLatin1String(kFlagNames[i]));
        box->setFocusPolicy(Qt::NoFocus);
        const store::VoteFlag flag = kFlags[i];
        connect(box, &QCheckBox::toggled, this, [this, left, flag](bool on) { session_->setFlag(left, flag, on); });
        pane.flags[i] = box;
        flags->addWidget(box);
    }
    flags->addStretch();
    v->addLayout(flags);
    return pane.frame;
}

void AnnotateView::buildUi() {
    setObjectName(QStringLiteral("annotateView"));
    setStyleSheet(QString::fromLatin1(kStyle));
    setFocusPolicy(Qt::StrongFocus);
    auto* root = new QVBoxLayout(this);
    root->setContentsMargins(10, 8, 10, 8);
    root->setSpacing(6);

    // Top bar: who, which queue, how far, how fast, guidelines.
    auto* top = new QHBoxLayout;
    annotatorLabel_ = new QLabel(this);
    annotatorLabel_->setObjectName(QStringLiteral("annotatorLabel"));
    filterLabel_ = new QLabel(this);
    filterCombo_ = new QComboBox(this);
    filterCombo_->setObjectName(QStringLiteral("queueFilter"));
    filterCombo_->setFocusPolicy(Qt::ClickFocus);
    for (QueueFilter f : {QueueFilter::Todo, QueueFilter::Unlabeled, QueueFilter::Mine, QueueFilter::Flagged, QueueFilter::Disagreements,
                          QueueFilter::All})
        filterCombo_->addItem(QString(), int(f));
    filterLabel_->setBuddy(filterCombo_);
    connect(filterCombo_, &QComboBox::currentIndexChanged, this, &AnnotateView::onFilterChanged);
    quickMode_ = new QCheckBox(this);
    quickMode_->setObjectName(QStringLiteral("quickMode"));
    quickMode_->setFocusPolicy(Qt::NoFocus);
    quickMode_->setChecked(QSettings().value(QStringLiteral("annotate/quickMode"), true).toBool());
    connect(quickMode_, &QCheckBox::toggled, this, [](bool on) { QSettings().setValue(QStringLiteral("annotate/quickMode"), on); });
    markdown_ = new QCheckBox(this);
    markdown_->setObjectName(QStringLiteral("renderMarkdown"));
    markdown_->setFocusPolicy(Qt::NoFocus);
    markdown_->setChecked(QSettings().value(QStringLiteral("annotate/markdown"), true).toBool());
    connect(markdown_, &QCheckBox::toggled, this, [this](bool on) {
        QSettings().setValue(QStringLiteral("annotate/markdown"), on);
        renderCurrent();
    });
    progressBar_ = new QProgressBar(this);
    progressBar_->setObjectName(QStringLiteral("progressBar"));
    progressBar_->setTextVisible(false);
    progressBar_->setFixedWidth(160);
    progressBar_->setMaximumHeight(10);
    progressLabel_ = new QLabel(this);
    progressLabel_->setObjectName(QStringLiteral("progressLabel"));
    rateLabel_ = new QLabel(this);
    rateLabel_->setObjectName(QStringLiteral("rateLabel"));
    guidelinesButton_ = new QToolButton(this);
    guidelinesButton_->setObjectName(QStringLiteral("guidelinesButton"));
    guidelinesButton_->setCheckable(true);
    guidelinesButton_->setFocusPolicy(Qt::NoFocus);
    guidelinesButton_->setToolButtonStyle(Qt::ToolButtonTextOnly);
    top->addWidget(annotatorLabel_);
    top->addSpacing(16);
    top->addWidget(filterLabel_);
    top->addWidget(filterCombo_);
    top->addSpacing(12);
    top->addWidget(quickMode_);
    top->addWidget(markdown_);
    top->addStretch();
    top->addWidget(progressBar_);
    top->addWidget(progressLabel_);
    top->addSpacing(12);
    top->addWidget(rateLabel_);
    top->addSpacing(12);
    top->addWidget(guidelinesButton_);
    root->addLayout(top);

    errorBanner_ = new QLabel(this);
    errorBanner_->setObjectName(QStringLiteral("errorBanner"));
    errorBanner_->setWordWrap(true);
    errorBanner_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    errorBanner_->hide();
    root->addWidget(errorBanner_);

    stack_ = new QStackedWidget(this);
    root->addWidget(stack_, 1);

    // Empty states.
    emptyPage_ = new QWidget(stack_);
    emptyPage_->setObjectName(QStringLiteral("emptyState"));
    auto* ev = new QVBoxLayout(emptyPage_);
    ev->addStretch(2);
    emptyTitle_ = new QLabel(emptyPage_);
    emptyTitle_->setObjectName(QStringLiteral("emptyTitle"));
    emptyTitle_->setAlignment(Qt::AlignCenter);
    emptyText_ = new QLabel(emptyPage_);
    emptyText_->setObjectName(QStringLiteral("emptyText"));
    emptyText_->setAlignment(Qt::AlignCenter);
    emptyText_->setWordWrap(true);
    restartButton_ = new QPushButton(emptyPage_);
    restartButton_->setObjectName(QStringLiteral("restartButton"));
    connect(restartButton_, &QPushButton::clicked, this, [this] {
        clearMessages();
        if (Status s = session_->reload(); !s) showError(s.error().toString());
    });
    ev->addWidget(emptyTitle_);
    ev->addWidget(emptyText_);
    auto* rb = new QHBoxLayout;
    rb->addStretch();
    rb->addWidget(restartButton_);
    rb->addStretch();
    ev->addLayout(rb);
    ev->addStretch(3);
    stack_->addWidget(emptyPage_);

    // Working page: queue | pair | guidelines.
    body_ = new QSplitter(Qt::Horizontal, stack_);
    body_->setObjectName(QStringLiteral("annotateBody"));
    body_->setChildrenCollapsible(false);
    stack_->addWidget(body_);

    auto* queuePanel = new QWidget(body_);
    auto* qv = new QVBoxLayout(queuePanel);
    qv->setContentsMargins(0, 0, 4, 0);
    queueTitle_ = new QLabel(queuePanel);
    queueTitle_->setObjectName(QStringLiteral("promptTitle"));
    queueList_ = new QListWidget(queuePanel);
    queueList_->setObjectName(QStringLiteral("queueList"));
    queueList_->setFocusPolicy(Qt::NoFocus);
    queueList_->setUniformItemSizes(true);
    queueList_->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    queueList_->setTextElideMode(Qt::ElideRight);
    connect(queueList_, &QListWidget::currentRowChanged, this, [this](int row) {
        if (updatingList_ || row < 0 || row == session_->cursor()) return;
        clearMessages();
        if (Status s = session_->jumpTo(row); !s) showError(s.error().toString());
    });
    positionLabel_ = new QLabel(queuePanel);
    positionLabel_->setObjectName(QStringLiteral("positionLabel"));
    positionLabel_->setWordWrap(true);
    qv->addWidget(queueTitle_);
    qv->addWidget(queueList_, 1);
    qv->addWidget(positionLabel_);
    body_->addWidget(queuePanel);

    auto* center = new QWidget(body_);
    auto* cv = new QVBoxLayout(center);
    cv->setContentsMargins(4, 0, 4, 0);
    auto* vsplit = new QSplitter(Qt::Vertical, center);
    vsplit->setChildrenCollapsible(false);
    auto* promptPane = new QFrame(vsplit);
    promptPane->setObjectName(QStringLiteral("promptPane"));
    auto* pv = new QVBoxLayout(promptPane);
    pv->setContentsMargins(10, 8, 10, 8);
    auto* ph = new QHBoxLayout;
    promptTitle_ = new QLabel(promptPane);
    promptTitle_->setObjectName(QStringLiteral("promptTitle"));
    promptInfo_ = new QLabel(promptPane);
    promptInfo_->setObjectName(QStringLiteral("promptInfo"));
    ph->addWidget(promptTitle_);
    ph->addStretch();
    ph->addWidget(promptInfo_);
    pv->addLayout(ph);
    promptView_ = new QTextBrowser(promptPane);
    promptView_->setObjectName(QStringLiteral("promptView"));
    promptView_->setOpenLinks(false);
    promptView_->setFocusPolicy(Qt::NoFocus);
    pv->addWidget(promptView_);
    vsplit->addWidget(promptPane);
    auto* answers = new QSplitter(Qt::Horizontal, vsplit);
    answers->setChildrenCollapsible(false);
    answers->addWidget(buildPane(left_, true));
    answers->addWidget(buildPane(right_, false));
    vsplit->addWidget(answers);
    vsplit->setStretchFactor(0, 1);
    vsplit->setStretchFactor(1, 3);
    cv->addWidget(vsplit, 1);

    voteInfo_ = new QLabel(center);
    voteInfo_->setObjectName(QStringLiteral("voteInfo"));
    cv->addWidget(voteInfo_);

    // Decision bar: the picks in the order they appear on screen, then comment and actions.
    auto* picks = new QHBoxLayout;
    auto makePick = [&](QPushButton*& b, const char* name, Pick pick) {
        b = new QPushButton(center);
        b->setObjectName(QLatin1String(name));
        b->setCheckable(true);
        b->setFocusPolicy(Qt::NoFocus);
        connect(b, &QPushButton::clicked, this, [this, pick] { onPick(pick); });
    };
    makePick(pickLeft_, "pickLeft", Pick::Left);
    makePick(pickTie_, "pickTie", Pick::Tie);
    makePick(pickBothBad_, "pickBothBad", Pick::BothBad);
    makePick(pickSkip_, "pickSkip", Pick::Skip);
    makePick(pickRight_, "pickRight", Pick::Right);
    picks->addWidget(pickLeft_);
    picks->addStretch();
    picks->addWidget(pickTie_);
    picks->addWidget(pickBothBad_);
    picks->addWidget(pickSkip_);
    picks->addStretch();
    picks->addWidget(pickRight_);
    cv->addLayout(picks);

    auto* actions = new QHBoxLayout;
    auto makeButton = [&](QPushButton*& b, const char* name, void (AnnotateView::*slot)()) {
        b = new QPushButton(center);
        b->setObjectName(QLatin1String(name));
        b->setFocusPolicy(Qt::NoFocus);
        connect(b, &QPushButton::clicked, this, slot);
    };
    prevButton_ = new QPushButton(center);
    prevButton_->setObjectName(QStringLiteral("prevButton"));
    prevButton_->setFocusPolicy(Qt::NoFocus);
    connect(prevButton_, &QPushButton::clicked, this, [this] { onNavigate(false); });
    nextButton_ = new QPushButton(center);
    nextButton_->setObjectName(QStringLiteral("nextButton"));
    nextButton_->setFocusPolicy(Qt::NoFocus);
    connect(nextButton_, &QPushButton::clicked, this, [this] { onNavigate(true); });
    comment_ = new QLineEdit(center);
    comment_->setObjectName(QStringLiteral("commentEdit"));
    comment_->setClearButtonEnabled(true);
    // Not focused by window activation or Tab: the keys should pick, not type. C or a click focuses it.
    comment_->setFocusPolicy(Qt::ClickFocus);
    connect(comment_, &QLineEdit::textEdited, session_, &AnnotationSession::setComment);
    makeButton(editButton_, "editButton", &AnnotateView::onEdit);
    makeButton(undoButton_, "undoButton", &AnnotateView::onUndo);
    makeButton(confirmButton_, "confirmButton", &AnnotateView::onConfirm);
    actions->addWidget(prevButton_);
    actions->addWidget(nextButton_);
    actions->addSpacing(8);
    actions->addWidget(comment_, 1);
    actions->addWidget(editButton_);
    actions->addWidget(undoButton_);
    actions->addWidget(confirmButton_);
    cv->addLayout(actions);

    noticeLabel_ = new QLabel(center);
    noticeLabel_->setObjectName(QStringLiteral("noticeLabel"));
    cv->addWidget(noticeLabel_);
    body_->addWidget(center);

    // Guidelines: Markdown from the workspace setting, editable in place.
    guidelinesPanel_ = new QWidget(body_);
    guidelinesPanel_->setObjectName(QStringLiteral("guidelinesPanel"));
    auto* gv = new QVBoxLayout(guidelinesPanel_);
    gv->setContentsMargins(4, 0, 0, 0);
    guidelinesTitle_ = new QLabel(guidelinesPanel_);
    guidelinesTitle_->setObjectName(QStringLiteral("promptTitle"));
    guidelinesView_ = new QTextBrowser(guidelinesPanel_);
    guidelinesView_->setObjectName(QStringLiteral("guidelinesView"));
    guidelinesView_->setFocusPolicy(Qt::NoFocus);
    guidelinesView_->setOpenExternalLinks(true);
    guidelinesEditor_ = new QPlainTextEdit(guidelinesPanel_);
    guidelinesEditor_->setObjectName(QStringLiteral("guidelinesEditor"));
    guidelinesEditor_->hide();
    auto* gb = new QHBoxLayout;
    editGuidelinesButton_ = new QPushButton(guidelinesPanel_);
    editGuidelinesButton_->setObjectName(QStringLiteral("editGuidelinesButton"));
    editGuidelinesButton_->setFocusPolicy(Qt::NoFocus);
    connect(editGuidelinesButton_, &QPushButton::clicked, this, [this] { editGuidelines(true); });
    saveGuidelinesButton_ = new QPushButton(guidelinesPanel_);
    saveGuidelinesButton_->setObjectName(QStringLiteral("saveGuidelinesButton"));
    saveGuidelinesButton_->setFocusPolicy(Qt::NoFocus);
    connect(saveGuidelinesButton_, &QPushButton::clicked, this, &AnnotateView::saveGuidelines);
    cancelGuidelinesButton_ = new QPushButton(guidelinesPanel_);
    cancelGuidelinesButton_->setObjectName(QStringLiteral("cancelGuidelinesButton"));
    cancelGuidelinesButton_->setFocusPolicy(Qt::NoFocus);
    connect(cancelGuidelinesButton_, &QPushButton::clicked, this, [this] { editGuidelines(false); });
    gb->addStretch();
    gb->addWidget(editGuidelinesButton_);
    gb->addWidget(cancelGuidelinesButton_);
    gb->addWidget(saveGuidelinesButton_);
    gv->addWidget(guidelinesTitle_);
    gv->addWidget(guidelinesView_, 1);
    gv->addWidget(guidelinesEditor_, 1);
    gv->addLayout(gb);
    body_->addWidget(guidelinesPanel_);
    editGuidelines(false);

    body_->setStretchFactor(0, 0);
    body_->setStretchFactor(1, 1);
    body_->setStretchFactor(2, 0);
    body_->setSizes({230, 900, 280});
    const bool showGuidelines = QSettings().value(QStringLiteral("annotate/guidelinesVisible"), true).toBool();
    guidelinesButton_->setChecked(showGuidelines);
    guidelinesPanel_->setVisible(showGuidelines);
    connect(guidelinesButton_, &QToolButton::toggled, this, &AnnotateView::toggleGuidelines);
}

void AnnotateView::buildShortcuts() {
    // Window-wide while this tab is visible (a hidden tab's shortcuts do not
    // match). A text box being typed in takes printable keys and arrows for
    // itself (it accepts the ShortcutOverride), so these fire only outside it;
    // Ctrl+Enter and Esc are not taken by text boxes and reach the view.
    auto add = [this](const QKeySequence& key, std::function<void()> f) {
        auto* s = new QShortcut(key, this);
        s->setContext(Qt::WindowShortcut);
        s->setAutoRepeat(false);
        connect(s, &QShortcut::activated, this, std::move(f));
        shortcuts_.push_back(s);
    };
    auto pick = [this](Pick p) {
        return [this, p] {
            if (!typingInTextBox()) onPick(p);
        };
    };
    add(QKeySequence(Qt::Key_1), pick(Pick::Left));
    add(QKeySequence(Qt::Key_Left), pick(Pick::Left));
    add(QKeySequence(Qt::Key_2), pick(Pick::Right));
    add(QKeySequence(Qt::Key_Right), pick(Pick::Right));
    add(QKeySequence(Qt::Key_T), pick(Pick::Tie));
    add(QKeySequence(Qt::Key_B), pick(Pick::BothBad));
    add(QKeySequence(Qt::Key_S), pick(Pick::Skip));
    add(QKeySequence(Qt::Key_E), [this] {
        if (!typingInTextBox()) onEdit();
    });
    // Flags without the mouse: Alt+1..4 on the left answer, Alt+5..8 on the right
    // (unsafe, factual error, off-topic, other), each toggles its box.
    for (int i = 0; i < 8; ++i) {
        add(QKeySequence(Qt::ALT | Qt::Key(Qt::Key_1 + i)), [this, i] {
            if (session_->state() != AnnotationSession::State::Pair) return;
            Pane& pane = i < 4 ? left_ : right_;
            pane.flags[size_t(i % 4)]->toggle();
        });
    }
    add(QKeySequence(Qt::Key_C), [this] {
        if (!typingInTextBox() && comment_->isEnabled()) comment_->setFocus(Qt::ShortcutFocusReason);
    });
    add(QKeySequence(Qt::Key_U), [this] {
        if (!typingInTextBox()) onUndo();
    });
    add(QKeySequence(Qt::Key_PageUp), [this] {
        if (!typingInTextBox()) onNavigate(false);
    });
    add(QKeySequence(Qt::Key_PageDown), [this] {
        if (!typingInTextBox()) onNavigate(true);
    });
    // Scrolling both answers together keeps long answers readable without the mouse.
    auto scroll = [this](int dir) {
        return [this, dir] {
            if (typingInTextBox()) return;
            for (QTextBrowser* b : {left_.browser, right_.browser}) {
                QScrollBar* bar = b->verticalScrollBar();
                bar->setValue(bar->value() + dir * bar->singleStep() * 3);
            }
        };
    };
    add(QKeySequence(Qt::Key_Down), scroll(1));
    add(QKeySequence(Qt::Key_Up), scroll(-1));
    add(QKeySequence(Qt::CTRL | Qt::Key_Return), [this] { onConfirm(); });
    add(QKeySequence(Qt::CTRL | Qt::Key_Enter), [this] { onConfirm(); });
    add(QKeySequence(Qt::Key_Escape), [this] { onEscape(); });
}

// --- public ---------------------------------------------------------------------------

void AnnotateView::setWorkspace(store::Workspace* ws) {
    clearMessages();
    editGuidelines(false);
    Status s = session_->setWorkspace(ws);
    loadGuidelines();
    refreshProgress();
    if (!s) showError(s.error().toString());
}

void AnnotateView::setAnnotator(const QString& name) {
    clearMessages();
    Status s = session_->setAnnotator(name);
    retranslate();  // the name in the top bar; also recounts progress for this annotator
    if (!s) showError(s.error().toString());
}

bool AnnotateView::quickMode() const { return quickMode_->isChecked(); }

void AnnotateView::setQuickMode(bool on) { quickMode_->setChecked(on); }

QString AnnotateView::errorText() const { return errorBanner_->isHidden() ? QString() : errorBanner_->text(); }

void AnnotateView::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    // Shown (tab switch, window opened): the keys go to the view unless a text box is in use.
    if (!typingInTextBox()) setFocus(Qt::OtherFocusReason);
}

void AnnotateView::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) retranslate();
    QWidget::changeEvent(event);
}

// --- rendering ------------------------------------------------------------------------

void AnnotateView::retranslate() {
    annotatorLabel_->setText(session_->annotatorName().isEmpty()
                                 ? tr("Annotator: (not set)")
                                 : tr("Annotator: <b>%1</b>").arg(session_->annotatorName().toHtmlEscaped()));
    filterLabel_->setText(tr("&Queue:"));
    const QString filterNames[] = {tr("To do (no vote of mine)"), tr("Unlabeled (no vote by anyone)"), tr("My votes"),
                                   tr("Flagged"), tr("Disagreements"), tr("All pairs")};
    for (int i = 0; i < filterCombo_->count(); ++i) filterCombo_->setItemText(i, filterNames[i]);
    quickMode_->setText(tr("Quick mode"));
    quickMode_->setToolTip(tr("On: a pick saves the vote at once and shows the next pair.\n"
                              "Off: a pick only selects; add flags or a comment, then confirm with Ctrl+Enter."));
    markdown_->setText(tr("Markdown"));
    markdown_->setToolTip(tr("Render prompts and answers as Markdown (off: plain text, as written)."));
    guidelinesButton_->setText(tr("Guidelines"));
    guidelinesButton_->setToolTip(tr("Show or hide the annotation guidelines"));
    restartButton_->setText(tr("Start again from the top"));
    queueTitle_->setText(tr("Queue"));
    promptTitle_->setText(tr("Prompt"));
    left_.title->setText(tr("Left answer  ·  1 / ←"));
    right_.title->setText(tr("Right answer  ·  2 / →"));
    const QString flagNames[] = {tr("Unsafe"), tr("Factual error"), tr("Off-topic"), tr("Other")};
    for (Pane* p : {&left_, &right_})
        for (size_t i = 0; i < kFlags.size(); ++i) {
            p->flags[i]->setText(flagNames[i]);
            p->flags[i]->setToolTip(QKeySequence(Qt::ALT | Qt::Key(Qt::Key_1 + int(i) + (p == &left_ ? 0 : 4))).toString(QKeySequence::NativeText));
        }
    pickLeft_->setText(tr("1 / ←  Left is better"));
    pickRight_->setText(tr("Right is better  → / 2"));
    pickTie_->setText(tr("T  Tie"));
    pickBothBad_->setText(tr("B  Both bad"));
    pickSkip_->setText(tr("S  Skip"));
    comment_->setPlaceholderText(tr("Comment (optional, C) — why is one answer better?"));
    editButton_->setText(tr("E  Edit"));
    editButton_->setToolTip(tr("Rewrite the selected (or left) answer; the edit becomes the preferred answer. Ctrl+Enter saves, Esc cancels."));
    undoButton_->setText(tr("U  Undo"));
    confirmButton_->setText(tr("Confirm  Ctrl+Enter"));
    prevButton_->setText(tr("◀ Previous (PgUp)"));
    nextButton_->setText(tr("Next (PgDn) ▶"));
    guidelinesTitle_->setText(tr("Guidelines"));
    editGuidelinesButton_->setText(tr("Edit"));
    saveGuidelinesButton_->setText(tr("Save"));
    cancelGuidelinesButton_->setText(tr("Cancel"));
    guidelinesEditor_->setPlaceholderText(tr("Write the annotation guidelines in Markdown: what makes an answer better, when to flag, when to skip."));
    loadGuidelines();
    renderCurrent();
    refreshProgress();
}

void AnnotateView::renderCurrent() {
    using State = AnnotationSession::State;
    const State st = session_->state();
    const bool hasWs = session_->workspace() != nullptr;
    filterCombo_->setEnabled(hasWs);
    guidelinesButton_->setEnabled(hasWs);
    guidelinesPanel_->setEnabled(hasWs);
    restartButton_->hide();
    if (st != State::Pair) {
        stack_->setCurrentWidget(emptyPage_);
        switch (st) {
        case State::NoWorkspace:
            emptyTitle_->setText(tr("No workspace is open"));
            emptyText_->setText(tr("Create or open a workspace with File > New workspace… or File > Open workspace…, "
                                   "then the pairs to compare appear here."));
            break;
        case State::NoPairs:
            emptyTitle_->setText(tr("No pairs to compare yet"));
            emptyText_->setText(tr("Import prompts and generate candidate answers for them, or import preference data "
                                   "(TRL JSONL or CSV, e.g. prefstudio import), then come back here to compare the answers."));
            break;
        case State::Empty:
            if (session_->filter() == QueueFilter::Todo) {
                emptyTitle_->setText(tr("All done"));
                emptyText_->setText(tr("You have voted on every pair. Choose another queue to review or change votes."));
            } else {
                emptyTitle_->setText(tr("Nothing in this queue"));
                emptyText_->setText(tr("No pair matches this filter. Choose another queue above."));
            }
            break;
        case State::Finished: {
            auto left = session_->remainingInFilter();
            const qint64 n = left ? *left : 0;
            if (session_->filter() == QueueFilter::Todo && n == 0) {
                emptyTitle_->setText(tr("Queue finished"));
                emptyText_->setText(tr("Every pair has your vote. Thank you! Press U to undo the last vote, "
                                       "PgUp to go back, or choose another queue."));
            } else {
                emptyTitle_->setText(tr("End of the queue"));
                if (n == 0)
                    emptyText_->setText(tr("You reached the last pair of this queue."));
                else if (n == 1)
                    emptyText_->setText(tr("1 pair in this queue is still waiting (passed over without a vote)."));
                else
                    emptyText_->setText(tr("%1 pairs in this queue are still waiting (passed over without a vote).").arg(QLocale().toString(n)));
                restartButton_->setVisible(n > 0);
            }
            break;
        }
        case State::Pair: break;
        }
        updateQueueSelection();
        renderPending();
        return;
    }
    stack_->setCurrentWidget(body_);
    const store::QueueItem* it = session_->current();
    const bool md = markdown_->isChecked();
    setPromptContent(promptView_->document(), it->prompt, md);
    setAnswerContent(left_.browser->document(), session_->leftText(), md);
    setAnswerContent(right_.browser->document(), session_->rightText(), md);
    for (QTextBrowser* b : {promptView_, left_.browser, right_.browser}) b->verticalScrollBar()->setValue(0);
    QStringList info{tr("pair %1").arg(it->pairId)};
    if (!it->language.isEmpty()) info << it->language;
    if (!it->category.isEmpty()) info << it->category;
    if (it->excluded) info << tr("excluded from training");
    promptInfo_->setText(info.join(QStringLiteral("  ·  ")));
    for (Pane* pane : {&left_, &right_}) {
        const int words = wordCount(pane == &left_ ? session_->leftText() : session_->rightText());
        pane->info->setText(words == 1 ? tr("1 word") : tr("%1 words").arg(QLocale().toString(words)));
    }
    // The focus leaves a comment or editor of the previous pair, so the keys pick again.
    if (QWidget* f = QApplication::focusWidget(); f && (f == comment_ || f == left_.editor || f == right_.editor)) setFocus();
    updateQueueSelection();
    renderPending();
}

void AnnotateView::renderPending() {
    const bool pair = session_->state() == AnnotationSession::State::Pair;
    const std::optional<Pick> sel = session_->selection();
    const bool editing = pair && session_->editing();
    const std::pair<QPushButton*, Pick> picks[] = {
        {pickLeft_, Pick::Left}, {pickRight_, Pick::Right}, {pickTie_, Pick::Tie}, {pickBothBad_, Pick::BothBad}, {pickSkip_, Pick::Skip}};
    for (const auto& [b, p] : picks) {
        b->setChecked(sel == p);
        b->setEnabled(pair && !editing);
    }
    for (bool isLeft : {true, false}) {
        Pane& pane = isLeft ? left_ : right_;
        const bool selected = sel == (isLeft ? Pick::Left : Pick::Right) || (sel == Pick::Tie && pair);
        const bool editHere = editing && session_->editingLeft() == isLeft;
        if (pane.frame->property("selected").toBool() != selected || pane.frame->property("editing").toBool() != editHere) {
            pane.frame->setProperty("selected", selected);
            pane.frame->setProperty("editing", editHere);
            repolish(pane.frame);
        }
        const int flags = session_->flags(isLeft);
        for (size_t i = 0; i < kFlags.size(); ++i) {
            QSignalBlocker block(pane.flags[i]);
            pane.flags[i]->setChecked((flags & kFlags[i]) != 0);
            pane.flags[i]->setEnabled(pair);
        }
        pane.editor->setVisible(editHere);
        pane.browser->setVisible(!editHere);
    }
    if (comment_->text() != session_->comment()) comment_->setText(session_->comment());
    comment_->setEnabled(pair);
    editButton_->setEnabled(pair && !editing);
    confirmButton_->setEnabled(pair && (editing || sel.has_value()));
    undoButton_->setEnabled(session_->workspace() != nullptr);
    prevButton_->setEnabled(session_->workspace() != nullptr);
    nextButton_->setEnabled(pair);

    QString info;
    if (pair) {
        if (editing) {
            info = session_->editingLeft()
                       ? tr("Editing the left answer: your text becomes the preferred answer. Ctrl+Enter saves and votes for it, Esc cancels.")
                       : tr("Editing the right answer: your text becomes the preferred answer. Ctrl+Enter saves and votes for it, Esc cancels.");
        } else if (const auto& mine = session_->myVote()) {
            const bool aLeft = session_->leftIsA();
            QString what;
            switch (mine->choice) {
            case store::Choice::A: what = aLeft ? tr("left is better") : tr("right is better"); break;
            case store::Choice::B: what = aLeft ? tr("right is better") : tr("left is better"); break;
            case store::Choice::Tie: what = tr("tie"); break;
            case store::Choice::BothBad: what = tr("both bad"); break;
            case store::Choice::Skip: what = tr("skipped"); break;
            }
            if (mine->editedSide) what += tr(" (with an edited answer)");
            info = tr("Your vote on this pair: %1. A new vote replaces it.").arg(what);
        } else if (session_->otherVotes() > 0) {
            info = tr("Votes of other annotators on this pair: %1").arg(session_->otherVotes());
        } else if (!quickMode() && !sel) {
            info = tr("Pick an answer, add flags or a comment if needed, then confirm with Ctrl+Enter.");
        }
    }
    voteInfo_->setText(info);
}

void AnnotateView::renderQueue() {
    updatingList_ = true;
    queueList_->clear();
    for (const store::QueueItem& it : session_->window()) {
        auto* item = new QListWidgetItem(queueList_);
        item->setToolTip(elide(promptSnippet(it.prompt), 300));
    }
    updatingList_ = false;
    updateQueueSelection();
}

void AnnotateView::updateQueueSelection() {
    const auto& items = session_->window();
    if (queueList_->count() != int(items.size())) {
        renderQueue();
        return;
    }
    updatingList_ = true;
    for (int i = 0; i < int(items.size()); ++i) {
        const store::QueueItem& it = items[size_t(i)];
        const bool mine = session_->votedInSession(it.pairId);
        const QString mark = mine ? QStringLiteral("✓ ") : (it.activeVotes > 0 ? QStringLiteral("• ") : QStringLiteral("   "));
        const QString text = mark + QStringLiteral("#%1  ").arg(it.pairId) + elide(promptSnippet(it.prompt), 48);
        QListWidgetItem* li = queueList_->item(i);
        if (li->text() != text) li->setText(text);
    }
    const int cur = session_->cursor();
    if (cur >= 0 && cur < queueList_->count()) {
        queueList_->setCurrentRow(cur);
        queueList_->scrollToItem(queueList_->item(cur));
    } else {
        queueList_->setCurrentRow(-1);
    }
    updatingList_ = false;
    const QLocale loc;
    if (session_->state() == AnnotationSession::State::Pair) {
        QString text = (session_->hasDroppedFront() ? tr("%1 of %2 loaded (earlier pages: PgUp)") : tr("%1 of %2 loaded"))
                           .arg(loc.toString(cur + 1), loc.toString(qint64(items.size())));
        if (filterCount_ >= 0) text += QLatin1Char('\n') + tr("%1 pairs in this queue").arg(loc.toString(filterCount_));
        positionLabel_->setText(text);
    } else {
        positionLabel_->clear();
    }
}

void AnnotateView::refreshProgress() {
    progressTimer_->stop();
    progress_.reset();
    filterCount_ = -1;
    if (session_->workspace()) {
        auto p = session_->progress();
        if (p)
            progress_ = *p;
        else
            showError(tr("Cannot count progress: %1").arg(p.error().toString()));
        if (auto n = session_->remainingInFilter(); n) filterCount_ = *n;
    }
    renderProgress();
    updateQueueSelection();
}

void AnnotateView::countVote(int delta) {
    if (progress_) {
        progress_->myVotes += delta;
        progress_->myRemaining -= delta;
        progress_->myVotesLastHour = std::max<qint64>(0, progress_->myVotesLastHour + delta);
    }
    renderProgress();
    scheduleProgress();
}

void AnnotateView::renderProgress() {
    if (!progress_) {
        progressBar_->setRange(0, 1);
        progressBar_->setValue(0);
        progressLabel_->clear();
        rateLabel_->clear();
        return;
    }
    const store::Progress* p = &*progress_;
    const QLocale loc;
    const qint64 total = p->myVotes + p->myRemaining;
    progressBar_->setRange(0, int(std::max<qint64>(1, std::min<qint64>(total, INT_MAX))));
    progressBar_->setValue(int(std::min<qint64>(p->myVotes, INT_MAX)));
    progressLabel_->setText(tr("%1 / %2 done · %3 left").arg(loc.toString(p->myVotes), loc.toString(total), loc.toString(p->myRemaining)));
    progressLabel_->setToolTip(tr("Your votes (skips included) on pairs that are not excluded. Pairs with at least one vote by anyone: %1 of %2.")
                                   .arg(loc.toString(p->labeledPairs), loc.toString(p->pairs - p->excludedPairs)));
    const double rate = session_->sessionRate();
    rateLabel_->setText(tr("%1 pairs/h this session · %2 in the last hour")
                            .arg(session_->sessionVotes() > 0 ? loc.toString(rate, 'f', 0) : QStringLiteral("–"))
                            .arg(loc.toString(p->myVotesLastHour)));
    rateLabel_->setToolTip(tr("Votes in this session: %1").arg(session_->sessionVotes()));
}

void AnnotateView::scheduleProgress() { progressTimer_->start(); }

// --- actions --------------------------------------------------------------------------

bool AnnotateView::typingInTextBox() const {
    QWidget* f = QApplication::focusWidget();
    return f && (f == comment_ || f == left_.editor || f == right_.editor || f == guidelinesEditor_);
}

void AnnotateView::afterCommit(const Result<store::Id>& r) {
    // The vote counts only once recordVote succeeded; progress follows voteCommitted.
    if (!r) showError(tr("The vote was not saved: %1").arg(r.error().toString()));
}

void AnnotateView::onPick(Pick pick) {
    if (session_->state() != AnnotationSession::State::Pair) return;
    if (session_->editing()) {
        showNotice(tr("Finish the edit first: Ctrl+Enter saves it, Esc cancels."));
        return;
    }
    clearMessages();
    if (quickMode())
        afterCommit(session_->commit(pick));
    else
        session_->select(pick);
}

void AnnotateView::onConfirm() {
    if (QApplication::focusWidget() == guidelinesEditor_) {
        saveGuidelines();
        return;
    }
    if (session_->state() != AnnotationSession::State::Pair) return;
    clearMessages();
    if (session_->editing()) {
        Pane& pane = session_->editingLeft() ? left_ : right_;
        afterCommit(session_->commitEdit(pane.editor->toPlainText()));
    } else {
        afterCommit(session_->commitSelection());
    }
}

void AnnotateView::onEdit() {
    if (session_->state() != AnnotationSession::State::Pair || session_->editing()) return;
    clearMessages();
    const bool left = session_->selection() != Pick::Right;
    Pane& pane = left ? left_ : right_;
    pane.editor->setPlainText(session_->editStartText(left));
    session_->beginEdit(left);
    pane.editor->setFocus();
    pane.editor->moveCursor(QTextCursor::End);
}

void AnnotateView::onEscape() {
    QWidget* f = QApplication::focusWidget();
    if (f == guidelinesEditor_) {
        editGuidelines(false);
        return;
    }
    if (session_->editing()) {
        session_->cancelEdit();
        setFocus();
        return;
    }
    if (f == comment_) setFocus();  // back to the keys
}

void AnnotateView::onUndo() {
    if (!session_->workspace()) return;
    if (session_->editing()) session_->cancelEdit();
    clearMessages();
    auto r = session_->undo();
    if (!r) {
        showError(tr("Undo failed: %1").arg(r.error().toString()));
        return;
    }
    showNotice(*r ? tr("Vote undone; its pair is shown again.") : tr("Nothing to undo."));
}

void AnnotateView::onNavigate(bool forward) {
    if (session_->editing()) {
        showNotice(tr("Finish the edit first: Ctrl+Enter saves it, Esc cancels."));
        return;
    }
    clearMessages();
    Status s = forward ? session_->next() : session_->previous();
    if (!s) showError(s.error().toString());
}

void AnnotateView::onFilterChanged() {
    clearMessages();
    const auto f = static_cast<QueueFilter>(filterCombo_->currentData().toInt());
    if (Status s = session_->setFilter(f); !s) showError(s.error().toString());
    refreshProgress();
    setFocus();
}

// --- guidelines -----------------------------------------------------------------------

void AnnotateView::loadGuidelines() {
    guidelines_.clear();
    if (store::Workspace* ws = session_->workspace()) {
        auto g = ws->setting(store::Workspace::guidelinesKey());
        if (g)
            guidelines_ = *g;
        else
            showError(tr("Cannot read the guidelines: %1").arg(g.error().toString()));
    }
    if (guidelines_.trimmed().isEmpty())
        guidelinesView_->setMarkdown(session_->workspace() ? tr("*No guidelines yet.* Press **Edit** to write what makes an answer better, "
                                                                "when to flag and when to skip — every annotator sees them here.")
                                                           : QString());
    else
        setAnswerContent(guidelinesView_->document(), guidelines_, true);
}

void AnnotateView::toggleGuidelines(bool visible) {
    guidelinesPanel_->setVisible(visible);
    QSettings().setValue(QStringLiteral("annotate/guidelinesVisible"), visible);
}

void AnnotateView::editGuidelines(bool editing) {
    if (editing) guidelinesEditor_->setPlainText(guidelines_);
    guidelinesEditor_->setVisible(editing);
    guidelinesView_->setVisible(!editing);
    editGuidelinesButton_->setVisible(!editing);
    saveGuidelinesButton_->setVisible(editing);
    cancelGuidelinesButton_->setVisible(editing);
    if (editing)
        guidelinesEditor_->setFocus();
    else if (guidelinesEditor_->hasFocus())
        setFocus();
}

void AnnotateView::saveGuidelines() {
    store::Workspace* ws = session_->workspace();
    if (!ws) return;
    const QString text = guidelinesEditor_->toPlainText();
    if (Status s = ws->setSetting(store::Workspace::guidelinesKey(), text); !s) {
        showError(tr("The guidelines were not saved: %1").arg(s.error().toString()));
        return;
    }
    clearMessages();
    editGuidelines(false);
    loadGuidelines();
    showNotice(tr("Guidelines saved."));
}

// --- messages -------------------------------------------------------------------------

void AnnotateView::showError(const QString& message) {
    errorBanner_->setText(message);
    errorBanner_->show();
}

void AnnotateView::showNotice(const QString& message) { noticeLabel_->setText(message); }

void AnnotateView::clearMessages() {
    errorBanner_->clear();
    errorBanner_->hide();
    noticeLabel_->clear();
}

}  // namespace ps::ui
