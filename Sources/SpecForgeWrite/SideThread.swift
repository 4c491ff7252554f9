#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Work started at once on a thread of its own, whose result `join()` waits for.
///
/// A run puts long pieces of work beside each other (the emitters, the Swift SDK's analysis, the
/// model files' grouping, the pages' section warnings, the threads a map is lent) and waits for
/// them, often from a thread of libdispatch's pool. Given to its global queue instead, such a
/// piece waits for a free worker: with one core (a container, `taskset`) the pool has one,
/// already busy with the work that waits, and the run stood still until libdispatch's monitor
/// added a thread, close to a second later. A thread of its own starts whatever the pool is
/// doing. (Should the system refuse a thread, the work runs on the caller's, at `join()`.)
/// The parse's and the IR's side work stays on the global queue: it is waited for from the
/// main thread while the pool is idle.
public final class SideThread<Result>: @unchecked Sendable {
    private var work: (@Sendable () -> Result)?
    private var result: Result?
    private var thread: SystemThread?

    public init(_ work: @escaping @Sendable () -> Result) {
        self.work = work
        thread = SystemThread.start { self.runWork() }
    }

    /// Waits for the work to end (or does it now, if no thread could be started) and returns
    /// its result. Called once.
    public func join() -> Result {
        if let thread { thread.join() } else { runWork() }
        return result!
    }

    private func runWork() {
        result = work!()
        work = nil
    }
}

/// Runs `work` on a thread of its own that nobody waits for (on the caller's if no thread can
/// be started), as `SideThread` does.
public func detachThread(_ work: @escaping @Sendable () -> Void) {
    if SystemThread.start(work, detached: true) == nil { work() }
}

/// A POSIX thread running a closure.
struct SystemThread {
    private let handle: pthread_t

    private final class Body {
        let run: () -> Void
        init(_ run: @escaping () -> Void) { self.run = run }
    }

    /// A started thread, or nil when the system refuses one.
    static func start(_ body: @escaping () -> Void, detached: Bool = false) -> SystemThread? {
        let context = Unmanaged.passRetained(Body(body)).toOpaque()
        #if canImport(Darwin)
        var created: pthread_t?
        let status = pthread_create(&created, nil, { context in
            Unmanaged<Body>.fromOpaque(context).takeRetainedValue().run()
            return nil
        }, context)
        guard let handle = created else {
            Unmanaged<Body>.fromOpaque(context).release()
            return nil
        }
        #else
        var handle = pthread_t()
        let status = pthread_create(&handle, nil, { context in
            Unmanaged<Body>.fromOpaque(context!).takeRetainedValue().run()
            return nil
        }, context)
        #endif
        guard status == 0 else {
            Unmanaged<Body>.fromOpaque(context).release()
            return nil
        }
        if detached { pthread_detach(handle) }
        return SystemThread(handle: handle)
    }

    func join() {
        pthread_join(handle, nil)
    }
}
