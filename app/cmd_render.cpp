// Placeholder until the render command is implemented; replaced by its owner.
#include "commands.h"

#include <cstdio>

int runRender(int, char **)
{
    std::fputs("annals: 'render' is not implemented yet\n", stderr);
    return 2;
}
