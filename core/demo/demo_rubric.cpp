// demo_rubric.cpp — the demo corpus's curt and evasive answers (demo_rubric.h).
#include "demo/demo_rubric.h"

#include <QSet>

namespace ps::demo {

namespace {
// Verbatim from resources/demo/make_corpus.py (CURT, EVASIVE), English then Vietnamese.
const QSet<QString>& curt() {
    static const QSet<QString> s{QStringLiteral("Check the website."),      QStringLiteral("Look in the app."),
                                 QStringLiteral("Read the email we sent."), QStringLiteral("Not my department."),
                                 QStringLiteral("Ask later."),              QStringLiteral("Xem trên web đi."),
                                 QStringLiteral("Tự xem trong ứng dụng."),  QStringLiteral("Đọc email đi."),
                                 QStringLiteral("Không phải việc của tôi."), QStringLiteral("Hỏi sau nhé.")};
    return s;
}

const QSet<QString>& evasive() {
    static const QSet<QString> s{
        QStringLiteral("That depends on many factors. Please contact the relevant department for more information."),
        QStringLiteral("I cannot say for sure. Things like this can vary, so please try again later."),
        QStringLiteral("We are looking into many requests right now. Please be patient."),
        QStringLiteral("Việc này còn tùy vào nhiều yếu tố. Bạn vui lòng liên hệ bộ phận liên quan để biết thêm."),
        QStringLiteral("Tôi không chắc. Chuyện này có thể thay đổi, bạn thử lại sau nhé."),
        QStringLiteral("Hiện tại có rất nhiều yêu cầu. Bạn vui lòng kiên nhẫn.")};
    return s;
}
}  // namespace

DemoAnswerKind classifyDemoAnswer(const QString& answer) {
    // NFC: a Vietnamese answer typed or decoded in decomposed form is the same sentence.
    const QString s = answer.simplified().normalized(QString::NormalizationForm_C);
    if (curt().contains(s)) return DemoAnswerKind::Curt;
    if (evasive().contains(s)) return DemoAnswerKind::Evasive;
    return DemoAnswerKind::Other;
}

RubricVerdict judgeByDemoRubric(const QString& first, const QString& second) {
    const bool a = isCurtOrEvasive(first), b = isCurtOrEvasive(second);
    if (a && b) return RubricVerdict::BothUnhelpful;
    if (a) return RubricVerdict::Second;
    if (b) return RubricVerdict::First;
    return RubricVerdict::NoPreference;
}

}  // namespace ps::demo
