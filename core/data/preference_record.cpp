#include "data/preference_record.h"

#include "data/line_reader.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace ps::data {

namespace {

Error tooLong(const QString& key, qint64 limit) {
    return makeError(QCoreApplication::translate("ps::data::Import", "'%1' is longer than the limit of %2 bytes").arg(key).arg(limit));
}

// JSON escapes can produce lone surrogates ("\ud800"), which are not text.
Status checkText(const QString& key, const QString& s, qint64 maxFieldBytes) {
    if (!QStringView(s).isValidUtf16())
        return makeError(QCoreApplication::translate("ps::data::Import", "'%1' contains an invalid \\u escape (a lone surrogate)").arg(key));
    if (utf8Size(s) > maxFieldBytes) return tooLong(key, maxFieldBytes);
    return {};
}

// A chat message list: objects with string "role" and "content".
Status checkMessages(const QString& key, const QJsonArray& messages, qint64 maxFieldBytes) {
    if (messages.isEmpty()) return makeError(QCoreApplication::translate("ps::data::Import", "'%1' is an empty message list").arg(key));
    qint64 total = 0;
    for (qsizetype i = 0; i < messages.size(); ++i) {
        const QJsonObject m = messages[i].toObject();
        if (!messages[i].isObject())
            return makeError(QCoreApplication::translate("ps::data::Import", "message %1 of '%2' is not an object").arg(i + 1).arg(key));
        const QJsonValue role = m.value(QLatin1String("role"));
        if (!role.isString() || role.toString().isEmpty())
            return makeError(QCoreApplication::translate("ps::data::Import", "message %1 of '%2' has no 'role'").arg(i + 1).arg(key));
        const QJsonValue content = m.value(QLatin1String("content"));
        if (!content.isString())
            return makeError(QCoreApplication::translate("ps::data::Import", "'content' of message %1 of '%2' must be a string").arg(i + 1).arg(key));
        PS_TRY(checkText(key, content.toString(), maxFieldBytes));
        PS_TRY(checkText(key, role.toString(), maxFieldBytes));
        total += utf8Size(content.toString());
    }
    if (total > maxFieldBytes) return tooLong(key, maxFieldBytes);
    return {};
}

// A completion: a string, or a list holding one assistant message.
Result<QString> completion(const QString& key, const QJsonValue& v, qint64 maxFieldBytes) {
    QString text;
    if (v.isString()) {
        text = v.toString();
    } else if (v.isArray()) {
        const QJsonArray a = v.toArray();
        PS_TRY(checkMessages(key, a, maxFieldBytes));
        if (a.size() != 1 || a[0].toObject().value(QLatin1String("role")).toString() != QLatin1String("assistant"))
            return makeError(QCoreApplication::translate("ps::data::Import", "'%1' must hold exactly one assistant message").arg(key));
        text = a[0].toObject().value(QLatin1String("content")).toString();
    } else {
        return makeError(QCoreApplication::translate("ps::data::Import", "'%1' must be a string or a list of messages").arg(key));
    }
    if (text.isEmpty()) return makeError(QCoreApplication::translate("ps::data::Import", "'%1' is empty").arg(key));
    PS_TRY(checkText(key, text, maxFieldBytes));
    return text;
}

Result<QString> optionalString(const QJsonObject& o, const char* key, qint64 maxFieldBytes) {
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull()) return QString();
    if (!v.isString())
        return makeError(QCoreApplication::translate("ps::data::Import", "'%1' must be a string").arg(QLatin1String(key)));
    PS_TRY(checkText(QLatin1String(key), v.toString(), maxFieldBytes));
    return v.toString();
}

Result<store::Choice> preferenceFrom(const QString& s) {
    if (s.isEmpty() || s == QLatin1String("chosen")) return store::Choice::A;
    if (s == QLatin1String("tie")) return store::Choice::Tie;
    if (s == QLatin1String("both_bad")) return store::Choice::BothBad;
    if (s == QLatin1String("skip")) return store::Choice::Skip;
    return makeError(QCoreApplication::translate("ps::data::Import", "'preference' must be one of chosen, tie, both_bad, skip"));
}

Status checkPromptText(const QString& text, qint64 maxFieldBytes) {
    if (text.trimmed().isEmpty()) return makeError(QCoreApplication::translate("ps::data::Import", "'prompt' is empty"));
    return checkText(QStringLiteral("prompt"), text, maxFieldBytes);
}

