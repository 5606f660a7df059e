#include "packlibrary.h"

#include "common/trcontexts.h"
#include "packparser.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSet>

namespace mi {

void PackLibrary::load(const QStringList &paths)
{
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (info.isDir()) {
            const QDir dir(path);
            const QStringList names = dir.entryList({QStringLiteral("*.yaml"), QStringLiteral("*.yml")}, QDir::Files, QDir::Name);
            for (const QString &name : names)
                addFile(dir.filePath(name));
        } else if (info.exists()) {
            addFile(path);
        } else {
            m_errors.append(Error{Packs::tr("no such file or directory"), path});
        }
    }
}

void PackLibrary::addFile(const QString &path)
{
    PackParseResult result = parsePackFile(path);
    if (!result.pack) {
        m_errors.append(result.errors);
        return;
    }
    Pack &pack = *result.pack;
    // Ids must be unique across packs so that sessions and batch scoring can
    // name a question without its pack.
    if (this->pack(pack.id)) {
        m_errors.append(Error{Packs::tr("pack id '%1' is already used by %2").arg(pack.id, this->pack(pack.id)->filePath), path, 1, 1});
        return;
    }
    QList<Error> clashes;
    for (const Round &round : pack.rounds)
        for (const Question &q : round.questions)
            if (const Question *other = question(q.id))
                clashes.append(Error{Packs::tr("question id '%1' is already used in pack '%2'").arg(q.id, other->packId), path, q.line, 1});
    if (!clashes.isEmpty()) {
        m_errors.append(clashes);
        return;
    }
    m_packs.append(std::move(pack));
}

QStringList PackLibrary::brokenFiles() const
{
    QStringList files;
    for (const Error &e : m_errors)
        if (!files.contains(e.file))
            files.append(e.file);
    return files;
}

const Pack *PackLibrary::pack(const QString &packId) const
{
    for (const Pack &p : m_packs)
        if (p.id == packId)
            return &p;
    return nullptr;
}

const Question *PackLibrary::question(const QString &questionId) const
{
    for (const Pack &p : m_packs)
        if (const Question *q = p.question(questionId))
            return q;
    return nullptr;
}

QList<const Question *> PackLibrary::allQuestions() const
{
    QList<const Question *> all;
    for (const Pack &p : m_packs)
        for (const Round &r : p.rounds)
            for (const Question &q : r.questions)
                all.append(&q);
    return all;
}

QString defaultPacksDirectory()
{
    const QString fromEnv = qEnvironmentVariable("MOCKINTERVIEW_PACKS");
    if (!fromEnv.isEmpty())
        return fromEnv;
    const QString installed = QDir(QCoreApplication::applicationDirPath()).absoluteFilePath(QStringLiteral("../" MOCKINTERVIEW_INSTALLED_PACKS_DIR));
    if (QFileInfo(installed).isDir())
        return QDir::cleanPath(installed);
    return QStringLiteral(MOCKINTERVIEW_SOURCE_PACKS_DIR);
}

} // namespace mi
