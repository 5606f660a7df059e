#pragma once

#include <QString>
#include <QStringList>

namespace mi {

// Text going into and coming out of whisper.

// The technical terms of a vocabulary (the pack's prompts, references and
// aliases), most frequent first, each once: Latin-script words that look
// technical (kube-proxy, CoreDNS, k8s, TCP), that stand capitalised inside a
// sentence (Ingress, Pod), sit in `code` or in Chinese text (etcd in a Chinese
// answer) or are known technical words (kubelet), plus short all-Chinese aliases (污点, 心跳). Plurals fold into
// their singular when both occur.
QStringList technicalTerms(const QStringList &vocabulary);

// A rough upper estimate of whisper's token count for a text (its byte-level
// BPE takes about three Latin letters per token and up to two tokens per
// Chinese character).
int estimatedWhisperTokens(const QString &text);

// whisper's initial prompt: the terms as a glossary, as many as fit the token
// budget (whisper keeps at most 224 prompt tokens and drops the oldest), so
// the decoder spells them as the pack does. Empty for an empty vocabulary.
QString whisperPrompt(const QStringList &vocabulary, const QString &language, int tokenBudget = 200);

// whisper's output without markers such as [BLANK_AUDIO], extra spaces, or
// spaces between the Chinese text of joined segments.
QString cleanWhisperText(const QString &text);

} // namespace mi
