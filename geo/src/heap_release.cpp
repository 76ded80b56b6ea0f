#include "geo/heap_release.h"

#include <cstdlib>  // defines __GLIBC__, tested below

#if defined(__linux__) && defined(__GLIBC__)
#include <malloc.h>
#endif

namespace geo {

#if defined(__linux__) && defined(__GLIBC__)

bool releaseFreedHeap() {
    // The pad is the free top's size: nothing of the top is trimmed (shrinking
    // the heap would give up the reserve and its huge-page advice).
    return malloc_trim(mallinfo2().keepcost) == 1;
}

#else

bool releaseFreedHeap() { return false; }

#endif

}  // namespace geo
