#pragma once

// Each subcommand lives in its own file and creates the kind of application object it needs
// (QCoreApplication for headless work, QGuiApplication offscreen for rendering, QApplication for the GUI).
// argv[0] is the program, argv[1] the subcommand name (absent for the GUI).

int runGui(int argc, char **argv);      // cmd_gui.cpp:      annals [FILE|DIR...]
int runExtract(int argc, char **argv);  // cmd_extract.cpp:  annals extract ...
int runEvaluate(int argc, char **argv); // cmd_evaluate.cpp: annals evaluate ...
int runRender(int argc, char **argv);   // cmd_render.cpp:   annals render ...
