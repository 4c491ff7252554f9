import Dispatch
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Cores held by work running beside a `concurrentMap`, lent to it when that work ends.
///
/// The pages are built on one core fewer than there are while the Swift SDK's analysis runs on
/// the other (pages on every core would slow the analysis, which the Swift files wait for). When
/// the Swift files are done before the pages, that core would idle until the pages end: a map
/// given the loan takes it on as soon as every holder has `release`d it.
public final class CoreLoan: @unchecked Sendable {
    private let lock = DispatchSemaphore(value: 1)
    private var holders: Int
    private var waiting: [Int: @Sendable () -> Void] = [:]
    private var nextToken = 0

    /// A loan that comes due when `holders` pieces of work have each released it.
    public init(holders: Int) {
        self.holders = holders
    }

    /// One holder is done with its cores; when the last is, the maps waiting for them get them.
    public func release() {
        lock.wait()
        holders -= 1
        let due = holders == 0 ? waiting : [:]
        if holders == 0 { waiting = [:] }
        lock.signal()
        for token in due.keys.sorted() { due[token]!() }
    }

    /// Calls `start` when the loan comes due (at once if it has); the token withdraws it.
    func whenDue(_ start: @escaping @Sendable () -> Void) -> Int? {
        lock.wait()
        guard holders > 0 else {
            lock.signal()
            start()
            return nil
        }
        nextToken += 1
        waiting[nextToken] = start
        lock.signal()
        return nextToken
    }

    /// Withdraws a `start` that has not been called.
    func withdraw(_ token: Int?) {
        guard let token else { return }
        lock.wait()
        waiting[token] = nil
        lock.signal()
    }
}

/// `transform` applied to every element on `width` threads, and on the rest of the cores too
/// once `loan` comes due; results in the order of `items`, as `concurrentMap(_:width:_:)`.
public func concurrentMap<Element: Sendable, Result: Sendable>(
    _ items: [Element], width: Int, loan: CoreLoan, _ transform: @escaping @Sendable (Element) -> Result
) -> [Result] {
    let cores = ProcessInfo.processInfo.activeProcessorCount
    let width = max(1, min(width, items.count))
    guard cores > width, items.count > width else { return concurrentMap(items, width: width, transform) }
    var results = [Result?](repeating: nil, count: items.count)
    results.withUnsafeMutableBufferPointer { buffer in
        // Each element's slot is written by the one thread that took the element; the buffer
        // outlives every thread that can write to it (the lent ones are waited for below).
        nonisolated(unsafe) let slots = buffer
        let next = NextIndex(count: items.count)
        let work: @Sendable () -> Void = {
            while let i = next.take() { slots[i] = transform(items[i]) }
        }
        let lent = LentThreads()
        let token = loan.whenDue { lent.start(cores - width, work) }
        DispatchQueue.concurrentPerform(iterations: width) { _ in work() }
        // No lent thread starts from now on (a late `start` finds the map closed); those started
        // finish their last element before the buffer is let go of.
        loan.withdraw(token)
        for thread in lent.close() { thread.join() }
    }
    return results.map { $0! }
}

/// The next element not yet taken, for threads that take elements one at a time.
private final class NextIndex: @unchecked Sendable {
    private let lock = DispatchSemaphore(value: 1)
    private var next = 0
    private let count: Int

    init(count: Int) { self.count = count }

    func take() -> Int? {
        lock.wait()
        defer { lock.signal() }
        guard next < count else { return nil }
        next += 1
        return next - 1
    }
}

/// The threads a map was lent, which may start only until the map's own threads are done.
private final class LentThreads: @unchecked Sendable {
    private let lock = DispatchSemaphore(value: 1)
    private var closed = false
    private var threads: [SideThread<Void>] = []

    func start(_ count: Int, _ work: @escaping @Sendable () -> Void) {
        lock.wait()
        defer { lock.signal() }
        guard !closed else { return }
        for _ in 0..<count { threads.append(SideThread(work)) }
    }

    /// Lets no more threads start; returns those that did.
    func close() -> [SideThread<Void>] {
        lock.wait()
        defer { lock.signal() }
        closed = true
        return threads
    }
}