Status finish(PreferenceRecord& r, const QString& category, const QString& language, const QString& preference) {
    r.category = category;
    r.language = language;
    auto pref = preferenceFrom(preference);
    if (!pref) return pref.error();
    if (*pref != store::Choice::A && r.isPromptOnly())
        return makeError(QCoreApplication::translate("ps::data::Import", "'preference' needs 'chosen' and 'rejected'"));
    r.preference = *pref;
    return {};
}

}  // namespace

Result<PreferenceRecord> recordFromJson(const QJsonObject& o, qint64 maxFieldBytes) {
    PreferenceRecord r;
    const QJsonValue prompt = o.value(QLatin1String("prompt"));
    const QJsonValue chosen = o.value(QLatin1String("chosen"));
    const QJsonValue rejected = o.value(QLatin1String("rejected"));
    const bool hasChosen = !chosen.isUndefined() && !chosen.isNull();
    const bool hasRejected = !rejected.isUndefined() && !rejected.isNull();
    if (hasChosen && !hasRejected) return makeError(QCoreApplication::translate("ps::data::Import", "'rejected' is missing"));
    if (hasRejected && !hasChosen) return makeError(QCoreApplication::translate("ps::data::Import", "'chosen' is missing"));

    if (prompt.isUndefined() || prompt.isNull()) {
        // Implicit prompt: full conversations whose shared leading messages are the prompt.
        if (!hasChosen || !chosen.isArray() || !rejected.isArray())
            return makeError(QCoreApplication::translate("ps::data::Import", "'prompt' is missing"));
        const QJsonArray c = chosen.toArray(), rj = rejected.toArray();
        PS_TRY(checkMessages(QStringLiteral("chosen"), c, maxFieldBytes));
        PS_TRY(checkMessages(QStringLiteral("rejected"), rj, maxFieldBytes));
        qsizetype shared = 0;
        while (shared < c.size() && shared < rj.size() && c[shared] == rj[shared]) ++shared;
        if (shared == 0 || shared + 1 != c.size() || shared + 1 != rj.size())
            return makeError(QCoreApplication::translate("ps::data::Import",
                                                         "'prompt' is missing, and 'chosen' and 'rejected' are not the same conversation "
                                                         "followed by one assistant message each"));
        QJsonArray promptMessages;
        for (qsizetype i = 0; i < shared; ++i) promptMessages.append(c[i]);
        PS_TRY(checkMessages(QStringLiteral("prompt"), promptMessages, maxFieldBytes));
        r.prompt.messages = promptMessages;
        auto ch = completion(QStringLiteral("chosen"), QJsonArray{c.last()}, maxFieldBytes);
        if (!ch) return ch.error();
        auto rej = completion(QStringLiteral("rejected"), QJsonArray{rj.last()}, maxFieldBytes);
        if (!rej) return rej.error();
        r.chosen = *ch;
        r.rejected = *rej;
    } else {
        if (prompt.isString()) {
            PS_TRY(checkPromptText(prompt.toString(), maxFieldBytes));
            r.prompt.text = prompt.toString();
        } else if (prompt.isArray()) {
            PS_TRY(checkMessages(QStringLiteral("prompt"), prompt.toArray(), maxFieldBytes));
            r.prompt.messages = prompt.toArray();
        } else {
            return makeError(QCoreApplication::translate("ps::data::Import", "'prompt' must be a string or a list of messages"));
        }
        if (hasChosen) {
            auto ch = completion(QStringLiteral("chosen"), chosen, maxFieldBytes);
            if (!ch) return ch.error();
            auto rej = completion(QStringLiteral("rejected"), rejected, maxFieldBytes);
            if (!rej) return rej.error();
            r.chosen = *ch;
            r.rejected = *rej;
        }
    }
    auto category = optionalString(o, "category", maxFieldBytes);
    if (!category) return category.error();
    auto language = optionalString(o, "language", maxFieldBytes);
    if (!language) return language.error();
    auto preference = optionalString(o, "preference", maxFieldBytes);
    if (!preference) return preference.error();
    PS_TRY(finish(r, *category, *language, *preference));
    return r;
}

