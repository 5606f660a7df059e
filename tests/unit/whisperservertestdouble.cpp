#include "whisperservertestdouble.h"

#include <QTcpSocket>

namespace {

// Splits a multipart/form-data body into its parts by the boundary the
// Content-Type header names (Qt quotes it).
void parseMultipart(WhisperServerTestDouble::Request &r, const QByteArray &body)
{
    const QByteArray type = r.headers.value("content-type");
    const qsizetype at = type.indexOf("boundary=");
    if (!type.startsWith("multipart/form-data") || at < 0) {
        r.parseError = "not multipart/form-data: " + type;
        return;
    }
    QByteArray boundary = type.mid(at + 9).trimmed();
    if (boundary.startsWith('"'))
        boundary = boundary.mid(1, boundary.size() - 2);
    const QByteArray delimiter = "--" + boundary;
    qsizetype pos = body.indexOf(delimiter);
    while (pos >= 0) {
        const qsizetype start = pos + delimiter.size();
        if (body.mid(start, 2) == "--")
            return; // closing delimiter
        const qsizetype next = body.indexOf("\r\n" + delimiter, start);
        const qsizetype headerEnd = body.indexOf("\r\n\r\n", start);
        if (next < 0 || headerEnd < 0 || headerEnd > next) {
            r.parseError = "malformed multipart body";
            return;
        }
        const QByteArray headers = body.mid(start, headerEnd - start);
        const qsizetype nameAt = headers.indexOf("name=\"");
        const QByteArray name = headers.mid(nameAt + 6, headers.indexOf('"', nameAt + 6) - nameAt - 6);
        r.fields.insert(name, body.mid(headerEnd + 4, next - headerEnd - 4));
        for (const QByteArray &line : headers.split('\n'))
            if (line.toLower().startsWith("content-type:"))
                r.partContentTypes.insert(name, line.mid(13).trimmed());
        pos = next + 2;
    }
    r.parseError = "no closing multipart delimiter";
}

} // namespace

WhisperServerTestDouble::WhisperServerTestDouble()
{
    listen(QHostAddress::LocalHost, 0);
    connect(this, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = nextPendingConnection()) {
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { serve(socket); });
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        }
    });
}

QString WhisperServerTestDouble::baseUrl() const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(serverPort());
}

void WhisperServerTestDouble::answer(int status, const QByteArray &body)
{
    m_status = status;
    m_body = body;
}

void WhisperServerTestDouble::serve(QTcpSocket *socket)
{
    // The whole request first: headers, then Content-Length bytes of body.
    QByteArray data = socket->property("received").toByteArray() + socket->readAll();
    socket->setProperty("received", data);
    const qsizetype headerEnd = data.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return;
    Request r;
    const QList<QByteArray> lines = data.left(headerEnd).split('\n');
    const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
    r.method = requestLine.value(0);
    r.path = requestLine.value(1);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines[i].indexOf(':');
        if (colon > 0)
            r.headers.insert(lines[i].left(colon).trimmed().toLower(), lines[i].mid(colon + 1).trimmed());
    }
    if (!r.headers.contains("content-length")) {
        r.parseError = "no Content-Length";
    } else {
        const qsizetype length = r.headers.value("content-length").toLongLong();
        if (data.size() - headerEnd - 4 < length)
            return; // more to come
        parseMultipart(r, data.mid(headerEnd + 4, length));
    }
    requests.append(r);
    socket->setProperty("received", QByteArray());
    if (m_silent)
        return;
    socket->write("HTTP/1.1 " + QByteArray::number(m_status) + (m_status < 400 ? " OK" : " Error")
        + "\r\nContent-Type: application/json\r\nConnection: close\r\nContent-Length: " + QByteArray::number(m_body.size()) + "\r\n\r\n"
        + m_body);
    socket->disconnectFromHost();
}
