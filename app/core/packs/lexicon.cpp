#include "lexicon.h"

#include "text/textnormalizer.h"

#include <algorithm>

namespace mi {

void Lexicon::addConcept(Concept entry)
{
    const QString id = entry.id;
    m_concepts.insert(id, std::move(entry));
}

void Lexicon::addWrongStatement(WrongStatement statement)
{
    m_wrongById.insert(statement.id, int(m_wrong.size()));
    m_wrong.append(std::move(statement));
}

void Lexicon::addOpposites(OppositePair pair) { m_opposites.append(std::move(pair)); }

const Concept *Lexicon::findConcept(const QString &id) const
{
    const auto it = m_concepts.constFind(id);
    return it == m_concepts.cend() ? nullptr : &it.value();
}

const WrongStatement *Lexicon::findWrongStatement(const QString &id) const
{
    const auto it = m_wrongById.constFind(id);
    return it == m_wrongById.cend() ? nullptr : &m_wrong[it.value()];
}

QList<const Concept *> Lexicon::concepts() const
{
    QList<const Concept *> all;
    for (const Concept &c : m_concepts)
        all.append(&c);
    std::sort(all.begin(), all.end(), [](const Concept *a, const Concept *b) { return a->id < b->id; });
    return all;
}

QStringList Lexicon::expand(const QString &alias) const
{
    if (!isReference(alias))
        return {alias};
    if (const Concept *c = findConcept(referencedId(alias)))
        return c->terms;
    return {};
}

QStringList Lexicon::oppositesOf(const QString &term) const
{
    const QString folded = normalizeForMatching(term).simplified();
    auto formsOf = [&](const QString &side) {
        QStringList forms = findConcept(side) ? findConcept(side)->terms : QStringList{side};
        for (QString &f : forms)
            f = normalizeForMatching(f).simplified();
        return forms;
    };
    QStringList found;
    for (const OppositePair &pair : m_opposites) {
        const QStringList first = formsOf(pair.first), second = formsOf(pair.second);
        if (first.contains(folded))
            found += second;
        else if (second.contains(folded))
            found += first;
    }
    return found;
}

} // namespace mi
