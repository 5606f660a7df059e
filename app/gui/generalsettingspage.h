#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLineEdit;

// Settings read at start-up (language, data folder, the welcome screen) and
// the mentor's name. Fields are saved only when the dialog is accepted.
class GeneralSettingsPage : public QWidget
{
    Q_OBJECT
public:
    explicit GeneralSettingsPage(QWidget *parent = nullptr);
    void load();
    void restoreDefaults();
    void save() const;
    // Whether saving would change something that is read only at start-up.
    bool changesNeedRestart() const;

private:
    QComboBox *m_language;
    QLineEdit *m_dataFolder;
    QCheckBox *m_welcome;
    QLineEdit *m_mentorName;
};
