import Dispatch
import SpecForgeWrite

/// `transform` applied to every element, spread over the available cores. The results are in
/// the order of `items`, whatever the number of cores or the order the work finishes in.
func concurrentMap<Element: Sendable, Result: Sendable>(
    _ items: [Element], _ transform: @Sendable (Element) -> Result
) -> [Result] {
    var results = [Result?](repeating: nil, count: items.count)
    results.withUnsafeMutableBufferPointer { buffer in
        // Each iteration writes only its own slot of the buffer, and the buffer outlives
        // `concurrentPerform`, which returns when every iteration has. (A `Mutex` around the
        // array would say so to the compiler, but needs macOS 15.)
        nonisolated(unsafe) let slots = buffer
        DispatchQueue.concurrentPerform(iterations: items.count) { i in
            slots[i] = transform(items[i])
        }
    }
    return results.map { $0! }
}

/// An output of the pipeline: turns the model into files.
public protocol Emitter: Sendable {
    func emit(into output: inout OutputSet)
}

/// Runs emitters side by side (each also spreads its own work over the cores) and returns their
/// outputs, in order, with the seconds each took.
public func emitAll(_ emitters: [any Emitter]) -> [(files: OutputSet, seconds: Double)] {
    concurrentMap(emitters.indices.map { $0 }) { i in
        let start = ContinuousClock.now
        var set = OutputSet()
        emitters[i].emit(into: &set)
        let elapsed = ContinuousClock.now - start
        return (set, Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
    }
}
