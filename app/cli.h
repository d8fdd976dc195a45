// cli.h — the command-line interface: `prefstudio <command> [options]`.
// Every command calls the same core API as the studio.
#pragma once

#include "util/result.h"

#include <QStringList>
#include <memory>
#include <vector>

namespace ps::tokenizer {
class Tokenizer;
}

namespace ps::app {

// True when argv names a CLI command (or --help/--version).
bool isCliInvocation(const QStringList& args);
// Runs the command; returns the process exit code.
int runCli(const QStringList& args);

// Commands (cmd_*.cpp). args excludes the program and command names.
int cmdInspect(const QStringList& args);
int cmdCreateModel(const QStringList& args);
int cmdForward(const QStringList& args);
int cmdGenerate(const QStringList& args);
int cmdTrain(const QStringList& args);
int cmdScore(const QStringList& args);
int cmdImport(const QStringList& args);
int cmdExport(const QStringList& args);
int cmdTokenize(const QStringList& args);
// `train --nproc N` (cmd_launch.cpp): runs `prefstudio <commandArgs>` as N local ranks.
int launchLocalRanks(int nproc, const QStringList& commandArgs);
int cmdCandidates(const QStringList& args);
int cmdTrainTokenizer(const QStringList& args);
int cmdSft(const QStringList& args);
int cmdDemoWorkspace(const QStringList& args);
int cmdEval(const QStringList& args);    // cmd_eval.cpp
int cmdSafety(const QStringList& args);
int cmdReport(const QStringList& args);

// Text prompts for `generate` (cmd_tokenize.cpp): the model folder's tokenizer and
// the ids of --prompt texts (with special tokens) and --chat-json message lists
// (chat template + generation prompt, as transformers' apply_chat_template).
struct TextPrompts {
    std::shared_ptr<const tokenizer::Tokenizer> tokenizer;
    std::vector<std::vector<int64_t>> ids;
};
Result<TextPrompts> encodeTextPrompts(const QString& modelDir, const QStringList& prompts, const QStringList& chatJson);

}  // namespace ps::app
