// cmd_data.cpp — `prefstudio import` and `prefstudio export`: preference data
// between TRL JSONL / CSV files and a workspace.
#include "cli.h"
#include "cli_args.h"

#include "data/exporter.h"
#include "data/importer.h"
#include "store/workspace.h"

#include <QCoreApplication>

namespace ps::app {

int cmdImport(const QStringList& args) {
    QCommandLineParser p;
    p.setApplicationDescription(QCoreApplication::translate(
        "ps::cli", "Import prompts or preference pairs (TRL JSONL or CSV) into a workspace, all or nothing; the workspace is created "
                   "when it does not exist."));
    p.addPositionalArgument(QStringLiteral("WORKSPACE"), QCoreApplication::translate("ps::cli", "workspace file (SQLite)"));
    p.addPositionalArgument(QStringLiteral("FILE"), QCoreApplication::translate("ps::cli", "a .jsonl or .csv file"));
    p.addOption({QStringLiteral("dry-run"), QCoreApplication::translate("ps::cli", "check the file, import nothing")});
    p.addOption({QStringLiteral("annotator"), QCoreApplication::translate("ps::cli", "annotator name for imported preferences (default: imported)"),
                 QStringLiteral("name")});
    p.addOption({QStringLiteral("no-dedup"), QCoreApplication::translate("ps::cli", "keep prompts that are already in the workspace")});
    if (!parseCommand(p, QStringLiteral("import"), args)) return p.isSet(QStringLiteral("help")) ? 0 : 2;
    if (p.positionalArguments().size() != 2) return fail(makeError(QCoreApplication::translate("ps::cli", "import needs WORKSPACE and FILE")));
    auto ws = store::Workspace::open(p.positionalArguments()[0]);
    if (!ws) return fail(ws.error());
    data::ImportOptions o;
    o.dryRun = p.isSet(QStringLiteral("dry-run"));
    o.dedupPrompts = !p.isSet(QStringLiteral("no-dedup"));
    if (p.isSet(QStringLiteral("annotator"))) o.annotator = p.value(QStringLiteral("annotator"));
    auto r = data::importFile(*ws.value(), p.positionalArguments()[1], o);
    if (!r) return fail(r.error());
    out() << QCoreApplication::translate("ps::cli", "%1 records: %2 prompts added, %3 reused, %4 duplicates skipped, %5 pairs, %6 votes%7\n")
                 .arg(r->records)
                 .arg(r->promptsAdded)
                 .arg(r->promptsReused)
                 .arg(r->duplicatesSkipped)
                 .arg(r->pairsAdded)
                 .arg(r->votesAdded)
                 .arg(o.dryRun ? QCoreApplication::translate("ps::cli", " (dry run: nothing imported)") : QString())
          << Qt::flush;
    return 0;
}

int cmdExport(const QStringList& args) {
    QCommandLineParser p;
    p.setApplicationDescription(QCoreApplication::translate(
        "ps::cli", "Export the workspace's preferences as TRL JSONL (or CSV for a .csv file): majority votes, edits as chosen, "
                   "excluded annotators and pairs left out."));
    p.addPositionalArgument(QStringLiteral("WORKSPACE"), QCoreApplication::translate("ps::cli", "workspace file (SQLite)"));
    p.addPositionalArgument(QStringLiteral("FILE"), QCoreApplication::translate("ps::cli", "output .jsonl or .csv file"));
    p.addOption({QStringLiteral("include-ties"), QCoreApplication::translate("ps::cli", "also write ties (with \"preference\": \"tie\")")});
    p.addOption({QStringLiteral("include-both-bad"), QCoreApplication::translate("ps::cli", "also write both-bad outcomes")});
    p.addOption({QStringLiteral("include-skips"), QCoreApplication::translate("ps::cli", "also write pairs that were only skipped")});
    p.addOption({QStringLiteral("no-edits"), QCoreApplication::translate("ps::cli", "do not turn edited answers into extra examples")});
    if (!parseCommand(p, QStringLiteral("export"), args)) return p.isSet(QStringLiteral("help")) ? 0 : 2;
    if (p.positionalArguments().size() != 2) return fail(makeError(QCoreApplication::translate("ps::cli", "export needs WORKSPACE and FILE")));
    store::Workspace::OpenOptions wo;
    wo.create = false;
    auto ws = store::Workspace::open(p.positionalArguments()[0], wo);
    if (!ws) return fail(ws.error());
    data::ExportOptions o;
    o.preferences.includeTies = p.isSet(QStringLiteral("include-ties"));
    o.preferences.includeBothBad = p.isSet(QStringLiteral("include-both-bad"));
    o.preferences.includeSkips = p.isSet(QStringLiteral("include-skips"));
    o.preferences.editsAsChosen = !p.isSet(QStringLiteral("no-edits"));
    auto r = data::exportPreferences(*ws.value(), p.positionalArguments()[1], o);
    if (!r) return fail(r.error());
    out() << QCoreApplication::translate("ps::cli", "%1 examples written (%2 from edits, %3 undecided)\n")
                 .arg(r->examples)
                 .arg(r->fromEdits)
                 .arg(r->undecided)
          << Qt::flush;
    return 0;
}

}  // namespace ps::app
