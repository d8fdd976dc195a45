#include "cli.h"

#include "cli_args.h"

#include <QCoreApplication>
#include <functional>
#include <map>

namespace ps::app {

namespace {
struct Command {
    const char* name;
    const char* summary;
    std::function<int(const QStringList&)> run;
};

const std::vector<Command>& commands() {
    static const std::vector<Command> c{
        {"inspect", QT_TRANSLATE_NOOP("ps::cli", "show a model folder's configuration, parameters and dtype"), cmdInspect},
        {"create-model", QT_TRANSLATE_NOOP("ps::cli", "write a random-initialised LFM2 checkpoint"), cmdCreateModel},
        {"forward", QT_TRANSLATE_NOOP("ps::cli", "compute the logits of token ids into a safetensors file"), cmdForward},
        {"generate", QT_TRANSLATE_NOOP("ps::cli", "generate a continuation of token ids"), cmdGenerate},
        {"train", QT_TRANSLATE_NOOP("ps::cli", "fine-tune a model with DPO (LoRA or full)"), cmdTrain},
        {"score", QT_TRANSLATE_NOOP("ps::cli", "log-probs and implicit reward accuracy of preference pairs"), cmdScore},
        {"import", QT_TRANSLATE_NOOP("ps::cli", "import prompts or preference pairs (TRL JSONL, CSV) into a workspace"), cmdImport},
        {"export", QT_TRANSLATE_NOOP("ps::cli", "export a workspace's preferences as TRL JSONL or CSV"), cmdExport},
        {"candidates", QT_TRANSLATE_NOOP("ps::cli", "generate candidate answers for a workspace's prompts and pair them"), cmdCandidates},
        {"tokenize", QT_TRANSLATE_NOOP("ps::cli", "text <-> token ids (JSON lines), chat prompts"), cmdTokenize},
        {"train-tokenizer", QT_TRANSLATE_NOOP("ps::cli", "train a byte-level BPE tokenizer in LFM2's layout"), cmdTrainTokenizer},
        {"sft", QT_TRANSLATE_NOOP("ps::cli", "supervised fine-tuning on prompt/completion data (LoRA or full)"), cmdSft},
        {"demo-workspace", QT_TRANSLATE_NOOP("ps::cli", "build the bundled demo workspace"), cmdDemoWorkspace},
        {"eval", QT_TRANSLATE_NOOP("ps::cli", "before/after: the same prompts and seeds through two models, with metrics and an HTML report"), cmdEval},
        {"safety", QT_TRANSLATE_NOOP("ps::cli", "run the red-team suite through a model (and a base), flag safety regressions"), cmdSafety},
        {"report", QT_TRANSLATE_NOOP("ps::cli", "HTML/CSV report of a blind evaluation session in a workspace"), cmdReport},
    };
    return c;
}

void printUsage() {
    out() << QCoreApplication::translate("ps::cli", "usage: prefstudio [--demo]            open the studio\n"
                                                    "       prefstudio <command> [options]  run a command\n\ncommands:\n");
    for (const Command& c : commands())
        out() << "  " << QString::fromLatin1(c.name).leftJustified(14) << QCoreApplication::translate("ps::cli", c.summary) << "\n";
    out() << QCoreApplication::translate("ps::cli", "\n'prefstudio <command> --help' describes a command's options.\n"
                                                    "Options for every command: --lang en|vi, --device auto|cpu|cuda|cuda:N\n"
                                                    "(where models compute; auto: a CUDA GPU when present, else the CPU).\n")
          << Qt::flush;
}
}  // namespace

bool isCliInvocation(const QStringList& args) {
    if (args.size() < 2) return false;
    const QString& a = args[1];
    if (a == QLatin1String("--help") || a == QLatin1String("-h") || a == QLatin1String("help") || a == QLatin1String("--version"))
        return true;
    for (const Command& c : commands())
        if (a == QLatin1String(c.name)) return true;
    return !a.startsWith(QLatin1Char('-'));  // unknown command: CLI reports it
}

int runCli(const QStringList& args) {
    const QString name = args.value(1);
    if (name == QLatin1String("--version")) {
        out() << "prefstudio " << QCoreApplication::applicationVersion() << "\n" << Qt::flush;
        return 0;
    }
    if (name == QLatin1String("--help") || name == QLatin1String("-h") || name == QLatin1String("help")) {
        printUsage();
        return 0;
    }
    for (const Command& c : commands())
        if (name == QLatin1String(c.name)) return c.run(args.mid(2));
    err() << QCoreApplication::translate("ps::cli", "error: unknown command '%1'\n\n").arg(name) << Qt::flush;
    printUsage();
    return 2;
}

}  // namespace ps::app
