// demo_workspace.h — the bundled demo workspace (SPEC §1 item 11): built
// from resources/demo into a user data folder, so `prefstudio --demo` opens a
// ready annotate -> train -> compare loop offline.
//
// What it holds:
//   - the demo prompts (resources/demo/prompts.jsonl, EN + VI customer
//     support, with categories and languages);
//   - the demo model (resources/demo/model) registered as model version
//     "demo-base";
//   - two pre-generated candidate answers of that model per prompt
//     (resources/demo/candidates.jsonl, written by scripts/build-demo-model.sh)
//     as generations and an unlabelled pair each — the annotation queue;
//   - the seed preference pairs (resources/demo/seed_pairs.jsonl) with votes
//     of the annotator "demo", so Train works before anyone has labelled;
//   - labelling guidelines in English and Vietnamese (setting "guidelines").
// Building is idempotent: a complete demo workspace of the current demo
// version (setting "demo.version") is reused as it is, votes included; a file
// of an older demo version is replaced. A new one is built in a temporary
// file and renamed into place, so an interrupted
// build never leaves a half-filled workspace behind. Not here: the model's
// training (scripts/build-demo-model.sh) or any widget.
#pragma once

#include "store/types.h"
#include "train/dpo_config.h"
#include "util/result.h"

#include <QString>

namespace ps::demo {

struct DemoWorkspaceReport {
    QString workspacePath;
    QString modelDir;           // the demo model folder (absolute)
    bool created = false;       // false: an existing demo workspace was reused
    store::Id modelVersionId = 0;
    qint64 prompts = 0, pairs = 0, votes = 0;
};

// <AppDataLocation>/demo/demo.prefstudio
QString defaultDemoWorkspacePath();
// <resources>/demo/model
QString demoModelDir(const QString& resourcesDir);
// The demo's labelling guidelines (English, then Vietnamese).
QString demoGuidelines();

// DPO settings that suit the demo model (a few million parameters): full
// fine-tuning at a learning rate a small model needs, one epoch over the
// workspace's pairs with an evaluation split, bf16 autocast. The studio's Train
// view starts from these with --demo; tst_demo checks they learn the seed
// preference.
train::DpoConfig demoTrainConfig();
// Held-out prompts of the evaluation after a demo run: enough pairs for a
// blind session with a useful interval (a few seconds with the demo model).
constexpr int kDemoEvaluationPrompts = 32;

// Builds the demo workspace at `workspacePath` from `resourcesDir`/demo unless
// a complete one is there already; returns what it holds.
Result<DemoWorkspaceReport> ensureDemoWorkspace(const QString& workspacePath, const QString& resourcesDir);

}  // namespace ps::demo
