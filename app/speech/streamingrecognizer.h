#pragma once

#include "common/error.h"

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QStringList>
#include <memory>

namespace mi {

class PocketSphinxDecoder;

// Live captions while an answer is spoken: pocketsphinx decodes audio as it
// arrives and offers its best guess so far. Same vocabulary bias as
// PocketSphinxTranscriber (both use PocketSphinxDecoder), English only.
//
// Feed it what a QAudioSource delivers (16 kHz, mono, signed 16-bit
// little-endian), in chunks of any size. Decoding runs in the calling thread,
// a fraction of the chunk's duration; to keep it off a GUI thread, move the
// object to a worker thread and call feed() through a queued connection.
class StreamingRecognizer : public QObject
{
    Q_OBJECT
public:
    explicit StreamingRecognizer(QString modelDirectory = {}, QObject *parent = nullptr);
    ~StreamingRecognizer() override;

    // Starts an utterance. The first call (and any call with another
    // vocabulary) loads the model, which takes about a second.
    Result<void> start(const QStringList &vocabulary, const QString &language = QStringLiteral("en"));
    bool isRunning() const { return m_running; }
    QString partial() const { return m_partial; }
    // Ends the utterance; the final transcript can differ from the last partial.
    Result<QString> finish();

public slots:
    // False when no utterance runs or pocketsphinx rejects the audio.
    bool feed(const QByteArray &pcm16kMono);

signals:
    void partialChanged(const QString &text);

private:
    QString m_modelDirectory;
    std::unique_ptr<PocketSphinxDecoder> m_decoder;
    QStringList m_vocabulary; // the one m_decoder was built for
    QByteArray m_oddByte; // a sample split across two chunks
    QString m_partial;
    bool m_running = false;
};

} // namespace mi
