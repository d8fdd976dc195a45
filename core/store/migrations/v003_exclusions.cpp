// Schema step 3: data quality — annotators and pairs can be excluded from
// training (with a reason), without deleting anything.
#include "store/migrations.h"

namespace ps::store {

MigrationStep migrationV3() {
    return {3, "excluding annotators and pairs from training", {
        "ALTER TABLE annotators ADD COLUMN excluded INTEGER NOT NULL DEFAULT 0 CHECK (excluded IN (0, 1))",
        "ALTER TABLE annotators ADD COLUMN excluded_reason TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE pairs ADD COLUMN excluded INTEGER NOT NULL DEFAULT 0 CHECK (excluded IN (0, 1))",
        "ALTER TABLE pairs ADD COLUMN excluded_reason TEXT NOT NULL DEFAULT ''",
    }};
}

}  // namespace ps::store
