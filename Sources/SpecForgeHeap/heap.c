// The allocator of the `specforge` command on Linux with glibc: small blocks from per-thread
// free lists, everything else from glibc's malloc.
//
// A run allocates some two million small blocks (view-model values, strings, arrays) and frees
// most of them soon after, on two threads. glibc's malloc spent about a tenth of the run's
// instructions on them (its bins, its chunk headers and locks); here a small block is taken
// from, and given back to, a list of the calling thread: a few instructions, no lock, no header.
//
// Small blocks (up to 1 KB, in classes of 16 bytes) are carved from 64 KB spans of one region
// reserved at the first allocation; a span serves one class, and which class is read from a
// table by the block's address. A block freed on another thread joins that thread's list.
// Nothing is given back to the system before exit. Larger or more strictly aligned blocks are
// glibc's (`__libc_malloc` and its siblings), and `free` and `realloc` tell the two apart by
// address. Set SPECFORGE_SYSTEM_MALLOC=1 to leave every allocation to glibc (for valgrind's
// heap tools, or to compare).
//
// glibc documents replacing malloc this way ("Replacing malloc"): defining malloc, free,
// calloc, realloc, aligned_alloc, malloc_usable_size, memalign, posix_memalign, pvalloc and
// valloc in the program makes every library of the process use them.
#define _GNU_SOURCE
#include <limits.h> // a C library header first: glibc's defines __GLIBC__
#include "SpecForgeHeap.h"

#if defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(thread_sanitizer) || __has_feature(memory_sanitizer)
#define SPECFORGE_HEAP_SANITIZED 1 // a sanitizer brings its own malloc
#endif
#endif

#if defined(__linux__) && defined(__GLIBC__) && (defined(__x86_64__) || defined(__aarch64__)) && !defined(SPECFORGE_HEAP_SANITIZED)
#include <dlfcn.h>
#include <errno.h>
#include <stdatomic.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

void *__libc_malloc(size_t);
void __libc_free(void *);
void *__libc_realloc(void *, size_t);
void *__libc_calloc(size_t, size_t);
void *__libc_memalign(size_t, size_t);
void *__libc_valloc(size_t);
void *__libc_pvalloc(size_t);

enum {
    GRAIN = 16,                     // block sizes are multiples of this, and so are addresses
    CLASSES = 64,                   // classes 1...64: blocks of 16...1024 bytes
    LARGEST = GRAIN * CLASSES,
    SPAN_SHIFT = 16,                // 64 KB spans
    SPAN = (size_t)1 << SPAN_SHIFT,
};
#define REGION ((size_t)16 << 30)        // reserved (address space only), 16 GB
#define COMMIT_STEP ((size_t)4 << 20)    // made writable 4 MB at a time

// The region: [base, base + REGION), spans handed out from its start.
static uintptr_t base;
static size_t region_size;          // 0 until the region exists: no address is then ours
static _Atomic size_t next_span;    // spans handed out
static size_t committed;            // bytes made writable (under commit_lock)
static atomic_flag commit_lock = ATOMIC_FLAG_INIT;
static uint8_t span_class[REGION >> SPAN_SHIFT];

// 0: not set up, 1: being set up, 2: ours, 3: glibc's (disabled or no region).
static _Atomic int state;

// Per thread: a free list and the unused rest of a span, by class.
static __thread void *free_list[CLASSES + 1];
static __thread char *bump[CLASSES + 1];
static __thread char *bump_end[CLASSES + 1];

