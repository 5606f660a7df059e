#pragma once

#include "report/htmldocument.h"

#include <QWebEngineView>

class SandboxedPage;

// A web view for our generated pages (scoring panel, session report,
// progress): always a SandboxedPage, light or dark after the desktop palette.
class WebPanel : public QWebEngineView
{
    Q_OBJECT
public:
    explicit WebPanel(QWidget *parent = nullptr);

    // `body` must be built by the core's escaping HTML builders.
    void showBody(const QString &body, mi::PageOptions options);
    SandboxedPage *sandboxedPage() const { return m_page; }

signals:
    void internalLinkActivated(const QUrl &url);

private:
    SandboxedPage *m_page;
};
