// text_metrics.cpp — banded Levenshtein, LCS word diff, distinct-n (text_metrics.h).
#include "eval/text_metrics.h"

#include <QSet>
#include <algorithm>
#include <cstdlib>

namespace ps::eval {

namespace {
std::vector<char32_t> codePoints(const QString& s) {
    const QList<uint> u = s.normalized(QString::NormalizationForm_C).toUcs4();
    return std::vector<char32_t>(u.begin(), u.end());
}
bool isWordChar(QChar c) { return c.isLetterOrNumber() || c.isMark() || c == QLatin1Char('_'); }
}  // namespace

EditDistance levenshtein(const QString& a, const QString& b, int maxDistance) {
    const std::vector<char32_t> x = codePoints(a), y = codePoints(b);
    const int n = int(x.size()), m = int(y.size());
    const int k = std::max(0, maxDistance);
    if (std::abs(n - m) > k) return {k, true};
    if (n == 0 || m == 0) return {std::max(n, m), false};
    // Row i holds D[i][j] for j in [i-k, i+k]; cells outside the band count as > k.
    const int width = 2 * k + 1;
    const int inf = k + 1;
    std::vector<int> prev(size_t(width), inf), cur(size_t(width), inf);
    // Row 0: D[0][j] = j for j <= k.
    for (int d = 0; d < width; ++d) {
        const int j = d - k;
        if (j >= 0 && j <= m) prev[size_t(d)] = std::min(j, inf);
    }
    for (int i = 1; i <= n; ++i) {
        int rowMin = inf;
        for (int d = 0; d < width; ++d) {
            const int j = i + d - k;
            int v = inf;
            if (j < 0 || j > m) {
                cur[size_t(d)] = inf;
                continue;
            }
            if (j == 0) {
                v = std::min(i, inf);
            } else {
                // D[i-1][j-1] is prev at the same d; D[i-1][j] at d+1; D[i][j-1] at d-1.
                const int sub = prev[size_t(d)] + (x[size_t(i - 1)] == y[size_t(j - 1)] ? 0 : 1);
                const int del = d + 1 < width ? prev[size_t(d + 1)] + 1 : inf;
                const int ins = d > 0 ? cur[size_t(d - 1)] + 1 : inf;
                v = std::min({sub, del, ins, inf});
            }
            cur[size_t(d)] = v;
            rowMin = std::min(rowMin, v);
        }
        if (rowMin > k) return {k, true};
        prev.swap(cur);
    }
    const int result = prev[size_t(m - n + k)];
    if (result > k) return {k, true};
    return {result, false};
}

QStringList diffTokens(const QString& text) {
    QStringList out;
    int i = 0;
    const int n = int(text.size());
    while (i < n) {
        int j = i + 1;
        if (isWordChar(text[i])) {
            while (j < n && isWordChar(text[j])) ++j;
        } else if (text[i].isSpace()) {
            while (j < n && text[j].isSpace()) ++j;
        } else if (text[i].isHighSurrogate() && j < n) {
            ++j;  // keep a surrogate pair (emoji) together
        }
        out << text.mid(i, j - i);
        i = j;
    }
    return out;
}

std::vector<DiffSegment> wordDiff(const QString& before, const QString& after, qint64 maxCells) {
    const QStringList a = diffTokens(before.normalized(QString::NormalizationForm_C));
    const QStringList b = diffTokens(after.normalized(QString::NormalizationForm_C));
    std::vector<DiffSegment> raw;
    auto push = [&raw](DiffOp op, const QString& t) {
        if (t.isEmpty()) return;
        if (!raw.empty() && raw.back().op == op)
            raw.back().text += t;
        else
            raw.push_back({op, t});
    };
    int pre = 0;
    while (pre < a.size() && pre < b.size() && a[pre] == b[pre]) ++pre;
    int suf = 0;
    while (suf < a.size() - pre && suf < b.size() - pre && a[a.size() - 1 - suf] == b[b.size() - 1 - suf]) ++suf;
    for (int i = 0; i < pre; ++i) push(DiffOp::Equal, a[i]);
    const int n = int(a.size()) - pre - suf, m = int(b.size()) - pre - suf;
    if (qint64(n) * qint64(m) > maxCells) {
        for (int i = 0; i < n; ++i) push(DiffOp::Delete, a[pre + i]);
        for (int j = 0; j < m; ++j) push(DiffOp::Insert, b[pre + j]);
    } else if (n > 0 || m > 0) {
        // L[i][j] = LCS length of a[pre+i..] and b[pre+j..].
        std::vector<int> L(size_t(n + 1) * size_t(m + 1), 0);
        auto at = [&](int i, int j) -> int& { return L[size_t(i) * size_t(m + 1) + size_t(j)]; };
        for (int i = n - 1; i >= 0; --i)
            for (int j = m - 1; j >= 0; --j)
                at(i, j) = a[pre + i] == b[pre + j] ? at(i + 1, j + 1) + 1 : std::max(at(i + 1, j), at(i, j + 1));
        int i = 0, j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && a[pre + i] == b[pre + j]) {
                push(DiffOp::Equal, a[pre + i]);
                ++i;
                ++j;
            } else if (j < m && (i == n || at(i, j + 1) > at(i + 1, j))) {
                push(DiffOp::Insert, b[pre + j]);
                ++j;
            } else {
                push(DiffOp::Delete, a[pre + i]);
                ++i;
            }
        }
    }
    for (int i = int(a.size()) - suf; i < a.size(); ++i) push(DiffOp::Equal, a[i]);
    return raw;
}

namespace {
QStringList words(const QString& text) {
    QStringList out;
    for (const QString& t : diffTokens(text.normalized(QString::NormalizationForm_C).toLower()))
        if (!t.isEmpty() && isWordChar(t[0])) out << t;
    return out;
}
}  // namespace

double distinctN(const QStringList& texts, int n) {
    if (n <= 0) return 0.0;
    QSet<QString> unique;
    qint64 total = 0;
    for (const QString& t : texts) {
        const QStringList w = words(t);
        for (int i = 0; i + n <= w.size(); ++i) {
            unique.insert(w.mid(i, n).join(QChar(0x1f)));
            ++total;
        }
    }
    return total > 0 ? double(unique.size()) / double(total) : 0.0;
}

int characterCount(const QString& text) { return int(text.normalized(QString::NormalizationForm_C).toUcs4().size()); }

int wordCount(const QString& text) { return int(words(text).size()); }

}  // namespace ps::eval
