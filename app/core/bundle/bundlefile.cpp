#include "bundlefile.h"

#include "common/trcontexts.h"

#include <QCryptographicHash>
#include <QDataStream>
#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>

namespace mi {
namespace {

const QByteArray kMagic = QByteArrayLiteral("MIBUNDLE");
constexpr int kHeaderSize = 8 + 4 + 8 + 32;
constexpr auto kStreamVersion = QDataStream::Qt_6_4;

QByteArray payloadOf(const BundleContents &contents)
{
    QByteArray payload;
    QDataStream out(&payload, QIODevice::WriteOnly);
    out.setVersion(kStreamVersion);
    out << qCompress(QJsonDocument(contents.manifest).toJson(QJsonDocument::Compact), 6);
    out << quint32(contents.files.size());
    for (auto it = contents.files.cbegin(); it != contents.files.cend(); ++it)
        out << it.key() << it.value();
    return payload;
}

Result<BundleContents> contentsOf(const QByteArray &payload, const QString &path)
{
    QDataStream in(payload);
    in.setVersion(kStreamVersion);
    QByteArray manifest;
    quint32 count = 0;
    in >> manifest >> count;
    BundleContents contents;
    for (quint32 i = 0; i < count && in.status() == QDataStream::Ok; ++i) {
        QString name;
        QByteArray data;
        in >> name >> data;
        contents.files.insert(name, data);
    }
    if (in.status() != QDataStream::Ok || !in.atEnd())
        return fail(Bundles::tr("%1: the bundle's contents are malformed").arg(path));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(qUncompress(manifest), &error);
    if (!doc.isObject())
        return fail(Bundles::tr("%1: the bundle's manifest is not valid JSON (%2)").arg(path, error.errorString()));
    contents.manifest = doc.object();
    return contents;
}

} // namespace

Result<void> writeBundleFile(const QString &path, const BundleContents &contents)
{
    const QByteArray payload = payloadOf(contents);
    QByteArray header;
    QDataStream out(&header, QIODevice::WriteOnly);
    out.setVersion(kStreamVersion);
    out.writeRawData(kMagic.constData(), kMagic.size());
    out << kBundleFormatVersion << quint64(payload.size());
    const QByteArray digest = QCryptographicHash::hash(payload, QCryptographicHash::Sha256);
    out.writeRawData(digest.constData(), digest.size());

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(Bundles::tr("cannot write %1: %2").arg(path, file.errorString()));
    file.write(header);
    file.write(payload);
    if (!file.commit())
        return fail(Bundles::tr("cannot write %1: %2").arg(path, file.errorString()));
    return {};
}

Result<BundleContents> readBundleFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(Bundles::tr("cannot open %1: %2").arg(path, file.errorString()));
    const QByteArray header = file.read(kHeaderSize);
    if (!header.startsWith(kMagic))
        return fail(Bundles::tr("%1 is not a session bundle").arg(path));
    if (header.size() < kHeaderSize)
        return fail(Bundles::tr("%1 is truncated (the header is incomplete)").arg(path));
    QDataStream in(header.mid(kMagic.size()));
    in.setVersion(kStreamVersion);
    quint32 version = 0;
    quint64 length = 0;
    in >> version >> length;
    if (version > kBundleFormatVersion)
        return fail(Bundles::tr("%1 was written by a newer version (bundle format %2; this one reads up to %3)")
                        .arg(path).arg(version).arg(kBundleFormatVersion));
    const QByteArray digest = header.right(32);
    const QByteArray payload = file.readAll();
    if (quint64(payload.size()) < length)
        return fail(Bundles::tr("%1 is truncated (%2 of %3 bytes)").arg(path).arg(payload.size()).arg(length));
    if (quint64(payload.size()) > length)
        return fail(Bundles::tr("%1 has %2 unexpected bytes after its end").arg(path).arg(quint64(payload.size()) - length));
    if (QCryptographicHash::hash(payload, QCryptographicHash::Sha256) != digest)
        return fail(Bundles::tr("%1 is corrupt (its checksum does not match)").arg(path));
    return contentsOf(payload, path);
}

} // namespace mi
