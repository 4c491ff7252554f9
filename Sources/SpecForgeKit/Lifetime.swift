import Dispatch

/// What becomes of the large structures a run is done with (the loaded trees once the IR is
/// built, the emitters and the Swift SDK once their files are made).
///
/// Freeing them is work for the cores that are still making files: tens of thousands of
/// objects, 18 M instructions for the trees of a 4 MB document alone, and a thread that waited
/// for a core held back the emitters behind it. A command that exits when the run is done has
/// the system take back its memory at once instead (as a compiler driver does), at the cost of
/// peak memory: `untilExit`. A process that runs the pipeline again and again (tests, a server)
/// frees them: `freed`.
public enum Lifetime: Sendable {
    case freed
    case untilExit

    /// Lets go of `value` as this lifetime says: on another thread, or never before exit.
    func release<T>(_ value: consuming T) {
        switch self {
        case .freed:
            nonisolated(unsafe) var held = Optional(value)
            DispatchQueue.global().async { _ = held.take() }
        case .untilExit:
            KeptUntilExit.shared.keep(value)
        }
    }
}

/// What a run keeps until the process exits.
final class KeptUntilExit: @unchecked Sendable {
    static let shared = KeptUntilExit()
    private let lock = DispatchSemaphore(value: 1)
    private var values: [Any] = []

    func keep(_ value: Any) {
        lock.wait()
        values.append(value)
        lock.signal()
    }
}
