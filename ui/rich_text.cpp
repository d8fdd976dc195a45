// rich_text.cpp — Markdown/plain rendering of prompts and answers (rich_text.h).
#include "rich_text.h"

#include <QCoreApplication>
#include <QFontDatabase>
#include <QJsonObject>
#include <QJsonValue>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

#include <algorithm>

namespace ps::ui {

namespace {

const QColor kCodeBackground(0xf3, 0xf4, 0xf6);
const QColor kRoleColor(0x4b, 0x55, 0x63);

// A fenced or indented code block; a list item or paragraph that merely starts
// with inline code is not one.
bool isCodeBlock(const QTextBlock& b) {
    const QTextBlockFormat f = b.blockFormat();
    if (f.hasProperty(QTextFormat::BlockCodeFence) || f.hasProperty(QTextFormat::BlockCodeLanguage)) return true;
    if (b.textList() || b.begin() == b.end()) return false;
    for (auto it = b.begin(); !it.atEnd(); ++it)
        if (!it.fragment().charFormat().fontFixedPitch()) return false;
    return true;
}

// Markdown import marks code as fixed pitch; make sure it is a real monospace
// family (the default "monospace" alias may not resolve the same everywhere)
// and give code a background so it stands out from prose.
void styleCode(QTextDocument* doc) {
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    for (QTextBlock b = doc->begin(); b.isValid(); b = b.next()) {
        QTextCursor c(b);
        if (isCodeBlock(b)) {
            QTextBlockFormat bf = b.blockFormat();
            bf.setBackground(kCodeBackground);
            bf.setLeftMargin(std::max(bf.leftMargin(), 6.0));
            // Wrap long code lines: two answers side by side leave little width,
            // and a horizontal scroll bar hides the end of every long line.
            bf.setNonBreakableLines(false);
            c.mergeBlockFormat(bf);
            c.select(QTextCursor::BlockUnderCursor);
            QTextCharFormat cf;
            cf.setFontFamilies({mono.family()});
            cf.setFontFixedPitch(true);
            c.mergeCharFormat(cf);
            continue;
        }
        for (auto it = b.begin(); !it.atEnd(); ++it) {
            const QTextFragment frag = it.fragment();
            if (!frag.isValid() || !frag.charFormat().fontFixedPitch()) continue;
            QTextCursor fc(doc);
            fc.setPosition(frag.position());
            fc.setPosition(frag.position() + frag.length(), QTextCursor::KeepAnchor);
            QTextCharFormat cf;
            cf.setFontFamilies({mono.family()});
            cf.setBackground(kCodeBackground);
            fc.mergeCharFormat(cf);
        }
    }
}

QString roleLabel(const QString& role) {
    if (role == QLatin1String("user")) return QCoreApplication::translate("ps::ui::RichText", "User");
    if (role == QLatin1String("assistant")) return QCoreApplication::translate("ps::ui::RichText", "Assistant");
    if (role == QLatin1String("system")) return QCoreApplication::translate("ps::ui::RichText", "System");
    return role;
}

// A message's content: a string, or OpenAI-style parts [{"type": "text", "text": ...}].
QString messageText(const QJsonValue& content) {
    if (content.isString()) return content.toString();
    QStringList parts;
    for (const QJsonValue& p : content.toArray()) {
        const QJsonObject o = p.toObject();
        if (o.value(QLatin1String("type")).toString() == QLatin1String("text")) parts << o.value(QLatin1String("text")).toString();
    }
    return parts.join(QLatin1Char('\n'));
}

}  // namespace

void setAnswerContent(QTextDocument* doc, const QString& text, bool markdown) {
    doc->clear();
    if (markdown)
        doc->setMarkdown(text, QTextDocument::MarkdownDialectGitHub);
    else
        doc->setPlainText(text);
    styleCode(doc);
}

void setPromptContent(QTextDocument* doc, const store::PromptContent& prompt, bool markdown) {
    if (!prompt.isChat()) {
        setAnswerContent(doc, prompt.text, markdown);
        return;
    }
    doc->clear();
    QTextCursor c(doc);
    bool first = true;
    for (const QJsonValue& m : prompt.messages) {
        const QJsonObject o = m.toObject();
        QTextBlockFormat head;
        head.setTopMargin(first ? 0 : 10);
        if (!first) c.insertBlock(head);
        else c.setBlockFormat(head);
        first = false;
        QTextCharFormat role;
        role.setFontWeight(QFont::Bold);
        role.setForeground(kRoleColor);
        role.setFontCapitalization(QFont::AllUppercase);
        role.setFontLetterSpacing(104);
        c.insertText(roleLabel(o.value(QLatin1String("role")).toString()), role);
        c.insertBlock(QTextBlockFormat(), QTextCharFormat());
        const QString text = messageText(o.value(QLatin1String("content")));
        if (markdown)
            c.insertMarkdown(text, QTextDocument::MarkdownDialectGitHub);
        else
            c.insertText(text);
        c.movePosition(QTextCursor::End);
    }
    styleCode(doc);
}

}  // namespace ps::ui
