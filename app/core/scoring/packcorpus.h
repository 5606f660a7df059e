#pragma once

#include "corpusstats.h"
#include "packs/packlibrary.h"

#include <memory>

namespace mi {

// Corpus statistics over every prompt and reference answer in the library:
// the idf that says "etcd" is informative and "集群" is everywhere.
std::shared_ptr<CorpusStats> buildPackCorpus(const PackLibrary &library);

} // namespace mi
