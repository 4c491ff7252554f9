import SpecForgeHeap
import SpecForgeWrite
#if canImport(Glibc)
import Glibc
#endif

/// How the C heap is set up before a run.
///
/// Small blocks come from the command's own allocator where it is built (SpecForgeHeap, Linux
/// with glibc): per-thread free lists, no locks, no headers. What follows sets up glibc's
/// malloc, which keeps the larger blocks (and all of them with `SPECFORGE_SYSTEM_MALLOC=1`).
///
/// A run over a large document allocates about a hundred megabytes in small pieces, on several
/// threads. With glibc's defaults a heap grows by what each request needs and hands freed space
/// at its top back to the system at once, to map and fault it in again later: system calls and
/// page faults that took a sixth of the run's CPU time on the 4 MB reference document. Here the
/// heaps grow in large steps and keep what is freed at their tops until the process exits.
/// Another C library is left as it is.
enum Heap {
    static func prepare() {
        if Trace.isOn { StandardError.write("specforge: heap: \(specforge_heap_in_use() == 1 ? "small blocks from SpecForgeHeap" : "the C library's malloc")\n") }
        #if canImport(Glibc)
        // `mallopt` is glibc's (malloc.h, which the Glibc module does not bring): looked up.
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "mallopt") else { return }
        let mallopt = unsafeBitCast(symbol, to: (@convention(c) (Int32, Int32) -> Int32).self)
        // Each growth of a heap asks for this much more than it needs (M_TOP_PAD); freed space
        // at a heap's top is kept until this much is free (M_TRIM_THRESHOLD).
        _ = mallopt(-2, 64 << 20)
        _ = mallopt(-1, 256 << 20)
        #endif
    }

    /// Leaves the return of the run's memory to the system to a helper process, after the exit
    /// (`specforge_release_memory_after_exit`, release.c): the caller does not wait for it.
    static func releaseAfterExit() {
        let handed = specforge_release_memory_after_exit() == 1
        if Trace.isOn { StandardError.write("specforge: heap: memory returned \(handed ? "after the exit, by a helper" : "at the exit")\n") }
    }
}
