#include "speechsettingspage.h"

#include "speechsettings.h"
#include "transcriberfactory.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>
#ifdef MOCKINTERVIEW_HAVE_MULTIMEDIA
#include <QAudioDevice>
#include <QMediaDevices>
#endif

namespace {
QLineEdit *lineEdit(const char *objectName, const QString &accessibleName)
{
    auto *edit = new QLineEdit;
    edit->setObjectName(QLatin1String(objectName));
    edit->setAccessibleName(accessibleName);
    edit->setClearButtonEnabled(true);
    return edit;
}
} // namespace

SpeechSettingsPage::SpeechSettingsPage(QWidget *parent)
    : QWidget(parent), m_microphone(new QComboBox), m_microphoneNote(new QLabel), m_engine(new QComboBox),
      m_endpoint(lineEdit("whisperEndpointEdit", tr("Whisper server address"))), m_model(lineEdit("whisperModelEdit", tr("Whisper model name"))),
      m_apiKey(lineEdit("whisperApiKeyEdit", tr("API key"))), m_cliPath(lineEdit("whisperCliEdit", tr("whisper-cli program"))),
      m_modelPath(lineEdit("whisperModelPathEdit", tr("Whisper model file"))), m_timeout(new QSpinBox)
{
    m_microphone->setObjectName(QStringLiteral("microphoneCombo"));
    m_microphone->setAccessibleName(tr("Microphone"));
    m_microphoneNote->setWordWrap(true);
    m_engine->setObjectName(QStringLiteral("speechEngineCombo"));
    m_engine->setAccessibleName(tr("Speech recognition engine"));
    const QHash<QString, QString> engineNames{
        {QStringLiteral("pocketsphinx"), tr("PocketSphinx — offline, on this computer (English)")},
        {QStringLiteral("whisper-server"), tr("whisper.cpp server — over HTTP")},
        {QStringLiteral("whisper-openai"), tr("OpenAI-compatible transcription API")},
        {QStringLiteral("whisper-cli"), tr("whisper.cpp program — run on this computer")},
    };
    for (const QString &engine : mi::availableSpeechEngines())
        m_engine->addItem(engineNames.value(engine, engine), engine);

    m_endpoint->setPlaceholderText(QStringLiteral("http://127.0.0.1:8080"));
    m_model->setPlaceholderText(QStringLiteral("whisper-1"));
    m_apiKey->setEchoMode(QLineEdit::PasswordEchoOnEdit);
    m_apiKey->setToolTip(tr("Sent to the service with each recording. Stored unencrypted in %1").arg(SettingsStore::fileName()));
    m_cliPath->setPlaceholderText(tr("whisper-cli on the PATH"));
    m_modelPath->setPlaceholderText(tr("for example ~/models/ggml-base.bin"));
    m_timeout->setObjectName(QStringLiteral("speechTimeoutSpin"));
    m_timeout->setAccessibleName(tr("Give up transcribing after"));
    m_timeout->setRange(5, 3600);
    m_timeout->setSuffix(tr(" s"));

    auto *form = new QFormLayout;
    // Rows keep their natural height; spare height goes below the form.
    auto *outer = new QVBoxLayout(this);
    outer->addLayout(form);
    outer->addStretch();
    form->addRow(tr("&Microphone:"), m_microphone);
    form->addRow(QString(), m_microphoneNote);
    form->addRow(tr("&Engine:"), m_engine);
    form->addRow(tr("Server &address:"), m_endpoint);
    form->addRow(tr("Mo&del name:"), m_model);
    form->addRow(tr("API &key:"), m_apiKey);
    form->addRow(tr("whisper-cli &program:"), m_cliPath);
    form->addRow(tr("Model &file:"), m_modelPath);
    form->addRow(tr("&Give up after:"), m_timeout);
    connect(m_engine, &QComboBox::currentIndexChanged, this, &SpeechSettingsPage::updateFields);
    load();
}

void SpeechSettingsPage::fillMicrophones(const QString &selectedId)
{
    m_microphone->clear();
    m_microphone->addItem(tr("System default"), QString());
#ifdef MOCKINTERVIEW_HAVE_MULTIMEDIA
    const QList<QAudioDevice> inputs = QMediaDevices::audioInputs();
    for (const QAudioDevice &device : inputs)
        m_microphone->addItem(device.description(), QString::fromUtf8(device.id()));
    m_microphoneNote->setText(inputs.isEmpty() ? tr("No microphone is available right now (is a sound server running?).") : QString());
#else
    m_microphoneNote->setText(tr("This build cannot list microphones; the system's default input is used."));
#endif
    // A device that is unplugged now is kept, not silently replaced by the default.
    if (!selectedId.isEmpty() && m_microphone->findData(selectedId) < 0)
        m_microphone->addItem(tr("%1 (not connected)").arg(selectedId), selectedId);
    m_microphone->setCurrentIndex(std::max(0, m_microphone->findData(selectedId)));
    m_microphoneNote->setVisible(!m_microphoneNote->text().isEmpty());
}

void SpeechSettingsPage::updateFields()
{
    const QString engine = m_engine->currentData().toString();
    const bool http = engine == u"whisper-server" || engine == u"whisper-openai";
    m_endpoint->setEnabled(http);
    m_model->setEnabled(engine == u"whisper-openai");
    m_apiKey->setEnabled(engine == u"whisper-openai");
    m_cliPath->setEnabled(engine == u"whisper-cli");
    m_modelPath->setEnabled(engine == u"whisper-cli");
    m_timeout->setEnabled(engine != u"pocketsphinx");
}

void SpeechSettingsPage::load()
{
    fillMicrophones(settings::microphone.value());
    m_engine->setCurrentIndex(std::max(0, m_engine->findData(settings::speechEngine.value())));
    m_endpoint->setText(settings::whisperEndpoint.value());
    m_model->setText(settings::whisperModel.value());
    m_apiKey->setText(settings::whisperApiKey.value());
    m_cliPath->setText(settings::whisperCliPath.value());
    m_modelPath->setText(settings::whisperModelPath.value());
    m_timeout->setValue(settings::speechTimeoutSeconds.value());
    updateFields();
}

void SpeechSettingsPage::restoreDefaults()
{
    fillMicrophones(settings::microphone.defaultValue());
    m_engine->setCurrentIndex(std::max(0, m_engine->findData(settings::speechEngine.defaultValue())));
    m_endpoint->setText(settings::whisperEndpoint.defaultValue());
    m_model->setText(settings::whisperModel.defaultValue());
    m_apiKey->setText(settings::whisperApiKey.defaultValue());
    m_cliPath->setText(settings::whisperCliPath.defaultValue());
    m_modelPath->setText(settings::whisperModelPath.defaultValue());
    m_timeout->setValue(settings::speechTimeoutSeconds.defaultValue());
    updateFields();
}

void SpeechSettingsPage::save() const
{
    settings::microphone.setValue(m_microphone->currentData().toString());
    settings::speechEngine.setValue(m_engine->currentData().toString());
    settings::whisperEndpoint.setValue(m_endpoint->text().trimmed());
    settings::whisperModel.setValue(m_model->text().trimmed());
    settings::whisperApiKey.setValue(m_apiKey->text().trimmed());
    settings::whisperCliPath.setValue(m_cliPath->text().trimmed());
    settings::whisperModelPath.setValue(m_modelPath->text().trimmed());
    settings::speechTimeoutSeconds.setValue(m_timeout->value());
}
