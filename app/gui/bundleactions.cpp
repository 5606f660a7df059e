#include "bundleactions.h"

#include "bundle/sessionbundle.h"

#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QStandardPaths>

static QString bundleFilter() { return QObject::tr("Session bundles (*.mibundle);;All files (*)"); }

void BundleActions::exportBundle(qint64 sessionId, QWidget *parentWindow)
{
    const QString suggested =
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).filePath(tr("session-%1.mibundle").arg(sessionId));
    const QString path = QFileDialog::getSaveFileName(parentWindow, tr("Export session bundle"), suggested, bundleFilter());
    if (path.isEmpty())
        return;
    if (mi::Result<void> ok = mi::exportSessionBundle(m_app.database, m_app.library, sessionId, path); !ok) {
        QMessageBox::warning(parentWindow, tr("Export session bundle"), ok.error().toString());
        return;
    }
    QMessageBox::information(parentWindow, tr("Export session bundle"),
                             tr("Saved %1.\nIt holds the answers, their audio, the scores and any review; send it to your mentor.").arg(path));
}

qint64 BundleActions::importBundle(QWidget *parentWindow)
{
    const QString path = QFileDialog::getOpenFileName(parentWindow, tr("Import session bundle"),
                                                      QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation), bundleFilter());
    if (path.isEmpty())
        return 0;
    mi::Result<mi::BundleImport> imported = mi::importSessionBundle(m_app.database, path);
    if (!imported) {
        QMessageBox::warning(parentWindow, tr("Import session bundle"), tr("Nothing was imported.\n\n%1").arg(imported.error().toString()));
        return 0;
    }
    QMessageBox::information(parentWindow, tr("Import session bundle"),
                             imported->newSession ? tr("Imported a new session with %n answer(s).", nullptr, imported->turnsAdded)
                             : imported->reviewReplaced ? tr("This session was already here; its review has been updated from the bundle.")
                                                        : tr("This session was already here; nothing new in the bundle."));
    return imported->sessionId;
}
