#pragma once

#include <QDialog>

// Shown on the first start (and from Help ▸ Welcome): the three things the
// program is for, and a short warm-up to try it at once. Accepted means
// "start the warm-up".
class WelcomeDialog : public QDialog
{
    Q_OBJECT
public:
    explicit WelcomeDialog(QWidget *parent = nullptr);
};
