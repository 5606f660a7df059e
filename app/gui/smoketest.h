#pragma once

class QWidget;

// --smoke-test: once `window` has painted for the first time, print the
// milliseconds since the process started and quit with exit code 0.
void reportFirstPaintAndQuit(QWidget *window);

double millisecondsSinceProcessStart();
