#include "httptranscription.h"

#include "common/trcontexts.h"
#include "wavaudio.h"
#include "whispertext.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QHttpMultiPart>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

namespace mi {

namespace {

QString excerpt(const QByteArray &body)
{
    const QString text = QString::fromUtf8(body).simplified();
    return text.size() > 200 ? text.left(200) + QStringLiteral("…") : text;
}

QHttpMultiPart *form(const QByteArray &wav, const QList<std::pair<QByteArray, QByteArray>> &fields)
{
    auto *multipart = new QHttpMultiPart(QHttpMultiPart::FormDataType);
    QHttpPart file;
    file.setHeader(QNetworkRequest::ContentDispositionHeader, QByteArrayLiteral("form-data; name=\"file\"; filename=\"answer.wav\""));
    file.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("audio/wav"));
    file.setBody(wav);
    multipart->append(file);
    for (const auto &[name, value] : fields) {
        if (value.isEmpty()) // no prompt for an empty vocabulary, say
            continue;
        QHttpPart part;
        part.setHeader(QNetworkRequest::ContentDispositionHeader, QByteArrayLiteral("form-data; name=\"") + name + '"');
        part.setBody(value);
        multipart->append(part);
    }
    return multipart;
}

} // namespace

Result<QUrl> endpointUrl(const QString &engine, const QString &base, const QString &path)
{
    if (base.trimmed().isEmpty())
        return fail(Speech::tr("no endpoint configured for %1: give its URL, e.g. http://127.0.0.1:8080").arg(engine));
    QUrl url(base.trimmed(), QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != u"http" && url.scheme() != u"https") || url.host().isEmpty())
        return fail(Speech::tr("%1: not an http(s) URL: %2").arg(engine, base));
    QString prefix = url.path();
    while (prefix.endsWith(u'/'))
        prefix.chop(1);
    url.setPath(prefix + path);
    return url;
}

Result<QString> transcriptFromJson(const QString &engine, const QByteArray &body)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return fail(Speech::tr("%1 answered with something that is not a JSON object: %2").arg(engine, excerpt(body)));
    const QJsonObject object = doc.object();
    if (object.contains(u"error")) {
        const QJsonValue e = object.value(u"error");
        const QString message = e.isObject() ? e.toObject().value(u"message").toString() : e.toString();
        return fail(Speech::tr("%1 reported an error: %2").arg(engine, message.isEmpty() ? excerpt(body) : message));
    }
    if (!object.value(u"text").isString())
        return fail(Speech::tr("%1 answered without a \"text\" field: %2").arg(engine, excerpt(body)));
    return cleanWhisperText(object.value(u"text").toString());
}

Result<Transcript> HttpTranscription::run(const QString &audioPath) const
{
    if (!QCoreApplication::instance())
        return fail(Speech::tr("%1 needs a running QCoreApplication").arg(engine));
    Result<WhisperWav> wav = whisperWav(audioPath);
    if (!wav)
        return std::unexpected(wav.error());

    QElapsedTimer clock;
    clock.start();
    QNetworkAccessManager network;
    QNetworkRequest request(url);
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    QHttpMultiPart *multipart = form(wav->bytes, fields);
    QNetworkReply *reply = network.post(request, multipart);
    multipart->setParent(reply);
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    bool timedOut = false;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QObject::connect(&timer, &QTimer::timeout, &loop, [&] {
        timedOut = true;
        reply->abort();
        loop.quit();
    });
    timer.start(timeoutMs);
    if (!reply->isFinished())
        loop.exec();

    const QString where = url.toDisplayString(QUrl::RemoveUserInfo);
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->readAll();
    if (timedOut)
        return fail(Speech::tr("%1 at %2 did not answer within %3 s").arg(engine, where).arg(timeoutMs / 1000.0));
    if (reply->error() == QNetworkReply::ConnectionRefusedError)
        return fail(Speech::tr("cannot connect to %1 at %2: connection refused (is the server running?)").arg(engine, where));
    if (status >= 300)
        return fail(Speech::tr("%1 at %2 answered HTTP %3: %4").arg(engine, where).arg(status).arg(excerpt(body)));
    if (reply->error() != QNetworkReply::NoError)
        return fail(Speech::tr("cannot reach %1 at %2: %3").arg(engine, where, reply->errorString()));
    Result<QString> text = transcriptFromJson(engine, body);
    if (!text)
        return std::unexpected(text.error());
    Transcript t;
    t.text = *text;
    t.engine = engine;
    t.audioMs = wav->durationMs;
    t.processingSeconds = clock.nsecsElapsed() / 1e9;
    return t;
}

} // namespace mi
