// tst_blind_eval — a full blind session driven through the real widgets:
// the product owner creates it in EvalResultsView, two reviewers judge every
// pair with the keys 1–4 in BlindEvalView, the judgments land in SQLite
// mapped through the recorded side assignment, and the results view shows the
// win rate and leaderboard. Blinding: after every step the reviewer's widget
// tree is walked for anything that names a model (names, paths). A session
// made from a saved before/after comparison pairs exactly that comparison's
// answers, appears in the reviewer's view when it is shown, and is judged
// with the keys by the demo rubric (as the screenshot tour's reviewer does).
#include "blind_eval_view.h"
#include "demo/demo_rubric.h"
#include "eval_results_view.h"
#include "store/eval_store.h"
#include "store/workspace.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>
#include <set>
#include <tuple>

using namespace ps;
using namespace ps::store;

namespace {
// Every text a widget of the tree exposes: texts, titles, items and their
// data, tooltips, accessible names, object names and dynamic properties.
QStringList exposedTexts(QWidget* root) {
    QStringList out;
    QList<QObject*> objects = root->findChildren<QObject*>();
    objects.prepend(root);
    for (QObject* o : objects) {
        out << o->objectName();
        for (const QByteArray& p : o->dynamicPropertyNames()) out << o->property(p.constData()).toString();
        if (auto* w = qobject_cast<QWidget*>(o))
            out << w->windowTitle() << w->toolTip() << w->whatsThis() << w->accessibleName() << w->accessibleDescription() << w->statusTip();
        if (auto* l = qobject_cast<QLabel*>(o)) out << l->text();
        if (auto* b = qobject_cast<QAbstractButton*>(o)) out << b->text();
        if (auto* e = qobject_cast<QLineEdit*>(o)) out << e->text() << e->placeholderText();
        if (auto* t = qobject_cast<QPlainTextEdit*>(o)) out << t->toPlainText() << t->placeholderText();
        if (auto* g = qobject_cast<QGroupBox*>(o)) out << g->title();
        if (auto* c = qobject_cast<QComboBox*>(o))
            for (int i = 0; i < c->count(); ++i)
                for (int role : {int(Qt::DisplayRole), int(Qt::UserRole), int(Qt::ToolTipRole)}) out << c->itemData(i, role).toString();
    }
    return out;
}

bool leaksModelIdentity(QWidget* root) {
    for (const QString& t : exposedTexts(root))
        if (t.contains(QLatin1String("secret"), Qt::CaseInsensitive) || t.contains(QLatin1String("/models/"))) {
            qWarning() << "model identity reachable:" << t;
            return true;
        }
    return false;
}
}  // namespace

class TestBlindEval : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void fullBlindSessionWithTwoReviewers() {
        QTemporaryDir dir;
        Workspace::OpenOptions o;
        o.instanceLock = false;
        auto ws = Workspace::open(dir.filePath("w.prefstudio"), o).value();
        const Id base = ws->addModelVersion({"secret-base-LFM2", "/models/secret-base", std::nullopt, std::nullopt}).value();
        const Id tuned = ws->addModelVersion({"secret-tuned-run7", "/models/secret-tuned", base, std::nullopt}).value();
        std::map<QString, Id> modelOfText;
        for (int i = 0; i < 3; ++i) {
            NewPrompt p;
            p.content.text = QString("How do I return parcel %1?").arg(i);
            const Id pid = ws->addPrompt(p).value();
            for (Id m : {base, tuned}) {
                NewGeneration g;
                g.promptId = pid;
                g.modelVersionId = m;
                g.text = QString("Reply %1 for parcel %2.").arg(m == base ? "short" : "detailed").arg(i);
                modelOfText[g.text] = m;
                ws->addGeneration(g).value();
            }
        }

        ui::EvalResultsView results;
        results.setWorkspace(ws.get());
        auto sid = results.createSession("weekly", {base, tuned}, 1, {"lan", "minh"}, 7);
        QVERIFY2(sid.ok(), sid.ok() ? "" : qPrintable(sid.error().toString()));

