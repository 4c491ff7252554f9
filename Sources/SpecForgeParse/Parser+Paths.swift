import Dispatch
import SpecForgeLoad

/// The paths, parsed in runs of path items on every core while the component schemas are
/// parsed, then taken in run by run as if parsed in order after them.
extension DocumentParser {
    /// What one run of path items gave: its items, and each operation's id where it was met (how
    /// many diagnostics there were then), for the duplicate check made across runs afterwards.
    struct PathsRun {
        var parser: DocumentParser
        var items: [PathItem] = []
        var ids: [(id: String, location: Location, at: Int)] = []
    }

    /// How many runs the paths are cut into: enough that the thread that ends first waits for
    /// at most a small run of the other's, few enough that each run's copy of the parser's
    /// caches is filled only a few times.
    static let pathsRuns = 16

    /// Parses `paths` in runs (`pathsRuns`), each in a copy of `start`: a run is taken by
    /// another thread at once, and by this one once `meanwhile` (the component schemas) is done.
    /// Returns the runs in document order.
    static func parsePathsInRuns(
        _ paths: Node?, _ file: String, from start: DocumentParser, meanwhile: () -> Void
    ) -> [PathsRun] {
        // Each thread reads `start` and the document's nodes and copies `start` for each run.
        nonisolated(unsafe) let start = start
        nonisolated(unsafe) let paths = paths
        let entries = paths?.mapping?.entries ?? []
        let count = max(1, min(pathsRuns, entries.count))
        var runs = [PathsRun?](repeating: nil, count: count)
        let lock = DispatchSemaphore(value: 1)
        nonisolated(unsafe) var next = 0
        runs.withUnsafeMutableBufferPointer { buffer in
            // Each run is written by the one thread that took it; the buffer outlives the wait.
            nonisolated(unsafe) let slots = buffer
            @Sendable func work() {
                while true {
                    lock.wait()
                    let r = next
                    next += 1
                    lock.signal()
                    guard r < count else { return }
                    var run = PathsRun(parser: start)
                    // The first run also says so when `paths` is not a mapping at all.
                    if r == 0, let paths { _ = run.parser.expectMapping(paths, file, "paths") }
                    let range = entries.count * r / count..<entries.count * (r + 1) / count
                    for entry in entries[range] {
                        guard let item = run.parser.parsePathItem(entry.key, entry.value, file, keyMark: entry.keyMark) else { continue }
                        for op in item.operations { run.ids.append((op.operationId, op.location, run.parser.diagnostics.count)) }
                        run.items.append(item)
                    }
                    slots[r] = run
                }
            }
            let done = DispatchGroup()
            DispatchQueue.global().async(group: done) { work() }
            meanwhile()
            work()
            done.wait()
        }
        return runs.map { $0! }
    }

    /// Takes in the runs in order, each operationId used again after its first use reported
    /// where it was met again (after the diagnostics of its path item), as one parse would.
    mutating func absorb(_ runs: [PathsRun], since split: Split) -> [PathItem] {
        var seen: [String: Location] = [:]
        var items: [PathItem] = []
        for var run in runs {
            var inserted = 0
            for (id, location, at) in run.ids {
                guard let first = seen[id] else {
                    seen[id] = location
                    continue
                }
                let index = at + inserted
                run.parser.diagnostics.insert(
                    Diagnostic(.error, file: location.file, mark: location.mark, "duplicate operationId '\(id)' (first used at \(first))"),
                    at: index)
                for i in run.parser.fileErrors.indices where run.parser.fileErrors[i].index >= index { run.parser.fileErrors[i].index += 1 }
                inserted += 1
            }
            absorb(run.parser, since: split)
            items += run.items
        }
        return items
    }
}
