#ifndef SPECFORGE_HEAP_H
#define SPECFORGE_HEAP_H

/// Whether the command's small-block allocator serves this process: 1 when it does, 0 when it
/// is not built for this platform or `SPECFORGE_SYSTEM_MALLOC` is set (the C library's then).
int specforge_heap_in_use(void);

#endif
