#pragma once

#include "report/htmldocument.h"

#include <QDialog>

class WebPanel;

// A window showing one generated page (a session report, a comparison,
// progress charts) in a sandboxed web view.
class PageDialog : public QDialog
{
    Q_OBJECT
public:
    PageDialog(const QString &title, const QString &body, const mi::PageOptions &options, QWidget *parent = nullptr);
    WebPanel *panel() const { return m_panel; }
    // Adds an "Export PDF…" button that emits exportRequested().
    void offerExport();

signals:
    void exportRequested();

private:
    WebPanel *m_panel;
    class QDialogButtonBox *m_buttons = nullptr;
};