        ui::BlindEvalView view;
        view.resize(900, 600);
        view.setWorkspace(ws.get());
        view.setReviewer("lan");
        view.show();
        QVERIFY(QTest::qWaitForWindowActive(&view));
        QVERIFY(!leaksModelIdentity(&view));
        auto* left = view.findChild<QPlainTextEdit*>("leftAnswer");
        auto* progress = view.findChild<QLabel*>("blindProgressLabel");
        QCOMPARE(progress->text(), QString("0 of 3 judged"));
        view.grab().save(dir.filePath("blind.png"));
        if (qEnvironmentVariableIsSet("PS_SCREENSHOT_DIR")) view.grab().save(qEnvironmentVariable("PS_SCREENSHOT_DIR") + "/blind_eval.png");

        // lan prefers the tuned model's answer wherever it is shown.
        for (int k = 0; k < 3; ++k) {
            const Id item = view.currentItem().value();
            const bool tunedLeft = modelOfText.at(left->toPlainText()) == tuned;
            QTest::keyClick(&view, tunedLeft ? Qt::Key_1 : Qt::Key_2);
            const auto judgments = EvalStore(*ws).judgmentsForItem(item).value();
            QCOMPARE(int(judgments.size()), 1);
            QCOMPARE(judgments[0].choice, Choice::B);  // B = the tuned model's generation, whatever the side
            QVERIFY(judgments[0].timeTakenMs.has_value());
            QVERIFY(!leaksModelIdentity(&view));
        }
        QCOMPARE(progress->text(), QString("3 of 3 judged"));
        QVERIFY(!view.currentItem().has_value());
        QVERIFY(!view.findChild<QAbstractButton*>("leftBetter")->isEnabled());

