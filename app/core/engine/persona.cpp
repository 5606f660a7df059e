#include "persona.h"

namespace mi {

Persona personaFor(PersonaKind kind)
{
    Persona p;
    p.kind = kind;
    switch (kind) {
    case PersonaKind::Friendly:
        p.followUpsPerQuestion = 1;
        p.followUpBudgetPerRound = 2;
        p.givesHints = true;
        break;
    case PersonaKind::Strict:
        p.followUpsPerQuestion = 2;
        p.followUpBudgetPerRound = 6;
        break;
    case PersonaKind::Neutral:
        break;
    }
    return p;
}

QString personaKey(PersonaKind kind)
{
    switch (kind) {
    case PersonaKind::Friendly: return QStringLiteral("friendly");
    case PersonaKind::Strict: return QStringLiteral("strict");
    case PersonaKind::Neutral: break;
    }
    return QStringLiteral("neutral");
}

std::optional<PersonaKind> personaFromKey(const QString &key)
{
    for (PersonaKind k : {PersonaKind::Friendly, PersonaKind::Neutral, PersonaKind::Strict})
        if (personaKey(k) == key)
            return k;
    return std::nullopt;
}

QString Persona::phrase(const QString &prompt, const QString &language) const
{
    const bool zh = language != u"en";
    switch (kind) {
    case PersonaKind::Friendly: return (zh ? QStringLiteral("好的，我们再深入一点：") : QStringLiteral("Nice. Let's go a bit deeper: ")) + prompt;
    case PersonaKind::Strict: return (zh ? QStringLiteral("这里还不够。") : QStringLiteral("That is not enough. ")) + prompt;
    case PersonaKind::Neutral: break;
    }
    return prompt;
}

QString Persona::missedPointPrompt(const QString &pointText, const QString &hint, const QString &language) const
{
    const bool zh = language != u"en";
    QString prompt = kind == PersonaKind::Strict
        ? (zh ? QStringLiteral("你没有讲到「%1」。具体说说。") : QStringLiteral("You did not cover \"%1\". Be specific."))
        : (zh ? QStringLiteral("你刚才没有提到「%1」，能展开说说吗？") : QStringLiteral("You didn't mention \"%1\" – can you expand?"));
    prompt = prompt.arg(pointText);
    if (givesHints && !hint.isEmpty())
        prompt += zh ? QStringLiteral("（提示：可以从「%1」这个角度想想。）").arg(hint)
                     : QStringLiteral(" (Hint: think about \"%1\".)").arg(hint);
    return prompt;
}

} // namespace mi
