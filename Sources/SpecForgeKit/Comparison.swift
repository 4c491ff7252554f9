import Foundation
import SpecForgeDiff
import SpecForgeLoad
import SpecForgeParse

/// `specforge diff`: two documents loaded and parsed as for generation, then compared.
public enum Comparison {
    /// Loads and validates a document (and the files its `$ref`s reach) for comparison.
    public static func input(_ path: String) throws -> DiffInput {
        let path = SourceSet.normalize(path)
        let root = try Files.node(path)
        let sources = SourceSet(root: path, node: root, load: { (p: String) throws(LoadError) -> Node in try Files.node(p) })
        let (document, _) = try DocumentParser.parse(sources: sources, rootFile: path)
        return DiffInput(sources: sources, rootFile: path, document: document)
    }

    /// Compares two documents; both are loaded side by side.
    public static func compare(old: String, new: String) throws -> (DiffReport, DiffInput, DiffInput) {
        nonisolated(unsafe) var results: [Result<DiffInput, any Error>?] = [nil, nil]
        DispatchQueue.concurrentPerform(iterations: 2) { i in
            results[i] = Result { try input(i == 0 ? old : new) }
        }
        let a = try results[0]!.get(), b = try results[1]!.get()
        return (DiffReport.compare(a, b), a, b)
    }
}
