// safe_name.h — names from outside data that become file paths.
//
// A name read from a file (a run folder's "latest", a shard in an index, a
// label a folder is named after) must stay one plain component inside the
// folder it is joined to: no "..", no separators, no absolute path, no NUL or
// control characters, not overlong. checkPlainName refuses anything else with
// a clear error; safeFileName turns any label into such a name. Not here:
// paths the user chose in a dialog or on the command line (those may point
// anywhere on purpose).
#pragma once

#include "util/result.h"

#include <QString>

namespace ps {

// The longest component accepted, in UTF-8 bytes (most file systems allow 255).
constexpr int kMaxFileNameBytes = 200;

// `name` if it is one plain path component, else an error naming it.
Result<QString> checkPlainName(const QString& name);

// A file name made from a free-text label: separators, control and reserved
// characters become '_', leading dots and spaces go, the UTF-8 length is capped
// (never splitting a character); `fallback` when nothing is left.
QString safeFileName(const QString& label, const QString& fallback = QStringLiteral("unnamed"));

// dir/name when `name` is a plain component (checkPlainName), else the error.
Result<QString> childPath(const QString& dir, const QString& name);

}  // namespace ps
