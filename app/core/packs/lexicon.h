#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace mi {

// One idea of the domain and the ways people say it, in both languages:
// the term itself, its abbreviations and the everyday paraphrases an
// interviewer accepts ("limits": 上限 / 最多能用 / cap / ceiling).
struct Concept {
    QString id;
    QStringList terms;
    QString file; // where it was defined, for messages
    int line = 0;
};

// A belief known to be wrong or outdated, recognised when every part of it is
// said in one clause and not negated: "Ingress 是 Service 的一种类型" is the
// parts {Ingress} and {Service 的一种类型, 一种 Service …}. A part lists
// phrases, and "@id" names a concept whose terms all count.
struct WrongStatement {
    QString id;
    QString text;       // the belief, as the checklist shows it
    QString correction; // what is true instead
    QList<QStringList> parts;
    QString source;     // where the correction can be checked
    QString file;
    int line = 0;
};

// Two ideas that exclude each other (edge- vs level-triggered, push vs pull):
// an alias of one is never evidence for a point about the other.
struct OppositePair {
    QString first;  // a concept id or a term
    QString second;
    QString file;
    int line = 0;
};

// The shared domain lexicon (questions/lexicon/*.yaml, format in
// questions/FORMAT.md). Rubric points name concepts and wrong statements in
// their aliases as "@id".
class Lexicon
{
public:
    void addConcept(Concept entry);
    void addWrongStatement(WrongStatement statement);
    void addOpposites(OppositePair pair);

    const Concept *findConcept(const QString &id) const;
    const WrongStatement *findWrongStatement(const QString &id) const;
    const QList<WrongStatement> &wrongStatements() const { return m_wrong; }
    const QList<OppositePair> &opposites() const { return m_opposites; }
    int conceptCount() const { return int(m_concepts.size()); }
    QList<const Concept *> concepts() const;

    // The forms an alias stands for: the terms of a concept for "@concept",
    // else the alias itself. A wrong statement's id expands to nothing here.
    QStringList expand(const QString &alias) const;
    // Terms known to mean the opposite of `term` (through its concepts).
    QStringList oppositesOf(const QString &term) const;

    static bool isReference(const QString &alias) { return alias.startsWith(u'@'); }
    static QString referencedId(const QString &alias) { return alias.mid(1).trimmed(); }

private:
    QHash<QString, Concept> m_concepts;
    QList<WrongStatement> m_wrong;
    QHash<QString, int> m_wrongById;
    QList<OppositePair> m_opposites;
};

} // namespace mi
