// tst_demo_rubric — the demo rubric (core/demo/demo_rubric.h) on hand-picked
// answers of the demo corpus (resources/demo/make_corpus.py, seed_pairs.jsonl):
// its curt and evasive replies in English and Vietnamese are recognised,
// polite helpful answers are not, and the pairwise verdict prefers the side
// that is not curt or evasive, with no preference when both or neither are.
#include "demo/demo_rubric.h"

#include <QtTest>

using namespace ps;
using demo::DemoAnswerKind;
using demo::RubricVerdict;

namespace {
const QString kPoliteEn = QStringLiteral("Of course. Returns are free within 30 days. What is your order number? I will email you the return label.");
const QString kPoliteVi = QStringLiteral("Chào bạn! Mình có thể giúp gì về đơn hàng hoặc sản phẩm của shop?");
const QString kCurt = QStringLiteral("Check the website.");
const QString kEvasiveVi = QStringLiteral("Việc này còn tùy vào nhiều yếu tố. Bạn vui lòng liên hệ bộ phận liên quan để biết thêm.");
}  // namespace

class TestDemoRubric : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void classifies_data() {
        QTest::addColumn<QString>("answer");
        QTest::addColumn<DemoAnswerKind>("kind");
        QTest::newRow("curt en") << kCurt << DemoAnswerKind::Curt;
        QTest::newRow("curt en 2") << QStringLiteral("Not my department.") << DemoAnswerKind::Curt;
        QTest::newRow("curt vi") << QStringLiteral("Hỏi sau nhé.") << DemoAnswerKind::Curt;
        QTest::newRow("curt, spaces and a newline") << QStringLiteral("  Look in\n the app. ") << DemoAnswerKind::Curt;
        // "ỏ" written as o + combining hook above + combining dot below would not be the same
        // code points; NFC makes a decomposed Vietnamese answer match.
        QTest::newRow("curt vi decomposed") << QStringLiteral("Hỏi sau nhé.").normalized(QString::NormalizationForm_D) << DemoAnswerKind::Curt;
        QTest::newRow("evasive en")
            << QStringLiteral("That depends on many factors. Please contact the relevant department for more information.") << DemoAnswerKind::Evasive;
        QTest::newRow("evasive en 2") << QStringLiteral("We are looking into many requests right now. Please be patient.") << DemoAnswerKind::Evasive;
        QTest::newRow("evasive vi") << kEvasiveVi << DemoAnswerKind::Evasive;
        QTest::newRow("polite en") << kPoliteEn << DemoAnswerKind::Other;
        QTest::newRow("polite vi") << kPoliteVi << DemoAnswerKind::Other;
        QTest::newRow("polite en cancel")
            << QStringLiteral("Of course. Order #46549 had not shipped yet, so I have cancelled it. Your refund will reach your card in 3 to 5 business days.")
            << DemoAnswerKind::Other;
        // Only the whole answer counts: a brush-off followed by real help is not curt.
        QTest::newRow("curt sentence inside a longer answer")
            << QStringLiteral("Check the website. Returns are free within 30 days; what is your order number?") << DemoAnswerKind::Other;
        // Case matters: the corpus's sentences are matched as written.
        QTest::newRow("different case") << QStringLiteral("check the website.") << DemoAnswerKind::Other;
        QTest::newRow("empty") << QString() << DemoAnswerKind::Other;
    }

    void classifies() {
        QFETCH(QString, answer);
        QFETCH(DemoAnswerKind, kind);
        QCOMPARE(demo::classifyDemoAnswer(answer), kind);
        QCOMPARE(demo::isCurtOrEvasive(answer), kind != DemoAnswerKind::Other);
    }

    void judgesPairs_data() {
        QTest::addColumn<QString>("first");
        QTest::addColumn<QString>("second");
        QTest::addColumn<RubricVerdict>("verdict");
        QTest::newRow("curt vs polite") << kCurt << kPoliteEn << RubricVerdict::Second;
        QTest::newRow("polite vs evasive") << kPoliteVi << kEvasiveVi << RubricVerdict::First;
        QTest::newRow("curt vs evasive") << kCurt << kEvasiveVi << RubricVerdict::BothUnhelpful;
        QTest::newRow("polite vs polite") << kPoliteEn << kPoliteVi << RubricVerdict::NoPreference;
        QTest::newRow("identical curt") << kCurt << kCurt << RubricVerdict::BothUnhelpful;
    }

    void judgesPairs() {
        QFETCH(QString, first);
        QFETCH(QString, second);
        QFETCH(RubricVerdict, verdict);
        QCOMPARE(demo::judgeByDemoRubric(first, second), verdict);
    }
};

QTEST_GUILESS_MAIN(TestDemoRubric)
#include "tst_demo_rubric.moc"
