// file_faults.h — process-wide handling of file faults that arrive as signals
// rather than as error codes, so that they end in a clear message instead of
// a bare "Bus error" or "File size limit exceeded":
//  - SIGBUS: model weights are memory-mapped (io/safetensors.h); when such a
//    file is truncated or rewritten in place while the process runs, touching
//    the lost pages raises SIGBUS. Nothing can continue safely from there, so
//    the handler prints a translated explanation and exits with code 74
//    (EX_IOERR). Workspace data is not affected: SQLite does not use mmap
//    here, and every committed transaction is already on disk.
//  - SIGXFSZ: ignored, so that a write beyond the file size limit (ulimit -f)
//    fails with EFBIG and is reported by the writer like a full disk.
// Call once after the translation is installed (the message is prepared then).
#pragma once

namespace ps {

void installFileFaultHandlers();

}  // namespace ps
