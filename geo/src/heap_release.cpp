#include "geo/heap_release.h"

#include <cstdlib>  // defines __GLIBC__, tested below

#if defined(__linux__) && defined(__GLIBC__)
#include <malloc.h>
#endif

namespace geo {

#if defined(__linux__) && defined(__GLIBC__)

bool releaseFreedHeap(std::size_t worthAtLeast) {
    const struct mallinfo2 heap = mallinfo2();
    if (heap.fordblks - heap.keepcost < worthAtLeast) return false;  // fordblks counts the top too
    // The pad is the free top's size: nothing of the top is trimmed (shrinking
    // the heap would give up the reserve and its huge-page advice).
    return malloc_trim(heap.keepcost) == 1;
}

#else

bool releaseFreedHeap(std::size_t) { return false; }

#endif

}  // namespace geo
