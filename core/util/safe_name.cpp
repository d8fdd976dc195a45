// safe_name.cpp — see safe_name.h.
#include "util/safe_name.h"

#include <QCoreApplication>
#include <QDir>

namespace ps {

namespace {

bool isBadChar(QChar c) {
    return c.unicode() < 0x20 || c.unicode() == 0x7F || c == QLatin1Char('/') || c == QLatin1Char('\\') || c == QChar(0);
}

// Printable form for messages: control characters as \xNN, cut at 80 characters.
QString shown(const QString& name) {
    QString out;
    for (QChar c : name.left(80)) out += c.unicode() < 0x20 || c.unicode() == 0x7F ? QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QLatin1Char('0')) : QString(c);
    return name.size() > 80 ? out + QStringLiteral("…") : out;
}

}  // namespace

Result<QString> checkPlainName(const QString& name) {
    if (name.isEmpty()) return makeError(QCoreApplication::translate("ps::SafeName", "the name is empty"));
    if (name == QLatin1String(".") || name == QLatin1String(".."))
        return makeError(QCoreApplication::translate("ps::SafeName", "'%1' is not a file name").arg(name));
    for (QChar c : name)
        if (isBadChar(c))
            return makeError(QCoreApplication::translate("ps::SafeName", "'%1' is not a plain file name (it holds a path separator or a control character)").arg(shown(name)));
    if (name.toUtf8().size() > kMaxFileNameBytes)
        return makeError(QCoreApplication::translate("ps::SafeName", "the name '%1' is longer than %2 bytes").arg(shown(name)).arg(kMaxFileNameBytes));
    return name;
}

QString safeFileName(const QString& label, const QString& fallback) {
    QString s;
    for (QChar c : label) {
        if (isBadChar(c) || QStringLiteral(":*?\"<>|").contains(c))
            s += QLatin1Char('_');
        else
            s += c;
    }
    while (!s.isEmpty() && (s.front() == QLatin1Char('.') || s.front().isSpace())) s.remove(0, 1);
    while (!s.isEmpty() && s.back().isSpace()) s.chop(1);
    // Cap the UTF-8 length at a character boundary (surrogate pairs stay whole).
    while (s.toUtf8().size() > kMaxFileNameBytes) s.chop(s.size() >= 2 && s.back().isLowSurrogate() ? 2 : 1);
    if (s.isEmpty() || s == QLatin1String(".") || s == QLatin1String("..")) return fallback;
    return s;
}

Result<QString> childPath(const QString& dir, const QString& name) {
    auto n = checkPlainName(name);
    if (!n) return n.error().within(dir);
    return QDir(dir).filePath(n.value());
}

}  // namespace ps
