// The return of the command's memory to the system, after the command has exited.
//
// When a process exits, the kernel takes back its memory before it tells the parent: for the
// 80 MB a run over a 4 MB document holds, some 6 ms on one core, which every caller waits for.
// Here a helper process that shares the memory (clone with CLONE_VM, not a thread) is made just
// before the exit. The command's exit then leaves the memory to the helper; the kernel kills the
// helper as its parent exits (PR_SET_PDEATHSIG) and takes the memory back from it, while the
// caller goes on. The mold linker ends its runs the same way, for the same reason.
//
// The helper first closes its copies of the command's files, so that a pipe reading the
// command's output ends when the command does; it never runs the C library's exit (which would
// flush the shared stdio buffers a second time). Nothing is done where it cannot help: another
// platform, a sanitizer, valgrind (which stops a process that makes such a clone), a run that
// holds little memory, SPECFORGE_SYSTEM_MALLOC set. A failed clone changes nothing: the exit frees
// the memory as usual.
#define _GNU_SOURCE
#include <limits.h> // a C library header first: glibc's defines __GLIBC__
#include "SpecForgeHeap.h"

#if defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(thread_sanitizer) || __has_feature(memory_sanitizer)
#define SPECFORGE_RELEASE_SANITIZED 1
#endif
#endif

#if defined(__linux__) && defined(__GLIBC__) && !defined(SPECFORGE_RELEASE_SANITIZED)
#include <fcntl.h>
#include <linux/futex.h>
#include <sched.h>
#include <stdatomic.h>
#include <signal.h>
#include <stdio.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

enum {
    HELPER_STACK = 64 << 10,
    WORTH_IT_KIB = 16 << 10, // below 16 MB of its own the kernel takes a run's memory back in about a millisecond
};

static pid_t command_pid;
// Set by the helper once it holds none of the command's files and will be killed with it: the
// command waits for that before it goes on to exit.
static _Atomic uint32_t helper_ready;

// Runs in the helper, on its own stack, with the command's memory: system calls only (the C
// library's state, errno included, is the command's).
static int helper(void *unused) {
    (void)unused;
    // No handler of the command's runs here (SIGKILL, which ends the helper, cannot be blocked).
    sigset_t all;
    memset(&all, 0xFF, sizeof all);
    syscall(SYS_rt_sigprocmask, SIG_BLOCK, &all, NULL, 8L);
    if (syscall(SYS_close_range, 0U, ~0U, 0U) != 0) {
        for (long fd = 0; fd < 1024; fd++) syscall(SYS_close, fd);
    }
    syscall(SYS_prctl, PR_SET_PDEATHSIG, SIGKILL, 0L, 0L, 0L);
    int orphaned = syscall(SYS_getppid) != command_pid;
    atomic_store(&helper_ready, 1);
    syscall(SYS_futex, &helper_ready, FUTEX_WAKE_PRIVATE, 1, NULL, NULL, 0);
    if (orphaned) syscall(SYS_exit, 0);
    for (;;) syscall(SYS_pause);
    return 0;
}

// The memory this process holds that is its own (resident, not shared with the files it maps),
// in KiB; 0 when unknown. From /proc/self/statm: its size, resident and shared pages.
static long private_resident_kib(void) {
    int fd = open("/proc/self/statm", O_RDONLY | O_CLOEXEC);
    if (fd < 0) return 0;
    char text[128];
    ssize_t n = read(fd, text, sizeof text - 1);
    close(fd);
    if (n <= 0) return 0;
    text[n] = 0;
    long size, resident, shared;
    if (sscanf(text, "%ld %ld %ld", &size, &resident, &shared) != 3) return 0;
    return (resident - shared) * (sysconf(_SC_PAGESIZE) / 1024);
}

int specforge_release_memory_after_exit(void) {
    const char *off = getenv("SPECFORGE_SYSTEM_MALLOC");
    if (off && *off && strcmp(off, "0") != 0) return 0;
    // Valgrind stops a process that makes such a clone (it runs its tools by preloading them).
    const char *preloaded = getenv("LD_PRELOAD");
    if (preloaded && strstr(preloaded, "vgpreload")) return 0;
    if (private_resident_kib() < WORTH_IT_KIB) return 0;
    void *stack = mmap(NULL, HELPER_STACK, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_STACK, -1, 0);
    if (stack == MAP_FAILED) return 0;
    command_pid = getpid();
    int pid = clone(helper, (char *)stack + HELPER_STACK, CLONE_VM | SIGCHLD, NULL);
    if (pid == -1) {
        munmap(stack, HELPER_STACK);
        return 0;
    }
    // Until the helper has closed its copies of the command's files, a pipe reading the
    // command's output would stay open after the command's exit (a process's files are closed
    // after its memory is returned). Waited for in steps of 10 ms, and no longer than a second or
    // once the helper is gone (killed before it was ready): the exit is never held up for good.
    struct timespec step = {0, 10 * 1000 * 1000};
    for (int waited = 0; atomic_load(&helper_ready) == 0 && waited < 100; waited++) {
        syscall(SYS_futex, &helper_ready, FUTEX_WAIT_PRIVATE, 0, &step, NULL, 0);
        if (atomic_load(&helper_ready) == 0 && waitpid(pid, NULL, WNOHANG) == pid) break;
    }
    return 1;
}

#else

int specforge_release_memory_after_exit(void) { return 0; }

#endif
