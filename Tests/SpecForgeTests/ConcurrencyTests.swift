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
}
