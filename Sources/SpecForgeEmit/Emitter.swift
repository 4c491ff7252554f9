import Dispatch
import SpecForgeWrite

/// An output of the pipeline: turns the model into files.
public protocol Emitter: Sendable {
    func emit(into output: inout OutputSet)
}

/// Runs emitters side by side (each also spreads its own work over the cores) and returns their
/// outputs, in order, with the seconds each took.
///
/// Each emitter runs on a thread of its own (`SideThread`) rather than as one iteration of a
/// `concurrentMap`: libdispatch gives a `concurrentPerform` nested in another only its share of
/// the cores (one each, with two emitters on two cores), so each emitter's pages and files were
/// built one after another, and the first emitter to finish left its core idle until the other
/// one had.
///
/// `done` is called with an emitter's index as soon as it has finished (before the others have).
public func emitAll(_ emitters: [any Emitter], done: @escaping @Sendable (Int) -> Void = { _ in }) -> [(files: OutputSet, seconds: Double)] {
    @Sendable func run(_ i: Int, _ emitter: any Emitter) -> (files: OutputSet, seconds: Double) {
        let start = ContinuousClock.now
        var set = OutputSet()
        emitter.emit(into: &set)
        Trace.mark("\(type(of: emitter)) done")
        done(i)
        return (set, (ContinuousClock.now - start).seconds)
    }
    guard let first = emitters.first else { return [] }
    var results = [(files: OutputSet, seconds: Double)?](repeating: nil, count: emitters.count)
    results.withUnsafeMutableBufferPointer { buffer in
        // Each emitter writes only its own slot, and the buffer outlives the group's wait.
        nonisolated(unsafe) let slots = buffer
        let others = emitters.indices.dropFirst().map { i in
            let emitter = emitters[i]
            return SideThread { slots[i] = run(i, emitter) }
        }
        slots[0] = run(0, first)
        for thread in others { thread.join() }
    }
    return results.map { $0! }
}
