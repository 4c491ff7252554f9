import Dispatch
import SpecForgeWrite

/// An output of the pipeline: turns the model into files.
public protocol Emitter: Sendable {
    func emit(into output: inout OutputSet)
}

/// Runs emitters side by side (each also spreads its own work over the cores) and returns their
/// outputs, in order, with the seconds each took.
public func emitAll(_ emitters: [any Emitter]) -> [(files: OutputSet, seconds: Double)] {
    concurrentMap(Array(emitters.indices)) { i in
        let start = ContinuousClock.now
        var set = OutputSet()
        emitters[i].emit(into: &set)
        return (set, (ContinuousClock.now - start).seconds)
    }
}
