// Placeholder until the evaluate command is implemented; replaced by its owner.
#include "commands.h"

#include <cstdio>

int runEvaluate(int, char **)
{
    std::fputs("annals: 'evaluate' is not implemented yet\n", stderr);
    return 2;
}
