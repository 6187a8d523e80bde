// Placeholder until the extract command is implemented; replaced by its owner.
#include "commands.h"

#include <cstdio>

int runExtract(int, char **)
{
    std::fputs("annals: 'extract' is not implemented yet\n", stderr);
    return 2;
}