Result<CsvColumns> CsvColumns::fromHeader(const QStringList& header) {
    CsvColumns c;
    c.count = static_cast<int>(header.size());
    for (int i = 0; i < header.size(); ++i) {
        const QString name = header[i].trimmed().toLower();
        int* slot = nullptr;
        if (name == QLatin1String("prompt")) slot = &c.prompt;
        else if (name == QLatin1String("prompt_messages")) slot = &c.promptMessages;
        else if (name == QLatin1String("chosen")) slot = &c.chosen;
        else if (name == QLatin1String("rejected")) slot = &c.rejected;
        else if (name == QLatin1String("category")) slot = &c.category;
        else if (name == QLatin1String("language")) slot = &c.language;
        else if (name == QLatin1String("preference")) slot = &c.preference;
        if (!slot) continue;  // other columns are ignored
        if (*slot >= 0) return makeError(QCoreApplication::translate("ps::data::Import", "column '%1' appears twice").arg(name));
        *slot = i;
    }
    if (c.prompt < 0 && c.promptMessages < 0)
        return makeError(QCoreApplication::translate("ps::data::Import", "the header has no 'prompt' column"));
    if ((c.chosen < 0) != (c.rejected < 0))
        return makeError(c.chosen < 0 ? QCoreApplication::translate("ps::data::Import", "the header has 'rejected' but no 'chosen' column")
                                      : QCoreApplication::translate("ps::data::Import", "the header has 'chosen' but no 'rejected' column"));
    return c;
}

Result<PreferenceRecord> recordFromCsv(const CsvColumns& c, const QStringList& f, qint64 maxFieldBytes) {
    if (f.size() != c.count)
        return makeError(QCoreApplication::translate("ps::data::Import", "expected %1 fields as in the header, found %2").arg(c.count).arg(f.size()));
    auto cell = [&](int column) { return column >= 0 ? f[column] : QString(); };
    PreferenceRecord r;
    const QString messages = cell(c.promptMessages);
    if (!messages.trimmed().isEmpty()) {
        if (!cell(c.prompt).isEmpty())
            return makeError(QCoreApplication::translate("ps::data::Import", "'prompt' and 'prompt_messages' are both set"));
        QJsonParseError pe;
        const QJsonDocument doc = QJsonDocument::fromJson(messages.toUtf8(), &pe);
        if (pe.error != QJsonParseError::NoError || !doc.isArray())
            return makeError(QCoreApplication::translate("ps::data::Import", "'prompt_messages' must be a JSON list of messages"));
        PS_TRY(checkMessages(QStringLiteral("prompt_messages"), doc.array(), maxFieldBytes));
        r.prompt.messages = doc.array();
    } else {
        const QString prompt = cell(c.prompt);
        if (prompt.isEmpty()) return makeError(QCoreApplication::translate("ps::data::Import", "'prompt' is missing"));
        PS_TRY(checkPromptText(prompt, maxFieldBytes));
        r.prompt.text = prompt;
    }
    const QString chosen = cell(c.chosen), rejected = cell(c.rejected);
    if (!chosen.isEmpty() && rejected.isEmpty()) return makeError(QCoreApplication::translate("ps::data::Import", "'rejected' is missing"));
    if (chosen.isEmpty() && !rejected.isEmpty()) return makeError(QCoreApplication::translate("ps::data::Import", "'chosen' is missing"));
    if (!chosen.isEmpty()) {
        PS_TRY(checkText(QStringLiteral("chosen"), chosen, maxFieldBytes));
        PS_TRY(checkText(QStringLiteral("rejected"), rejected, maxFieldBytes));
        r.chosen = chosen;
        r.rejected = rejected;
    }
    for (const auto& [column, key] : {std::pair{c.category, "category"}, std::pair{c.language, "language"}})
        PS_TRY(checkText(QLatin1String(key), cell(column), maxFieldBytes));
    PS_TRY(finish(r, cell(c.category), cell(c.language), cell(c.preference).trimmed()));
    return r;
}

QStringList csvHeader() {
    return {QStringLiteral("prompt"), QStringLiteral("prompt_messages"), QStringLiteral("chosen"), QStringLiteral("rejected"),
            QStringLiteral("category"), QStringLiteral("language"), QStringLiteral("preference")};
}

}  // namespace ps::data
