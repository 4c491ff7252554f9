#ifndef SPECFORGE_HEAP_H
#define SPECFORGE_HEAP_H

/// Whether the command's small-block allocator serves this process: 1 when it does, 0 when it
/// is not built for this platform or `SPECFORGE_SYSTEM_MALLOC` is set (the C library's then).
int specforge_heap_in_use(void);

/// Hands the return of the process's memory to the system to a helper process, so that the
/// coming exit does not wait for it (release.c). 1 when a helper was made, 0 when nothing was
/// done (another platform, little memory, `SPECFORGE_SYSTEM_MALLOC` set, or a failed clone).
/// Call it last, just before the process exits.
int specforge_release_memory_after_exit(void);

#endif
