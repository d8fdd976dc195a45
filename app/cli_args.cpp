#include "cli_args.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace ps::app {

QTextStream& out() {
    static QTextStream s(stdout);
    return s;
}

QTextStream& err() {
    static QTextStream s(stderr);
    return s;
}

bool parseCommand(QCommandLineParser& parser, const QString& command, const QStringList& args) {
    parser.addHelpOption();
    QStringList full = args;
    full.prepend(QStringLiteral("prefstudio ") + command);
    if (!parser.parse(full)) {
        err() << QCoreApplication::translate("ps::cli", "error: %1").arg(parser.errorText()) << "\n\n" << parser.helpText() << Qt::flush;
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText() << Qt::flush;
        return false;
    }
    return true;
}

Result<std::vector<int64_t>> parseIdList(const QString& text) {
    std::vector<int64_t> ids;
    const QStringList parts = text.split(QRegularExpression(QStringLiteral("[,\\s]+")), Qt::SkipEmptyParts);
    for (const QString& p : parts) {
        bool ok = false;
        const qlonglong v = p.toLongLong(&ok);
        if (!ok || v < 0) return makeError(QCoreApplication::translate("ps::cli", "'%1' is not a token id").arg(p));
        ids.push_back(v);
    }
    if (ids.empty()) return makeError(QCoreApplication::translate("ps::cli", "no token ids given"));
    return ids;
}

Result<double> parseDouble(const QCommandLineParser& p, const QString& name, double fallback) {
    if (!p.isSet(name)) return fallback;
    bool ok = false;
    const double v = p.value(name).toDouble(&ok);
    if (!ok) return makeError(QCoreApplication::translate("ps::cli", "--%1 expects a number, got '%2'").arg(name, p.value(name)));
    return v;
}

Result<int64_t> parseInt(const QCommandLineParser& p, const QString& name, int64_t fallback) {
    if (!p.isSet(name)) return fallback;
    bool ok = false;
    const qlonglong v = p.value(name).toLongLong(&ok);
    if (!ok) return makeError(QCoreApplication::translate("ps::cli", "--%1 expects an integer, got '%2'").arg(name, p.value(name)));
    return static_cast<int64_t>(v);
}

int fail(const Error& e) {
    err() << QCoreApplication::translate("ps::cli", "error: %1").arg(e.toString()) << "\n" << Qt::flush;
    return 1;
}

}  // namespace ps::app
