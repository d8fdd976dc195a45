// rich_text.h — puts prompts and answers into a QTextDocument the way an
// annotator wants to read them: Markdown rendered (headings, lists, tables),
// code blocks and inline code in a monospace font on a tinted background,
// a chat prompt as one turn per message with its role above it.
//
// Not here: which text is shown where (annotate_view.h).
#pragma once

#include "store/types.h"

#include <QString>

class QTextDocument;

namespace ps::ui {

// Replaces the document's content with `text`, as Markdown or as plain text
// (every line kept as written).
void setAnswerContent(QTextDocument* doc, const QString& text, bool markdown);

// Replaces the document's content with the prompt: plain text, or the chat
// turns ("User", "Assistant", "System" above each message).
void setPromptContent(QTextDocument* doc, const store::PromptContent& prompt, bool markdown);

}  // namespace ps::ui
