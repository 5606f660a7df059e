#pragma once

#include <QWebEnginePage>
#include <QWebEngineUrlRequestInterceptor>

// Every request our pages make goes through this: only bundled resources
// (qrc:) and inline data (data:) pass; anything else is blocked and counted,
// so that a page built from untrusted pack or answer text can never reach the
// network, even if escaping failed.
class LocalOnlyInterceptor : public QWebEngineUrlRequestInterceptor
{
    Q_OBJECT
public:
    using QWebEngineUrlRequestInterceptor::QWebEngineUrlRequestInterceptor;
    void interceptRequest(QWebEngineUrlRequestInfo &info) override;
    static bool isLocal(const QUrl &url);

    QList<QUrl> blocked() const { return m_blocked; }
    QList<QUrl> requested() const { return m_requested; }

private:
    QList<QUrl> m_blocked;
    QList<QUrl> m_requested;
};

// A page that shows our HTML and nothing else: no navigation away, clicked
// web links open in the user's browser, internal "mi:" links are reported,
// no pop-ups, no plugins; scripts run only from the bundled files the page's
// Content-Security-Policy allows.
class SandboxedPage : public QWebEnginePage
{
    Q_OBJECT
public:
    explicit SandboxedPage(QObject *parent = nullptr);

    // The shared off-the-record profile with the local-only interceptor.
    static QWebEngineProfile *sandboxProfile();
    static LocalOnlyInterceptor *interceptor();
    static QUrl baseUrl() { return QUrl(QStringLiteral("qrc:/web/")); }

signals:
    void internalLinkActivated(const QUrl &url);

protected:
    bool acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame) override;
    QWebEnginePage *createWindow(WebWindowType type) override;
    void javaScriptConsoleMessage(JavaScriptConsoleMessageLevel level, const QString &message, int line, const QString &source) override;
};
