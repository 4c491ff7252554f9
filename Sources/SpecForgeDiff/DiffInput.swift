import SpecForgeLoad
import SpecForgeParse

/// One side of a comparison: a document's files, its root and its parsed form.
///
/// The comparison reads the value tree (which keeps every attribute as written, and where it is);
/// the parsed `Document` has validated it and gives the version. An input is made on one thread
/// and then read by one comparison at a time (which caches the references it follows).
public final class DiffInput: @unchecked Sendable {
    public let sources: SourceSet
    public let rootFile: String
    public let root: Node
    public let document: Document

    /// Targets of references already followed, by file and reference.
    private var targets: [String: [String: (node: Node, file: String)]] = [:]
    /// The root file's components by section (`schemas`, `parameters`…) and name, indexed when a
    /// section is first referred to: a document has thousands of them.
    private var components: [String: [String: Node]] = [:]

    public init(sources: SourceSet, rootFile: String, document: Document) {
        self.sources = sources
        self.rootFile = rootFile
        self.root = sources.root(rootFile) ?? Node(.mapping(Mapping()), mark: Mark(line: 1, column: 1))
        self.document = document
    }

    /// A node that may be a `$ref`, followed to what it names (through chains of references).
    struct Resolved {
        /// The node after following references.
        var node: Node
        /// The file `node` is in.
        var file: String
        /// The reference as written at the use site, or `""` for an element written in place.
        var ref: String
        /// Where the element is used (the `$ref` itself, or the element): it identifies the occurrence.
        var site: Location
    }

    func resolve(_ node: Node, in file: String) -> Resolved {
        var current = node, currentFile = file
        var firstRef = ""
        var hops = 0
        while let ref = current["$ref"]?.string, hops < 64 {
            if firstRef.isEmpty { firstRef = ref }
            if let known = targets[currentFile]?[ref] {
                current = known.node
                currentFile = known.file
            } else if currentFile == rootFile, let component = component(ref) {
                targets[currentFile, default: [:]][ref] = (component, currentFile)
                current = component
            } else {
                guard let (target, pointer) = sources.resolve(ref, from: currentFile),
                    case .success(let next) = sources.node(file: target, pointer: pointer)
                else { break }
                targets[currentFile, default: [:]][ref] = (next, target)
                current = next
                currentFile = target
            }
            hops += 1
        }
        return Resolved(node: current, file: currentFile, ref: firstRef, site: Location(file: file, mark: node.mark))
    }

    /// `#/components/<section>/<name>` of the root file (names without pointer escapes).
    private func component(_ ref: String) -> Node? {
        let prefix = "#/components/"
        guard ref.hasPrefix(prefix) else { return nil }
        let parts = ref.dropFirst(prefix.count).split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[1].contains("~"), !parts[1].contains("%") else { return nil }
        let section = String(parts[0])
        if components[section] == nil {
            var byName: [String: Node] = [:]
            for entry in root["components"]?[section]?.mapping?.entries ?? [] where byName[entry.key] == nil {
                byName[entry.key] = entry.value
            }
            components[section] = byName
        }
        return components[section]?[String(parts[1])]
    }
}
