#pragma once

#include "mentor/mentortypes.h"

#include <QWidget>

class QListWidget;
class QPushButton;

// The mentor's comments on one answer, each with the words it is about (if
// any), its author and time; buttons to add, edit and remove.
class CommentList : public QWidget
{
    Q_OBJECT
public:
    explicit CommentList(QWidget *parent = nullptr);
    void showComments(const QList<mi::MentorComment> &comments);

signals:
    void addRequested();
    void editRequested(const QString &uid, const QString &currentText);
    void removeRequested(const QString &uid);

private:
    QListWidget *m_list;
    QPushButton *m_edit;
    QPushButton *m_remove;
};
