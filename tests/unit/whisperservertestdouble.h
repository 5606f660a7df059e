#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QTcpServer>

// A test double for whisper.cpp's server and OpenAI-compatible transcription
// APIs: a minimal HTTP/1.1 server on 127.0.0.1 (a free port) that records the
// one request it gets, parsed down to its multipart form fields, and answers
// with a canned status and body, or never answers (to test timeouts).
// It runs on the test thread: the transcriber's local event loop serves it.
class WhisperServerTestDouble : public QTcpServer
{
    Q_OBJECT
public:
    struct Request {
        QByteArray method;
        QByteArray path;
        QHash<QByteArray, QByteArray> headers; // names lower-cased
        QHash<QByteArray, QByteArray> fields; // multipart part name -> body
        QHash<QByteArray, QByteArray> partContentTypes;
        QByteArray parseError; // empty when the request parsed
    };

    WhisperServerTestDouble();
    QString baseUrl() const;

    void answer(int status, const QByteArray &body);
    void neverAnswer() { m_silent = true; }

    QList<Request> requests;

private:
    void serve(QTcpSocket *socket);

    int m_status = 200;
    QByteArray m_body;
    bool m_silent = false;
};
