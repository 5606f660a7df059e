#include "scorelabels.h"

#include <QCoreApplication>

mi::ScoreHtmlLabels translatedScoreLabels()
{
    auto tr = [](const char *text) { return QCoreApplication::translate("ScorePanel", text); };
    return {tr("Score"), tr("covered"), tr("missed"), tr("misconception"), tr("bonus"), tr("Reference answer"),
            tr("Why this was asked"), tr("Your answer"), tr("evidence"), tr("(no answer)"), tr("weight"),
            tr("Answered %1 s over the time limit")};
}
