#include "stopwords.h"

#include <QSet>

namespace mi {

bool isStopword(const QString &token)
{
    static const QSet<QString> words{
        // Chinese function words
        u"的"_qs, u"了"_qs, u"是"_qs, u"在"_qs, u"和"_qs, u"与"_qs, u"及"_qs, u"或"_qs, u"也"_qs, u"都"_qs,
        u"就"_qs, u"而"_qs, u"着"_qs, u"过"_qs, u"被"_qs, u"把"_qs, u"对"_qs, u"从"_qs, u"到"_qs, u"为"_qs,
        u"这"_qs, u"那"_qs, u"这个"_qs, u"一个"_qs, u"我们"_qs, u"你"_qs, u"我"_qs, u"他"_qs, u"它"_qs,
        u"会"_qs, u"要"_qs, u"可以"_qs, u"能"_qs, u"有"_qs, u"吗"_qs, u"呢"_qs, u"吧"_qs, u"很"_qs, u"比较"_qs,
        u"什么"_qs, u"怎么"_qs, u"如何"_qs, u"为什么"_qs, u"哪些"_qs, u"一些"_qs, u"以及"_qs, u"其中"_qs,
        u"进行"_qs, u"通过"_qs, u"因为"_qs, u"所以"_qs, u"如果"_qs, u"但是"_qs, u"还是"_qs, u"然后"_qs,
        // English function words
        u"a"_qs, u"an"_qs, u"the"_qs, u"is"_qs, u"are"_qs, u"was"_qs, u"were"_qs, u"be"_qs, u"been"_qs,
        u"of"_qs, u"to"_qs, u"in"_qs, u"on"_qs, u"at"_qs, u"by"_qs, u"for"_qs, u"with"_qs, u"from"_qs,
        u"and"_qs, u"or"_qs, u"but"_qs, u"if"_qs, u"then"_qs, u"so"_qs, u"as"_qs, u"that"_qs, u"this"_qs,
        u"it"_qs, u"its"_qs, u"we"_qs, u"you"_qs, u"i"_qs, u"they"_qs, u"what"_qs, u"how"_qs, u"why"_qs,
        u"which"_qs, u"do"_qs, u"does"_qs, u"can"_qs, u"will"_qs, u"would"_qs, u"should"_qs, u"there"_qs,
        u"into"_qs, u"about"_qs, u"also"_qs, u"than"_qs, u"these"_qs, u"those"_qs, u"has"_qs, u"have"_qs};
    return words.contains(token) || isFillerWord(token);
}

bool isFillerWord(const QString &token)
{
    static const QSet<QString> fillers{u"嗯"_qs, u"啊"_qs, u"呃"_qs, u"额"_qs, u"那个"_qs, u"就是"_qs,
                                       u"um"_qs, u"uh"_qs, u"erm"_qs, u"hmm"_qs, u"like"_qs};
    return fillers.contains(token);
}

} // namespace mi
