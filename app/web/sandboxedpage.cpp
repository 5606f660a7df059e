#include "sandboxedpage.h"

#include <QDesktopServices>
#include <QWebEngineProfile>
#include <QWebEngineProfile>
#include <QWebEngineSettings>

bool LocalOnlyInterceptor::isLocal(const QUrl &url)
{
    const QString scheme = url.scheme();
    return scheme == u"qrc" || scheme == u"data" || scheme == u"about";
}

void LocalOnlyInterceptor::interceptRequest(QWebEngineUrlRequestInfo &info)
{
    m_requested.append(info.requestUrl());
    if (!isLocal(info.requestUrl())) {
        m_blocked.append(info.requestUrl());
        info.block(true);
    }
}

LocalOnlyInterceptor *SandboxedPage::interceptor()
{
    return sandboxProfile()->findChild<LocalOnlyInterceptor *>();
}

QWebEngineProfile *SandboxedPage::sandboxProfile()
{
    static QWebEngineProfile *profile = [] {
        auto *p = new QWebEngineProfile(); // no storage name: off the record
        p->setHttpCacheType(QWebEngineProfile::NoCache);
        p->setPersistentCookiesPolicy(QWebEngineProfile::NoPersistentCookies);
        p->setSpellCheckEnabled(false);
        QWebEngineSettings *s = p->settings();
        s->setAttribute(QWebEngineSettings::JavascriptEnabled, true); // our bundled scripts; the CSP forbids any other
        s->setAttribute(QWebEngineSettings::JavascriptCanOpenWindows, false);
        s->setAttribute(QWebEngineSettings::JavascriptCanAccessClipboard, false);
        s->setAttribute(QWebEngineSettings::LocalContentCanAccessRemoteUrls, false);
        s->setAttribute(QWebEngineSettings::LocalContentCanAccessFileUrls, false);
        s->setAttribute(QWebEngineSettings::PluginsEnabled, false);
        s->setAttribute(QWebEngineSettings::PdfViewerEnabled, false);
        s->setAttribute(QWebEngineSettings::AutoLoadIconsForPage, false);
        s->setAttribute(QWebEngineSettings::DnsPrefetchEnabled, false);
        s->setAttribute(QWebEngineSettings::WebGLEnabled, false);
        s->setAttribute(QWebEngineSettings::NavigateOnDropEnabled, false);
        p->setUrlRequestInterceptor(new LocalOnlyInterceptor(p));
        return p;
    }();
    return profile;
}

SandboxedPage::SandboxedPage(QObject *parent) : QWebEnginePage(sandboxProfile(), parent) {}

bool SandboxedPage::acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame)
{
    if (type == NavigationTypeLinkClicked) {
        if (url.scheme() == u"mi")
            emit internalLinkActivated(url);
        else if (url.scheme() == u"https" || url.scheme() == u"http" || url.scheme() == u"mailto")
            QDesktopServices::openUrl(url);
        return false;
    }
    // Only our own setHtml() loads (a data: URL with the qrc base) may show.
    return isMainFrame && type == NavigationTypeTyped ? true : LocalOnlyInterceptor::isLocal(url) && type == NavigationTypeOther;
}

QWebEnginePage *SandboxedPage::createWindow(WebWindowType) { return nullptr; }

void SandboxedPage::javaScriptConsoleMessage(JavaScriptConsoleMessageLevel level, const QString &message, int line, const QString &source)
{
    if (level == ErrorMessageLevel)
        qWarning("page script error %s:%d: %s", qPrintable(source), line, qPrintable(message));
}
