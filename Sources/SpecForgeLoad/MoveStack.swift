/// A stack whose top elements leave together as an array of their own, moved rather than
/// copied: no retain of each element on the way into the array, no release on the way off the
/// stack. The tree builder keeps the members of every open collection on one, and makes each
/// collection's array once, at its exact size, when the collection ends.
final class MoveStack<Element> {
    // Only the tree builder that owns a stack uses it: no access is checked at run time.
    @exclusivity(unchecked) private var base: UnsafeMutablePointer<Element>
    @exclusivity(unchecked) private var capacity: Int
    @exclusivity(unchecked) private(set) var count = 0

    init(capacity: Int = 256) {
        self.capacity = capacity
        base = .allocate(capacity: capacity)
    }

    deinit {
        base.deinitialize(count: count)
        base.deallocate()
    }

    func push(_ element: consuming Element) {
        if count == capacity {
            let bigger = UnsafeMutablePointer<Element>.allocate(capacity: capacity * 2)
            bigger.moveInitialize(from: base, count: count)
            base.deallocate()
            base = bigger
            capacity *= 2
        }
        (base + count).initialize(to: consume element)
        count += 1
    }

    /// The elements from `start` on, in order; the stack ends before them.
    func take(from start: Int) -> [Element] {
        // Made by reserving and appending rather than `init(unsafeUninitializedCapacity:)`,
        // which is not specialized here: it looked the array storage's type up in the runtime's
        // metadata tables for every array (some 650 instructions, 65,000 arrays for a 4 MB
        // document); reserving finds it once, in a cache of this module.
        var taken: [Element] = []
        taken.reserveCapacity(count - start)
        for i in start..<count { taken.append((base + i).move()) }
        count = start
        return taken
    }

    /// The elements from `start` on, read in place.
    func withElements<R>(from start: Int, _ body: (UnsafeBufferPointer<Element>) throws -> R) rethrows -> R {
        try body(UnsafeBufferPointer(start: base + start, count: count - start))
    }
}
