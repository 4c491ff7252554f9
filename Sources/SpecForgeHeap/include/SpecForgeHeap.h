#ifndef SPECFORGE_HEAP_H
#define SPECFORGE_HEAP_H

/// Whether the command's small-block allocator serves this process: 1 when it does, 0 when it
/// is not built for this platform or `SPECFORGE_SYSTEM_MALLOC` is set (the C library's then).
int specforge_heap_in_use(void);

/// Gives the pages of every small block back to the system, half of them on a thread of its own,
/// and returns 1 when it did (0: not this allocator, too little to be worth it, or no thread).
/// For a process about to exit and nothing else: no small block may be read again (freeing one
/// is harmless). Exiting then leaves the kernel half as much to take back, and the halves were
/// taken back side by side (80 MB take some 7 ms of one core at exit otherwise).
int specforge_heap_release_before_exit(void);

#endif
