#include "webpanel.h"

#include "sandboxedpage.h"

#include <QPalette>

WebPanel::WebPanel(QWidget *parent) : QWebEngineView(parent), m_page(new SandboxedPage(this))
{
    setPage(m_page);
    setContextMenuPolicy(Qt::NoContextMenu); // no "view source", "save page" or "back"
    connect(m_page, &SandboxedPage::internalLinkActivated, this, &WebPanel::internalLinkActivated);
}

void WebPanel::showBody(const QString &body, mi::PageOptions options)
{
    options.dark = palette().color(QPalette::Window).lightness() < 128;
    setHtml(mi::htmlDocument(body, options), SandboxedPage::baseUrl());
}
