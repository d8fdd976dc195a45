// tst_quality_view — the Quality tab driven through its real widgets inside
// the studio window, on a workspace built through the store API
// (tests/quality/quality_fixture.h): Refresh computes on the worker thread,
// the cards and tables show the report, excluding an annotator by clicking
// writes to SQLite (and preferencePairs leaves their votes out), including
// again undoes it, a pair is excluded from the contradictions table.
// PS_SCREENSHOT=/path.png saves a picture of the tab filled with a larger,
// realistic workspace (run it under xvfb-run with QT_QPA_PLATFORM=xcb).
#include "main_window.h"
#include "quality/quality_fixture.h"
#include "quality/synthetic_workspace.h"
#include "quality_view.h"
#include "store/workspace.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTabWidget>
#include <QTimer>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QtTest>
#include <set>

using namespace ps;
using fixtures::must;
using store::Id;

namespace {

template <typename T>
T* child(QObject& parent, const char* name) {
    T* w = parent.findChild<T*>(QLatin1String(name));
    if (!w) qFatal("no child named %s", name);
    return w;
}

int rowOf(QTableWidget* t, const QString& text, int column = 0) {
    for (int r = 0; r < t->rowCount(); ++r)
        if (t->item(r, column) && t->item(r, column)->text() == text) return r;
    return -1;
}

void clickRow(QTableWidget* t, int row) {
    const QRect rect = t->visualItemRect(t->item(row, 0));
    QTest::mouseClick(t->viewport(), Qt::LeftButton, Qt::NoModifier, rect.center());
}

// Refresh through the button and wait for the worker's report.
bool refreshByClick(QWidget& window) {
    auto* view = child<ui::QualityView>(window, "qualityView");
    QSignalSpy ready(view, &ui::QualityView::reportReady);
    QTest::mouseClick(child<QPushButton>(window, "qualityRefresh"), Qt::LeftButton);
    return ready.count() == 1 || ready.wait(20000);
}

}  // namespace

class TestQualityView : public QObject {
    Q_OBJECT
    QTemporaryDir dir_;

private Q_SLOTS:
    void initTestCase() {
        QCoreApplication::setOrganizationName(QStringLiteral("PrefstudioTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_quality_view"));
        QVERIFY(dir_.isValid());
    }

    void refreshExcludeAndInclude() {
        const QString path = dir_.filePath(QStringLiteral("view.prefstudio"));
        quality_fixture::Built built;
        {
            store::Workspace::OpenOptions o;
            o.instanceLock = false;
            auto ws = must(store::Workspace::open(path, o));
            built = quality_fixture::build(*ws);
        }
        ui::MainWindow w;
        w.setLanguage(QStringLiteral("en"));
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.openWorkspace(path).ok());
        auto* view = child<ui::QualityView>(w, "qualityView");
        child<QTabWidget>(w, "mainTabs")->setCurrentWidget(view);

        QVERIFY(refreshByClick(w));
        QVERIFY(view->report().has_value());
        // Position bias card: 8 of 12 (see tst_quality_report).
        QCOMPARE(child<QLabel>(w, "qualityCardValue0")->text(), QStringLiteral("66.7 %"));
        QVERIFY2(child<QLabel>(w, "qualityCardDetail0")->text().contains(QLatin1String("8 of 12")),
                 qPrintable(child<QLabel>(w, "qualityCardDetail0")->text()));
        QCOMPARE(child<QLabel>(w, "qualityCardValue3")->text(), QStringLiteral("3"));  // contradictions
        auto* annotators = child<QTableWidget>(w, "qualityAnnotators");
        QCOMPARE(annotators->rowCount(), 4);
        auto* kappa = child<QTableWidget>(w, "qualityKappa");
        QCOMPARE(kappa->rowCount(), 3);  // ann, bob, cat (dan is excluded)

        // Exclude bob by clicking his row, typing a reason and pressing the button.
        auto* sections = child<QTabWidget>(w, "qualitySections");
        sections->setCurrentIndex(1);
        const int pairsBefore = int(must(w.workspace()->preferencePairs()).size());
        const int bobRow = rowOf(annotators, QStringLiteral("bob"));
        QVERIFY(bobRow >= 0);
        clickRow(annotators, bobRow);
        QTest::keyClicks(child<QLineEdit>(w, "qualityAnnotatorReason"), QStringLiteral("reverses swapped pairs"));
        QTest::mouseClick(child<QPushButton>(w, "qualityExcludeAnnotators"), Qt::LeftButton);

        const Id bob = built.annotators[QStringLiteral("bob")];
        const store::Annotator stored = must(w.workspace()->annotator(bob));
        QVERIFY(stored.excluded);
        QCOMPARE(stored.excludedReason, QStringLiteral("reverses swapped pairs"));
        // The table shows it at once, before any refresh.
        QCOMPARE(annotators->item(rowOf(annotators, QStringLiteral("bob")), 1)->text(), QStringLiteral("Excluded: reverses swapped pairs"));
        QVERIFY(child<QLabel>(w, "qualityStatus")->text().contains(QLatin1String("Refresh")));
        // Training data: without bob, p3 (ann tie only) and p5 (ann A alone) change outcome.
        // Before: p1 B (2:1), p2 A, p3 tie/B 1:1 -> none, p4 B, p5 A/B 1:1 -> none = 3 examples.
        // After:  p1 B/A 1:1 -> none, p2 A, p3 tie (left out), p4 B, p5 A = 3 examples, p1 gone, p5 in.
        const auto after = must(w.workspace()->preferencePairs());
        QCOMPARE(pairsBefore, 3);
        QCOMPARE(int(after.size()), 3);
        std::set<Id> pairIds;
        for (const auto& e : after) pairIds.insert(e.pairId);
        QCOMPARE(pairIds, (std::set<Id>{built.pairs[1], built.pairs[3], built.pairs[4]}));

