// annotate_loop.cpp — helper program for tst_annotate_view's crash test (not a
// test itself). It opens the real Annotate view offscreen on a workspace (with
// the instance lock, like the studio) and annotates with key presses until it
// is killed: random picks (1, 2, ←, →, T, B, S), now and then a flag click,
// an edit (E, typing, Ctrl+Enter) or an undo (U). After each vote's
// recordVote returned it prints "vote <id>", after an undo "undo <id>", each
// line with one write(2), so a printed line means "this is durable".
//
//   ps_annotate_loop <workspace> <annotator> <seed>
#include "annotate_view.h"
#include "store/workspace.h"

#include <QApplication>
#include <QCheckBox>
#include <QPlainTextEdit>
#include <QRandomGenerator>
#include <QtTest>

#include <cstdio>
#include <unistd.h>

using namespace ps;

namespace {

void say(const QByteArray& line) {
    const QByteArray l = line + '\n';
    ssize_t off = 0;
    while (off < l.size()) {
        const ssize_t n = ::write(STDOUT_FILENO, l.constData() + off, static_cast<size_t>(l.size() - off));
        if (n <= 0) std::_Exit(3);
        off += n;
    }
}

}  // namespace

int main(int argc, char** argv) {
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("PrefstudioTest"));
    QCoreApplication::setApplicationName(QStringLiteral("ps_annotate_loop"));
    const QStringList args = app.arguments();
    if (args.size() < 4) {
        std::fprintf(stderr, "usage: ps_annotate_loop <workspace> <annotator> <seed>\n");
        return 1;
    }
    auto ws = store::Workspace::open(args[1]);
    if (!ws) {
        std::fprintf(stderr, "%s\n", qPrintable(ws.error().toString()));
        return 2;
    }
    ui::AnnotateView view;
    view.setQuickMode(true);
    view.setAnnotator(args[2]);
    view.setWorkspace(ws->get());
    QObject::connect(view.session(), &ui::AnnotationSession::voteCommitted, [](store::Id id, store::Id, bool) { say("vote "+ QByteArray::number(id)); });
    QObject::connect(view.session(), &ui::AnnotationSession::voteUndone, [](store::Id id, store::Id, bool) { say("undo "+ QByteArray::number(id)); });
    view.resize(1200, 800);
    view.show();
    view.activateWindow();
    if (!QTest::qWaitForWindowActive(&view)) return 4;
    QRandomGenerator rng(args[3].toUInt());
    const int picks[] = {Qt::Key_1, Qt::Key_2, Qt::Key_Left, Qt::Key_Right, Qt::Key_T, Qt::Key_B, Qt::Key_S};
    const char* const flags[] = {"leftFlagUnsafe", "leftFlagFactualError", "rightFlagOffTopic", "rightFlagOther"};
    say("ready");
    for (;;) {
        if (!view.errorText().isEmpty()) {
            std::fprintf(stderr, "%s\n", qPrintable(view.errorText()));
            return 5;
        }
        if (view.session()->state() != ui::AnnotationSession::State::Pair) {
            QTest::keyClick(&view, Qt::Key_PageDown);  // past the end: start again from the head
            continue;
        }
        const int r = int(rng.bounded(20));
        if (r == 0) {
            QTest::keyClick(&view, Qt::Key_U);
        } else if (r == 1) {
            QTest::keyClick(&view, Qt::Key_E);
            auto* editor = view.findChild<QPlainTextEdit*>(view.session()->editingLeft() ? QStringLiteral("leftEditor") : QStringLiteral("rightEditor"));
            QTest::keyClicks(editor, QStringLiteral(" (sửa)"));
            QTest::keyClick(editor, Qt::Key_Return, Qt::ControlModifier);
        } else {
            if (r < 5) {
                auto* box = view.findChild<QCheckBox*>(QLatin1String(flags[rng.bounded(4)]));
                QTest::mouseClick(box, Qt::LeftButton, Qt::NoModifier, QPoint(8, box->height() / 2));
            }
            QTest::keyClick(&view, picks[rng.bounded(int(std::size(picks)))]);
        }
    }
}
