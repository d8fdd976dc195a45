// atomic_dir.h — publish a whole folder (an exported model, a PEFT adapter, a
// training checkpoint) so that readers see the old complete folder or the new
// complete folder, never a half-written one: the caller fills a staging folder
// next to the destination (stagingPath()), then publishDirectory() fsyncs
// every file in it and the folder itself, and swaps it into place with one
// rename (renameat2 RENAME_EXCHANGE when the destination exists, so there is
// no moment without a complete folder), then removes the old content and
// fsyncs the parent. A process killed before the swap leaves only the staging
// folder, which the next writer removes.
//
// Not here: single files (util/atomic_file.h).
#pragma once

#include "util/result.h"

#include <QString>

namespace ps {

// "<parent>/<name>.partial": where the content of `finalPath` is prepared.
QString stagingPath(const QString& finalPath);
// Removes a leftover staging folder and creates it empty.
Status prepareStaging(const QString& stagingDir);
// fsyncs the files of `stagingDir` (one level: a model folder has no subfolders,
// deeper entries are synced as folders only) and publishes it as `finalPath`.
Status publishDirectory(const QString& stagingDir, const QString& finalPath);
// Copies a file so that it is on disk when this returns (written through
// AtomicFile: a failed copy leaves no partial destination).
Status copyFileDurably(const QString& from, const QString& to);

}  // namespace ps
