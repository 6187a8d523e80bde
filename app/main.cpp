#include "commands.h"

#include <cstdio>
#include <cstring>

namespace {

const char usage[] =
    "Usage: annals [OPTIONS] [FILE|DIR...]\n"
    "       annals COMMAND [OPTIONS] ...\n"
    "\n"
    "Annals turns news articles into a timeline of dated events.\n"
    "Without a command it opens the main window on the given files and folders\n"
    "(or on the bundled sample articles when none are given).\n"
    "\n"
    "Commands:\n"
    "  extract    Extract dated events and print them as JSON, JSON lines, CSV or TimeML\n"
    "  evaluate   Score the temporal tagger against TimeML gold (TempEval-3 measures)\n"
    "  render     Render a timeline image (PNG, SVG, PDF) without a display\n"
    "\n"
    "Run 'annals COMMAND --help' for the options of a command.\n"
    "\n"
    "Options:\n"
    "  --dct YYYY-MM-DD  Publication date for every article; wins over a date the text states\n"
    "  --dark            Light text on a dark background, whatever the desktop's colours\n"
    "  -h, --help        Show this help\n"
    "  -v, --version     Show the version\n"
    "\n"
    "Qt's own options work as well, e.g. -style Fusion, -platform offscreen, -reverse.\n";

} // namespace

int main(int argc, char **argv) {
    if (argc >= 2) {
        const char *first = argv[1];
        if (std::strcmp(first, "-h") == 0 || std::strcmp(first, "--help") == 0) {
            std::fputs(usage, stdout);
            return 0;
        }
        if (std::strcmp(first, "-v") == 0 || std::strcmp(first, "--version") == 0) {
            std::printf("annals %s\n", ANNALS_VERSION);
            return 0;
        }
        if (std::strcmp(first, "extract") == 0)
            return runExtract(argc, argv);
        if (std::strcmp(first, "evaluate") == 0)
            return runEvaluate(argc, argv);
        if (std::strcmp(first, "render") == 0)
            return runRender(argc, argv);
    }
    return runGui(argc, argv);
}