__attribute__((noinline)) static int set_up(void) {
    int expected = 0;
    if (atomic_compare_exchange_strong(&state, &expected, 1)) {
        const char *off = getenv("SPECFORGE_SYSTEM_MALLOC");
        int result = 3;
        if (!(off && *off && strcmp(off, "0") != 0)) {
            void *r = mmap(NULL, REGION + SPAN, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
            if (r != MAP_FAILED) {
                base = ((uintptr_t)r + SPAN - 1) & ~(uintptr_t)(SPAN - 1);
                region_size = REGION;
                result = 2;
            }
        }
        atomic_store(&state, result);
        return result;
    }
    int s;
    while ((s = atomic_load(&state)) == 1) {}
    return s;
}

static inline int is_ours(const void *p) { return (uintptr_t)p - base < region_size; }

static inline size_t class_of(const void *p) { return span_class[((uintptr_t)p - base) >> SPAN_SHIFT]; }

// A new span for `c` on this thread, then a block from it; NULL when the region is used up.
__attribute__((noinline)) static void *refill(size_t c) {
    size_t index = atomic_fetch_add(&next_span, 1);
    if ((index + 1) << SPAN_SHIFT > region_size) return NULL;
    size_t end = (index + 1) << SPAN_SHIFT;
    if (end > __atomic_load_n(&committed, __ATOMIC_ACQUIRE)) {
        while (atomic_flag_test_and_set_explicit(&commit_lock, memory_order_acquire)) {}
        while (committed < end) {
            if (mprotect((void *)(base + committed), COMMIT_STEP, PROT_READ | PROT_WRITE) != 0) {
                atomic_flag_clear_explicit(&commit_lock, memory_order_release);
                return NULL;
            }
            __atomic_store_n(&committed, committed + COMMIT_STEP, __ATOMIC_RELEASE);
        }
        atomic_flag_clear_explicit(&commit_lock, memory_order_release);
    }
    span_class[index] = (uint8_t)c;
    char *span = (char *)(base + (index << SPAN_SHIFT));
    size_t size = c * GRAIN;
    bump[c] = span + size;
    bump_end[c] = span + (SPAN / size) * size;
    return span;
}

// What `malloc` does when the fast path does not apply: set up the region first, fall back to
// glibc for large blocks, for a used-up region or when turned off.
__attribute__((noinline)) static void *slow_malloc(size_t n) {
    if (n <= LARGEST && (atomic_load(&state) == 2 || set_up() == 2)) {
        size_t c = n == 0 ? 1 : (n + GRAIN - 1) / GRAIN;
        void *p = refill(c);
        if (p) return p;
    }
    return __libc_malloc(n);
}

void *malloc(size_t n) {
    if (__builtin_expect(n <= LARGEST && atomic_load_explicit(&state, memory_order_relaxed) == 2, 1)) {
        size_t c = n == 0 ? 1 : (n + GRAIN - 1) / GRAIN;
        void *p = free_list[c];
        if (p) {
            free_list[c] = *(void **)p;
            return p;
        }
        char *b = bump[c];
        if (b && b < bump_end[c]) {
            bump[c] = b + c * GRAIN;
            return b;
        }
    }
    return slow_malloc(n);
}

void free(void *p) {
    if (is_ours(p)) {
        size_t c = class_of(p);
        *(void **)p = free_list[c];
        free_list[c] = p;
        return;
    }
    __libc_free(p);
}

void *calloc(size_t count, size_t size) {
    size_t n;
    if (__builtin_mul_overflow(count, size, &n)) {
        errno = ENOMEM;
        return NULL;
    }
    if (n > LARGEST) return __libc_calloc(count, size);
    void *p = malloc(n);
    if (p) memset(p, 0, n);
    return p;
}

void *realloc(void *p, size_t n) {
    if (!p) return malloc(n);
    if (!is_ours(p)) return __libc_realloc(p, n);
    if (n == 0) {
        free(p);
        return NULL;
    }
    size_t have = class_of(p) * GRAIN;
    if (n <= have) return p;
    void *q = malloc(n);
    if (!q) return NULL;
    memcpy(q, p, have);
    free(p);
    return q;
}

size_t malloc_usable_size(void *p) {
    if (!p) return 0;
    if (is_ours(p)) return class_of(p) * GRAIN;
    static size_t (*system_size)(void *);
    if (!system_size) system_size = (size_t (*)(void *))dlsym(RTLD_NEXT, "malloc_usable_size");
    return system_size ? system_size(p) : 0;
}

void *memalign(size_t alignment, size_t n) {
    return alignment <= GRAIN ? malloc(n) : __libc_memalign(alignment, n);
}

void *aligned_alloc(size_t alignment, size_t n) { return memalign(alignment, n); }

int posix_memalign(void **out, size_t alignment, size_t n) {
    if (alignment < sizeof(void *) || (alignment & (alignment - 1)) != 0) return EINVAL;
    void *p = memalign(alignment, n);
    if (!p) return ENOMEM;
    *out = p;
    return 0;
}

void *valloc(size_t n) { return __libc_valloc(n); }

void *pvalloc(size_t n) { return __libc_pvalloc(n); }

int specforge_heap_in_use(void) {
    int s = atomic_load(&state);
    if (s == 0) s = set_up();
    return s == 2;
}

#else

int specforge_heap_in_use(void) { return 0; }

#endif
