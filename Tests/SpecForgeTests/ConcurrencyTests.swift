import Foundation
import SpecForgeWrite
import Synchronization
import Testing

/// `concurrentMap` keeps the order of its input whatever the threads do, on every core or on
/// fewer threads (`width`, which leaves cores to work running beside it).
@Suite struct ConcurrencyTests {
    @Test("Results in input order, on every core and on 1, 2 or more threads than elements", arguments: [nil, 1, 2, 500] as [Int?])
    func order(width: Int?) {
        let items = Array(0..<257)
        #expect(concurrentMap(items, width: width) { $0 * 3 } == items.map { $0 * 3 })
        #expect(concurrentMap([Int](), width: width) { $0 } == [])
    }

    @Test("With a width of 1, one thread does all the work, in order")
    func oneThread() {
        let seen = Mutex<[Int]>([])
        _ = concurrentMap(Array(0..<50), width: 1) { i in seen.withLock { $0.append(i) } }
        #expect(seen.withLock { $0 } == Array(0..<50))
    }

    @Test("With a loan of the other cores: results in order whether it comes due before, during or never")
    func loanOrder() {
        let items = Array(0..<300)
        for when in ["before", "during", "never"] {
            let loan = CoreLoan(holders: 1)
            if when == "before" { loan.release() }
            let result = concurrentMap(items, width: 1, loan: loan) { i -> Int in
                if when == "during", i == 100 { loan.release() }
                return i * 3
            }
            #expect(result == items.map { $0 * 3 }, "\(when)")
        }
    }

    @Test("A map given a loan runs on its width of threads until every holder releases it, then on every core")
    func loanWidens() throws {
        try #require(ProcessInfo.processInfo.activeProcessorCount > 1, "needs two cores")
        let loan = CoreLoan(holders: 2)
        let threads = Mutex<[Int: Set<String>]>([:])
        _ = concurrentMap(Array(0..<200), width: 1, loan: loan) { i in
            let me = "\(pthread_self())"
            let phase = i < 40 ? 0 : i < 80 ? 1 : 2
            threads.withLock { $0[phase, default: []].insert(me) }
            if i == 40 { loan.release() }
            if i == 80 {
                loan.release()
                // This thread stays on element 80 until a lent thread has taken another (other
                // tests may keep the pool busy for a while), or two seconds have passed.
                let deadline = Date().addingTimeInterval(2)
                while threads.withLock({ ($0[2]?.count ?? 0) < 2 }), Date() < deadline { Thread.sleep(forTimeInterval: 0.001) }
            }
        }
        let seen = threads.withLock { $0 }
        #expect(seen[0]?.count == 1 && seen[1]?.count == 1, "one thread while the loan is held: \(seen)")
        #expect((seen[2]?.count ?? 0) > 1, "more once it is due: \(seen)")
    }

    @Test("A side thread's result comes back from join(), whichever ends first")
    func sideThreadResult() {
        let slow = SideThread { (0..<100_000).reduce(0, &+) }
        let quick = SideThread { "done" }
        #expect(quick.join() == "done")
        #expect(slow.join() == (0..<100_000).reduce(0, &+))
        let seen = Mutex(false)
        detachThread { seen.withLock { $0 = true } }
        while !seen.withLock({ $0 }) {}
    }

    /// The one-core stall: work given to libdispatch's global queue waited for a worker while
    /// every worker was busy with the work waiting for it. Here every worker spins until a side
    /// thread's work has run, or two seconds have passed: a thread of its own starts in
    /// microseconds, work queued behind the spinning workers (the old way) seconds later, when
    /// libdispatch's monitor adds a worker.
    @Test("A side thread starts while every libdispatch worker is busy")
    func sideThreadBesideBusyPool() {
        let ran = Mutex(false)
        let deadline = ContinuousClock.now + .seconds(2)
        let spinning = DispatchGroup()
        for _ in 0..<ProcessInfo.processInfo.activeProcessorCount {
            DispatchQueue.global().async(group: spinning) {
                while !ran.withLock({ $0 }), ContinuousClock.now < deadline {}
            }
        }
        let side = SideThread { ran.withLock { $0 = true } }
        side.join()
        spinning.wait()
        #expect(ContinuousClock.now < deadline)
    }
}

