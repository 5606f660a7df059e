#include "packcorpus.h"

#include "text/tokenizer.h"

namespace mi {

std::shared_ptr<CorpusStats> buildPackCorpus(const PackLibrary &library)
{
    auto corpus = std::make_shared<CorpusStats>();
    for (const Question *q : library.allQuestions()) {
        corpus->addDocument(q->prompt + u'\n' + q->reference);
        for (const FollowUp &f : q->followUps)
            corpus->addDocument(f.prompt + u'\n' + f.reference);
    }
    return corpus;
}

} // namespace mi
