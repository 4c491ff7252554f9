import Dispatch

/// `transform` applied to every element, spread over the available cores, or over `width`
/// threads at most (leaving the other cores to work running beside it). The results are in the
/// order of `items`, whatever the number of cores or the order the work finishes in.
public func concurrentMap<Element: Sendable, Result: Sendable>(
    _ items: [Element], width: Int? = nil, _ transform: @Sendable (Element) -> Result
) -> [Result] {
    var results = [Result?](repeating: nil, count: items.count)
    results.withUnsafeMutableBufferPointer { buffer in
        // Each iteration writes only its own slots of the buffer, and the buffer outlives
        // `concurrentPerform`, which returns when every iteration has. (A `Mutex` around the
        // array would say so to the compiler, but needs macOS 15.)
        nonisolated(unsafe) let slots = buffer
        if let width, width < items.count {
            // `width` threads, each taking every `width`-th element.
            let threads = max(1, width)
            DispatchQueue.concurrentPerform(iterations: threads) { t in
                for i in stride(from: t, to: items.count, by: threads) { slots[i] = transform(items[i]) }
            }
        } else {
            DispatchQueue.concurrentPerform(iterations: items.count) { i in
                slots[i] = transform(items[i])
            }
        }
    }
    return results.map { $0! }
}

extension Duration {
    /// The duration in seconds, for timings.
    public var seconds: Double { Double(components.seconds) + Double(components.attoseconds) / 1e18 }
}
