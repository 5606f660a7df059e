#include "speechsetup.h"

#include "speechsettings.h"
#include "spokenanswerbar.h"
#include "transcriberfactory.h"
#include "transcriptionjob.h"

#include <QCoreApplication>
#include <QMediaDevices>

QString applySpeechSettings(SpokenAnswerBar &bar)
{
    const QString microphone = settings::microphone.value();
    for (const QAudioDevice &device : QMediaDevices::audioInputs())
        if (!microphone.isEmpty() && QString::fromUtf8(device.id()) == microphone)
            bar.recorder()->setDevice(device);
    mi::Result<std::unique_ptr<mi::Transcriber>> transcriber = mi::makeTranscriber(settings::speechEngineSettings());
    if (!transcriber)
        return QCoreApplication::translate("SpokenAnswerBar", "The speech engine in Settings cannot be used: %1").arg(transcriber.error().message);
    bar.transcription()->setTranscriber(std::shared_ptr<const mi::Transcriber>(std::move(*transcriber)));
    return {};
}