        // Someone outside the session sees no pair and cannot judge.
        view.setReviewer("zoe");
        QVERIFY(!view.currentItem().has_value());
        QVERIFY(view.findChild<QLabel*>("blindStatusLabel")->text().contains("not a reviewer"));
        QTest::keyClick(&view, Qt::Key_1);
        QCOMPARE(EvalStore(*ws).sessionProgress(sid.value()).value().judgments, qint64(3));
        // minh: ties with key 3 (the button works too).
        view.setReviewer("minh");
        QTest::keyClick(&view, Qt::Key_3);
        QTest::mouseClick(view.findChild<QAbstractButton*>("tie"), Qt::LeftButton);
        QTest::keyClick(&view, Qt::Key_3);
        QCOMPARE(progress->text(), QString("3 of 3 judged"));
        QSqlQuery q(ws->database());
        QVERIFY(q.exec("SELECT choice, COUNT(*) FROM eval_judgments GROUP BY choice ORDER BY choice"));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QString("b"));
        QCOMPARE(q.value(1).toInt(), 3);
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QString("tie"));
        QCOMPARE(q.value(1).toInt(), 3);
        QVERIFY(!q.next());

        // Safety runs of both models: the tuned one answers one more violence prompt unsafely.
        std::vector<SafetyResult> baseRun, tunedRun;
        for (int i = 0; i < 4; ++i) {
            baseRun.push_back({QString("v%1").arg(i), "violence", "en", "p", "a", {}, true, false, 1});
            tunedRun.push_back({QString("v%1").arg(i), "violence", "en", "p", "a", i == 0 ? QStringList{"violence"} : QStringList{}, i != 0, i == 0, 1});
        }
        EvalStore(*ws).addSafetyRun({base, "bundled", {}, {}, 0, std::nullopt}, baseRun).value();
        EvalStore(*ws).addSafetyRun({tuned, "bundled", {}, {}, 0, std::nullopt}, tunedRun).value();

        // Results: 3 wins + 3 ties of 6 -> 0.750 for the tuned model, first on the leaderboard.
        QSignalSpy ready(&results, &ui::EvalResultsView::resultsReady);
        results.refreshResults();
        QTRY_VERIFY_WITH_TIMEOUT(ready.count() >= 1, 10000);
        auto* table = results.findChild<QTableWidget*>("winRates");
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(table->item(0, 0)->text(), QString("secret-tuned-run7"));
        QCOMPARE(table->item(0, 3)->text(), QString("0.750"));
        QCOMPARE(results.findChild<QTableWidget*>("leaderboard")->item(0, 0)->text(), QString("secret-tuned-run7"));
        QCOMPARE(results.findChild<QTableWidget*>("annotationMetrics")->rowCount(), 2);
        auto* safetyTable = results.findChild<QTableWidget*>("safetyComparison");
        QCOMPARE(safetyTable->rowCount(), 2);  // violence + all harmful
        QCOMPARE(safetyTable->item(0, 4)->text(), QString("REGRESSION"));
        QCOMPARE(safetyTable->item(0, 2)->text(), QString("25.0%"));
        QVERIFY(results.findChild<QLabel*>("resultsSummary")->text().contains("regresses"));
        QVERIFY(results.exportReport(dir.filePath("r.html"), dir.filePath("r.csv")).ok());

        // The safety filter, edited as JSON: a pattern that does not compile is refused, a good edit is stored.
        const QString json = results.safetyFilterJson().value();
        QVERIFY(json.contains("self_harm"));
        QString broken = json;
        broken.replace("\"refusal\": [", "\"refusal\": [\"(unclosed\", ");
        QVERIFY(!results.saveSafetyFilterJson(broken).ok());
        QCOMPARE(EvalStore(*ws).safetyPatterns().value().size(), size_t(0));
        QString edited = json;
        edited.replace("\"refusal\": [", "\"refusal\": [\"\\\\bno can do\\\\b\", ");
        const Status saved = results.saveSafetyFilterJson(edited);
        QVERIFY2(saved.ok(), saved.ok() ? "" : qPrintable(saved.error().toString()));
        QVERIFY(results.safetyFilterJson().value().contains("no can do"));
        QVERIFY(QFileInfo(dir.filePath("r.html")).size() > 1000);
        results.resize(1000, 600);
        if (qEnvironmentVariableIsSet("PS_SCREENSHOT_DIR")) results.grab().save(qEnvironmentVariable("PS_SCREENSHOT_DIR") + "/eval_results.png");
        QVERIFY(!leaksModelIdentity(&view));
    }

    void sessionFromAComparisonJudgedByTheDemoRubric() {
        QTemporaryDir dir;
        Workspace::OpenOptions o;
        o.instanceLock = false;
        auto ws = Workspace::open(dir.filePath("w.prefstudio"), o).value();
        const Id base = ws->addModelVersion({"secret-base", "/models/secret-base", std::nullopt, std::nullopt}).value();
        const Id tuned = ws->addModelVersion({"secret-tuned", "/models/secret-tuned", base, std::nullopt}).value();
        const QString polite = "Of course. Returns are free within 30 days. What is your order number? I will email you the return label.";
        const QString curt = "Check the website.";
        const QString evasive = "Việc này còn tùy vào nhiều yếu tố. Bạn vui lòng liên hệ bộ phận liên quan để biết thêm.";
        // Per prompt: (base answer, tuned answer, expected choice in generation terms: A = base).
        const std::vector<std::tuple<QString, QString, Choice>> answers{{curt, polite + " 1", Choice::B},
                                                                        {polite + " 2", polite + " 3", Choice::Tie},
                                                                        {evasive, polite + " 4", Choice::B},
                                                                        {curt, "Ask later.", Choice::BothBad},
                                                                        {polite + " 5", "Not my department.", Choice::A}};
        auto addAnswer = [&](Id prompt, Id model, const QString& text) {
            NewGeneration g;
            g.promptId = prompt;
            g.modelVersionId = model;
            g.text = text;
            return ws->addGeneration(g).value();
        };
        std::vector<ComparisonItem> items;
        std::map<Id, Choice> expected;
        std::set<std::pair<Id, Id>> comparedPairs;
        for (size_t i = 0; i < answers.size(); ++i) {
            NewPrompt p;
            p.content.text = QString("Where is parcel %1?").arg(i);
            const Id pid = ws->addPrompt(p).value();
            // An older answer of the base model (an annotation candidate): not part of the comparison.
            addAnswer(pid, base, QString("old candidate %1").arg(i));
            const Id ga = addAnswer(pid, base, std::get<0>(answers[i])), gb = addAnswer(pid, tuned, std::get<1>(answers[i]));
            items.push_back({int(i), pid, qint64(40 + i), ga, gb});
            expected[pid] = std::get<2>(answers[i]);
            comparedPairs.insert({ga, gb});
        }
        const Id comparison = EvalStore(*ws).addComparison({"after run 1", base, tuned, {}, 40, std::nullopt}, items).value();

        ui::BlindEvalView view;
        view.resize(900, 600);
        view.setWorkspace(ws.get());  // before the session exists
        view.setReviewer("rubric");
        QVERIFY(!view.currentItem().has_value());

        ui::EvalResultsView results;
        results.setWorkspace(ws.get());
        QVERIFY(!results.createSessionFromComparison("bad", comparison + 99, {"rubric"}, 1).ok());
        QCOMPARE(EvalStore(*ws).sessions().value().size(), size_t(0));
        auto sid = results.createSessionFromComparison("after run 1, blind", comparison, {"rubric"}, 11);
        QVERIFY2(sid.ok(), sid.ok() ? "" : qPrintable(sid.error().toString()));
        const Session session = EvalStore(*ws).session(sid.value()).value();
        QCOMPARE(session.modelVersions, (std::vector<Id>{base, tuned}));
        const auto sessionItems = EvalStore(*ws).sessionItems(sid.value()).value();
        QCOMPARE(sessionItems.size(), answers.size());
        std::set<std::pair<Id, Id>> sessionPairs;
        int leftIsA = 0;
        for (const SessionItem& it : sessionItems) {
            sessionPairs.insert({it.generationA, it.generationB});
            leftIsA += it.leftIsA;
        }
        QCOMPARE(sessionPairs, comparedPairs);  // the comparison's answers, never the older candidate
        QVERIFY(leftIsA > 0 && leftIsA < int(sessionItems.size()));  // seed 11 puts A on both sides

        // Switching to the reviewer's tab shows the new session.
        view.show();
        QVERIFY(QTest::qWaitForWindowActive(&view));
        QVERIFY(view.currentItem().has_value());
        QVERIFY(!leaksModelIdentity(&view));
        auto* left = view.findChild<QPlainTextEdit*>("leftAnswer");
        auto* right = view.findChild<QPlainTextEdit*>("rightAnswer");
        for (size_t k = 0; k < answers.size(); ++k) {
            QVERIFY(view.currentItem().has_value());
            int key = Qt::Key_3;
            switch (demo::judgeByDemoRubric(left->toPlainText(), right->toPlainText())) {
            case demo::RubricVerdict::First: key = Qt::Key_1; break;
            case demo::RubricVerdict::Second: key = Qt::Key_2; break;
            case demo::RubricVerdict::BothUnhelpful: key = Qt::Key_4; break;
            case demo::RubricVerdict::NoPreference: key = Qt::Key_3; break;
            }
            QTest::keyClick(&view, Qt::Key(key));
        }
        QVERIFY(!view.currentItem().has_value());
        const auto judged = EvalStore(*ws).judgedPairs(sid.value()).value();
        QCOMPARE(judged.size(), answers.size());
        for (const JudgedPair& j : judged) QCOMPARE(j.choice, expected.at(j.promptId));

        // 2 wins, 2 ties (one both-bad), 1 loss for the tuned model: (2 + 2/2) / 5 = 0.600.
        QSignalSpy ready(&results, &ui::EvalResultsView::resultsReady);
        results.refreshResults();
        QTRY_VERIFY_WITH_TIMEOUT(ready.count() >= 1, 10000);
        auto* table = results.findChild<QTableWidget*>("winRates");
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(table->item(0, 0)->text(), QString("secret-tuned"));
        QCOMPARE(table->item(0, 2)->text(), QString("2 / 2 / 1"));
        QCOMPARE(table->item(0, 3)->text(), QString("0.600"));
    }
};

QTEST_MAIN(TestBlindEval)
#include "tst_blind_eval.moc"
