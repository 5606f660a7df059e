#pragma once

#include <QString>
class QWidget;

// --smoke-test: once `window` has painted for the first time, print the
// milliseconds since the process started and quit with exit code 0.
// With a `screenshotPath`, the window is also saved there as PNG.
void reportFirstPaintAndQuit(QWidget *window, const QString &screenshotPath = {});

double millisecondsSinceProcessStart();
