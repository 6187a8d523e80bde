// Placeholder until the gui command is implemented; replaced by its owner.
#include "commands.h"

#include <cstdio>

int runGui(int, char **)
{
    std::fputs("annals: 'gui' is not implemented yet\n", stderr);
    return 2;
}