        // Refresh: bob's votes no longer count; the kappa matrix loses him.
        QVERIFY(refreshByClick(w));
        QCOMPARE(kappa->rowCount(), 2);
        QCOMPARE(child<QLabel>(w, "qualityCardValue3")->text(), QStringLiteral("1"));  // p1 only (ann B, cat A)

        // Include him again.
        clickRow(annotators, rowOf(annotators, QStringLiteral("bob")));
        QTest::mouseClick(child<QPushButton>(w, "qualityIncludeAnnotators"), Qt::LeftButton);
        QVERIFY(!must(w.workspace()->annotator(bob)).excluded);
        QCOMPARE(annotators->item(rowOf(annotators, QStringLiteral("bob")), 1)->text(), QStringLiteral("Included"));
        QCOMPARE(int(must(w.workspace()->preferencePairs()).size()), 3);
        QVERIFY(refreshByClick(w));
        QCOMPARE(kappa->rowCount(), 3);

        // Exclude the contradicting pair p1 from its table.
        sections->setCurrentIndex(2);
        auto* contradictions = child<QTableWidget>(w, "qualityContradictions");
        QCOMPARE(contradictions->rowCount(), 3);
        const int p1Row = rowOf(contradictions, QString::number(built.pairs[0]));
        clickRow(contradictions, p1Row);
        QTest::mouseClick(child<QPushButton>(w, "qualityExcludePairs"), Qt::LeftButton);
        const store::Pair p1 = must(w.workspace()->pair(built.pairs[0]));
        QVERIFY(p1.excluded);
        QCOMPARE(p1.excludedReason, QStringLiteral("contradicting votes"));
        QCOMPARE(contradictions->item(rowOf(contradictions, QString::number(built.pairs[0])), 1)->text(), QStringLiteral("Excluded"));
        for (const auto& e : must(w.workspace()->preferencePairs())) QVERIFY(e.pairId != built.pairs[0]);
    }

    void cancelAndClose() {
        const QString path = dir_.filePath(QStringLiteral("cancel.prefstudio"));
        {
            store::Workspace::OpenOptions o;
            o.instanceLock = false;
            auto ws = must(store::Workspace::open(path, o));
            quality_fixture::build(*ws);
        }
        ui::MainWindow w;
        QVERIFY(w.openWorkspace(path).ok());
        auto* view = child<ui::QualityView>(w, "qualityView");
        view->refresh();
        QVERIFY(view->isComputing());
        QTest::mouseClick(child<QPushButton>(w, "qualityCancel"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!view->isComputing(), 20000);
        // The tiny report may finish before the cancel lands; either way the view is usable again.
        QVERIFY(child<QPushButton>(w, "qualityRefresh")->isEnabled());
        w.closeWorkspace();
        QVERIFY(!child<QPushButton>(w, "qualityRefresh")->isEnabled());
        QVERIFY(!view->report().has_value());
    }

    // A realistic workspace for a screenshot (only with PS_SCREENSHOT set).
    void screenshot() {
        const QString out = qEnvironmentVariable("PS_SCREENSHOT");
        if (out.isEmpty()) QSKIP("set PS_SCREENSHOT=/path.png to save a picture of the Quality tab");
        // PS_QUALITY_WORKSPACE: an existing workspace instead (e.g. bench_quality's 100k pairs).
        QString path = qEnvironmentVariable("PS_QUALITY_WORKSPACE");
        if (path.isEmpty()) {
            path = dir_.filePath(QStringLiteral("shot.prefstudio"));
            store::Workspace::OpenOptions o;
            o.instanceLock = false;
            auto ws = must(store::Workspace::open(path, o));
            synthetic::Shape shape;
            shape.prompts = 400;
            synthetic::fill(*ws, shape);
        }
        ui::MainWindow w;
        w.setLanguage(QStringLiteral("en"));
        w.resize(1500, 950);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.openWorkspace(path).ok());
        child<QTabWidget>(w, "mainTabs")->setCurrentWidget(child<ui::QualityView>(w, "qualityView"));
        // The longest stretch the GUI thread was busy while the report was computed and shown.
        QElapsedTimer clock;
        clock.start();
        qint64 last = 0, maxGap = 0;
        QTimer ticker;
        ticker.setInterval(10);
        QObject::connect(&ticker, &QTimer::timeout, [&] {
            maxGap = std::max(maxGap, clock.elapsed() - last);
            last = clock.elapsed();
        });
        ticker.start();
        QVERIFY(refreshByClick(w));
        QTest::qWait(300);
        qInfo("report and display: %lld ms; longest GUI stall %lld ms", static_cast<long long>(clock.elapsed()), static_cast<long long>(maxGap));
        QVERIFY(w.grab().save(out));
        auto* sections = child<QTabWidget>(w, "qualitySections");
        for (int i = 1; i < sections->count(); ++i) {
            sections->setCurrentIndex(i);
            QTest::qWait(100);
            QString name = out;
            name.replace(QLatin1String(".png"), QStringLiteral("_%1.png").arg(i));
            QVERIFY(w.grab().save(name));
        }
    }
};

QTEST_MAIN(TestQualityView)
#include "tst_quality_view.moc"
