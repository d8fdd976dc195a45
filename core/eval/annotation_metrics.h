// annotation_metrics.h — the seed's empirical metrics per model version, from
// the annotations (generations -> model_version_id -> votes), overall and per
// time bucket:
//  - acceptance rate: of the answers shown in an active non-skip vote, the
//    share the annotator chose (its side won) without editing it;
//  - edit frequency: the share of shown answers the annotator edited, and the
//    mean Levenshtein distance (characters, bounded) of those edits;
//  - negative-feedback rate: the share of shown answers with any flag;
//  - length drift: the mean answer length (characters) of the version's
//    generations per bucket (by generation time), and the ratio of the
//    version's mean length to its parent version's.
// Held-out implicit reward accuracy and KL to base come from the training
// side (HeldOutMetrics, eval/kl_estimate.h) and are reported beside these.
#pragma once

#include "store/workspace.h"

#include <optional>
#include <vector>

namespace ps::eval {

struct AnnotationCounts {
    qint64 shown = 0;
    qint64 accepted = 0;
    qint64 edited = 0;
    qint64 flagged = 0;
    double editDistanceSum = 0;
    double acceptanceRate() const { return shown ? double(accepted) / double(shown) : 0.0; }
    double editFrequency() const { return shown ? double(edited) / double(shown) : 0.0; }
    double meanEditDistance() const { return edited ? editDistanceSum / double(edited) : 0.0; }
    double flagRate() const { return shown ? double(flagged) / double(shown) : 0.0; }
};

struct TimeBucket {
    qint64 start = 0;  // ms since epoch, start of the bucket
    AnnotationCounts counts;   // votes created in the bucket
    qint64 generations = 0;    // generations created in the bucket
    double meanLength = 0;     // their mean length in characters
};

struct ModelAnnotationMetrics {
    store::Id modelVersionId = 0;
    QString name;
    std::optional<store::Id> parentId;
    AnnotationCounts counts;
    qint64 generations = 0;
    double meanLength = 0;                  // characters, over all its generations
    std::optional<double> lengthVsParent;   // meanLength / parent's meanLength
    std::vector<TimeBucket> buckets;        // ascending
};

// Held-out metrics computed by the training side (log-probs): implicit reward
// accuracy on held-out preference pairs and the KL estimate to the base.
struct HeldOutMetrics {
    std::optional<double> rewardAccuracy;
    std::optional<int> rewardPairs;
    std::optional<double> klToBase;
    std::optional<int> klPrompts;
};

constexpr qint64 kDayMs = 24LL * 3600 * 1000;

Result<std::vector<ModelAnnotationMetrics>> annotationMetrics(store::Workspace& ws, qint64 bucketMs = kDayMs);

}  // namespace ps::eval
