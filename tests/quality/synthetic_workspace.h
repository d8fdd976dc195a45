// synthetic_workspace.h — fills a workspace with realistic-looking customer
// support preference data, for the quality benchmark (bench/bench_quality.cpp)
// and the Quality tab's screenshot: English and Vietnamese prompts from
// templates (with ~1 % exact and ~2 % one-word-edit duplicates), answers of
// varying length, pairs (all pairs of 4 answers, some shown again with sides
// swapped) and annotators who follow a hidden answer quality with their own
// noise, a mild preference for longer answers, and a few bad habits (one
// always clicks the left side quickly, one answers at random).
// Deterministic for a seed. Not a test by itself.
#pragma once

#include "store/store_fixtures.h"
#include "store/workspace.h"

#include <QRandomGenerator>
#include <QStringList>

#include <cmath>
#include <vector>

namespace synthetic {

using ps::store::Choice;
using ps::store::Id;

struct Shape {
    int prompts = 300;
    int annotators = 8;
    double votesPerPair = 1.6;  // mean annotators per pair
    quint32 seed = 11;
};

inline double normal(QRandomGenerator& rng) {  // Box–Muller
    const double u = std::max(1e-12, rng.generateDouble()), v = rng.generateDouble();
    return std::sqrt(-2.0 * std::log(u)) * std::cos(6.283185307179586 * v);
}

template <typename L>
const QString& pick(QRandomGenerator& rng, const L& list) {
    return list[int(rng.bounded(quint32(list.size())))];
}

// Returns the number of pairs created (10 per prompt).
inline qint64 fill(ps::store::Workspace& ws, const Shape& shape) {
    QRandomGenerator rng(shape.seed);
    const QStringList openersEn = {"Hi,", "Hello,", "Good morning,", "Hey there,", "Dear support,", "Quick question:", "Please help:", ""};
    const QStringList requestsEn = {"how do I get a refund for my %1", "my %1 has not arrived yet", "I cannot log in to the app on my %1",
                                    "can I change the delivery address for my %1", "the invoice for my %1 shows the wrong amount",
                                    "how long is the warranty on the %1", "I was charged twice for the %1", "can I upgrade my %1 plan",
                                    "the %1 I received is damaged", "where can I download the manual for the %1", "how do I cancel my %1 subscription",
                                    "is the %1 compatible with my old charger", "I want to exchange the %1 for a different size"};
    const QStringList productsEn = {"headphones", "phone case", "smart watch", "laptop stand", "coffee machine", "running shoes", "backpack",
                                    "desk lamp", "keyboard", "monitor", "tablet", "vacuum cleaner", "air fryer", "e-reader", "camera"};
    const QStringList detailsEn = {"Order number %1.", "I ordered it %1 days ago.", "My account email ends in %1.", "The tracking code is %1.", ""};
    const QStringList closersEn = {"Thanks!", "Thank you in advance.", "Please reply soon.", "This is urgent.", ""};
    const QStringList requestsVi = {"làm sao để được hoàn tiền cho %1", "%1 của tôi vẫn chưa được giao", "tôi không đăng nhập được ứng dụng trên %1",
                                    "tôi có thể đổi địa chỉ giao %1 không", "hóa đơn cho %1 bị sai số tiền", "%1 được bảo hành bao lâu",
                                    "tôi bị trừ tiền hai lần cho %1", "%1 tôi nhận được bị hỏng"};
    const QStringList productsVi = {"tai nghe", "ốp điện thoại", "đồng hồ thông minh", "máy pha cà phê", "giày chạy bộ", "ba lô", "bàn phím",
                                    "màn hình", "máy tính bảng", "nồi chiên không dầu"};
    const QStringList categories = {"billing", "shipping", "account", "product", "returns"};
    const QStringList sentencesEn = {
        "Thanks for reaching out, I am sorry for the trouble.", "I have checked your order and can see the issue.",
        "A refund has been issued and should appear within five business days.", "You can change the address under Orders > Details.",
        "Please restart the app and sign in again with your email.", "The warranty covers manufacturing defects for two years.",
        "I have escalated this to our shipping partner.", "Could you send a photo of the damaged item?",
        "Your subscription can be cancelled at any time in Settings.", "The manual is available as a PDF on the product page.",
        "We will send a replacement free of charge.", "Both chargers use the same USB-C standard, so it will work.",
        "Let me know if there is anything else I can do.", "I have applied a 10 % discount to your next order as an apology.",
        "The duplicate charge was a temporary hold and has been released.", "Exchanges are free within 30 days of delivery."};
    const QStringList sentencesVi = {"Cảm ơn bạn đã liên hệ, rất tiếc về sự bất tiện này.", "Tôi đã kiểm tra đơn hàng của bạn.",
                                     "Tiền hoàn sẽ về tài khoản trong năm ngày làm việc.", "Bạn có thể đổi địa chỉ trong mục Đơn hàng.",
                                     "Vui lòng khởi động lại ứng dụng và đăng nhập lại.", "Sản phẩm được bảo hành hai năm.",
                                     "Chúng tôi sẽ gửi sản phẩm thay thế miễn phí.", "Bạn cần hỗ trợ thêm gì không?"};

    // Prompts.
    std::vector<ps::store::NewPrompt> prompts;
    prompts.reserve(size_t(shape.prompts));
    for (int i = 0; i < shape.prompts; ++i) {
        ps::store::NewPrompt p;
        const bool vi = rng.bounded(100) < 30;
        const quint32 r = rng.bounded(100);
        if (i > 10 && r < 1) {
            p = prompts[size_t(rng.bounded(quint32(i)))];  // exact duplicate
        } else if (i > 10 && r < 3) {
            p = prompts[size_t(rng.bounded(quint32(i)))];  // one word changed
            QStringList words = p.content.text.split(QLatin1Char(' '));
            words[int(rng.bounded(quint32(words.size())))] = p.language == QLatin1String("vi") ? QStringLiteral("nhanh") : QStringLiteral("quickly");
            p.content.text = words.join(QLatin1Char(' '));
        } else if (vi) {
            p.content.text = QStringLiteral("Chào shop, %1? Mã đơn %2.")
                                 .arg(pick(rng, requestsVi).arg(pick(rng, productsVi)))
                                 .arg(100000 + rng.bounded(900000));
            p.language = QStringLiteral("vi");
        } else {
            p.content.text = QStringLiteral("%1 %2? %3 %4")
                                 .arg(pick(rng, openersEn), pick(rng, requestsEn).arg(pick(rng, productsEn)),
                                      [&] {
                                          const QString& d = pick(rng, detailsEn);
                                          return d.isEmpty() ? d : d.arg(100000 + rng.bounded(900000));
                                      }(),
                                      pick(rng, closersEn))
                                 .simplified();
            p.language = QStringLiteral("en");
        }
        p.category = categories[int(rng.bounded(quint32(categories.size())))];
        p.source = QStringLiteral("synthetic");
        prompts.push_back(p);
    }
    const std::vector<Id> promptIds = fixtures::must(ws.addPrompts(prompts));

    // Four answers per prompt, each with a hidden quality.
    std::vector<ps::store::NewGeneration> gens;
    std::vector<double> quality;
    for (size_t i = 0; i < promptIds.size(); ++i) {
        const QStringList& pool = prompts[i].language == QLatin1String("vi") ? sentencesVi : sentencesEn;
        for (int k = 0; k < 4; ++k) {
            ps::store::NewGeneration g;
            g.promptId = promptIds[i];
            const int n = 1 + int(rng.bounded(5));
            QStringList s;
            for (int j = 0; j < n; ++j) s << pick(rng, pool);
            g.text = s.join(QLatin1Char(' '));
            gens.push_back(g);
            quality.push_back(normal(rng) + 0.5 * std::log(double(g.text.size())));  // longer is a little better, as people tend to think
        }
    }
    const std::vector<Id> genIds = fixtures::must(ws.addGenerations(gens));

    // Pairs: the 6 pairs of 4 answers in random orientation, and 4 of them shown again swapped.
    struct P {
        size_t a, b;
    };
    std::vector<ps::store::NewPair> pairs;
    std::vector<P> pairGens;
    for (size_t i = 0; i < promptIds.size(); ++i) {
        std::vector<P> six;
        for (size_t x = 0; x < 4; ++x)
            for (size_t y = x + 1; y < 4; ++y) six.push_back(rng.bounded(2) ? P{4 * i + x, 4 * i + y} : P{4 * i + y, 4 * i + x});
        for (int k = 0; k < 4; ++k) six.push_back({six[size_t(k)].b, six[size_t(k)].a});
        for (const P& p : six) {
            pairs.push_back({promptIds[i], genIds[p.a], genIds[p.b]});
            pairGens.push_back(p);
        }
    }
    const std::vector<Id> pairIds = fixtures::must(ws.createPairs(pairs));

    // Annotators: noise, speed (median seconds), left bias; the last two have bad habits.
    struct Person {
        Id id;
        double noise, seconds, leftBias;
        bool clicker, random;
    };
    const QStringList names = {"An", "Bình", "Chi", "Dũng", "Emma", "Farid", "Giang", "Hana", "Ivan", "Julia", "Khoa", "Linh", "Minh", "Nora"};
    std::vector<Person> people;
    for (int a = 0; a < shape.annotators; ++a) {
        const QString name = a < names.size() ? names[a] : QStringLiteral("annotator %1").arg(a + 1);
        const bool clicker = a == shape.annotators - 1, random = a == shape.annotators - 2;
        people.push_back({fixtures::must(ws.addAnnotator(name)), 0.5 + 0.5 * rng.generateDouble(), 12 + 20 * rng.generateDouble(), 0.1 * rng.generateDouble(),
                          clicker, random});
    }
    auto tx = fixtures::must(ws.begin());
    for (size_t i = 0; i < pairIds.size(); ++i) {
        for (const Person& who : people) {
            if (rng.generateDouble() > shape.votesPerPair / double(people.size())) continue;
            ps::store::NewVote v;
            v.pairId = pairIds[i];
            v.annotatorId = who.id;
            v.leftIsA = rng.bounded(2) == 0;
            const double left = *v.leftIsA ? quality[pairGens[i].a] : quality[pairGens[i].b];
            const double right = *v.leftIsA ? quality[pairGens[i].b] : quality[pairGens[i].a];
            auto side = [&](bool pickLeft) { return pickLeft == *v.leftIsA ? Choice::A : Choice::B; };
            double seconds = who.seconds * std::exp(0.4 * normal(rng));
            if (who.clicker) {
                v.choice = side(rng.bounded(100) < 90);
                seconds = 1.5 * std::exp(0.3 * normal(rng));
            } else if (who.random) {
                static const Choice all[] = {Choice::A, Choice::B, Choice::A, Choice::B, Choice::Tie};
                v.choice = all[rng.bounded(5)];
            } else if (rng.bounded(100) < 2) {
                v.choice = Choice::Skip;
            } else if (std::max(left, right) < -0.6 && rng.bounded(100) < 60) {
                v.choice = Choice::BothBad;
            } else {
                const double d = left - right + who.leftBias + who.noise * normal(rng);
                v.choice = std::fabs(d) < 0.15 ? Choice::Tie : side(d > 0);
            }
            v.timeTakenMs = qint64(seconds * 1000);
            fixtures::must(ws.recordVote(v));
        }
    }
    fixtures::must(tx.commit());
    return qint64(pairIds.size());
}

}  // namespace synthetic
