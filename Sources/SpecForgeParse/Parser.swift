import Dispatch
import SpecForgeBits
import SpecForgeLoad

/// Turns a loaded value tree into a typed `Document`, resolving `$ref`s and collecting diagnostics.
public struct DocumentParser {
    public internal(set) var diagnostics: [Diagnostic] = []
    let sources: SourceSet
    let rootFile: String
    var schemas: [String: NamedSchema] = [:]
    var schemaOrder: [String] = []
    /// Schema keys that stand for another key (a component naming a schema of another file).
    var aliases: [String: String] = [:]
    /// Refs met while parsing that still need their target parsed.
    var pendingRefs: [(key: String, ref: ResolvedRef)] = []
    var pendingKeys: Set<String> = []
    /// By `$ref` text as the root file writes it (`#/components/schemas/…`), the key of each
    /// component schema: made once before the paths and components are parsed, read by every copy.
    var componentRefs: [NameKey: String] = [:]
    /// Warnings already reported, so that each is reported once.
    var reported: Set<Diagnostic> = []
    /// Files whose load error was already reported.
    var reportedFiles: Set<String> = []
    /// The diagnostics that are a file's own load error (reported once per file), by index.
    var fileErrors: [(index: Int, file: String)] = []
    /// How many schemas enclose the one being parsed.
    var schemaDepth = 0
    /// By referring file and `$ref` text, the schema key a reference resolved to.
    var refKeys: [String: [String: String]] = [:]

    /// The deepest nesting of schemas accepted; deeper ones are an error, not a stack overflow.
    public static let maxSchemaDepth = 256

    public init(sources: SourceSet, rootFile: String) {
        self.sources = sources
        self.rootFile = rootFile
    }

    /// Parses the root file of `sources`. Throws `Diagnostics` when any error was found.
    public static func parse(sources: SourceSet, rootFile: String) throws(Diagnostics) -> (Document, [Diagnostic]) {
        var parser = DocumentParser(sources: sources, rootFile: rootFile)
        let document = parser.parseDocument()
        let errors = parser.diagnostics.filter { $0.severity == .error }
        guard errors.isEmpty, let document else { throw Diagnostics(errors.isEmpty ? parser.diagnostics : errors) }
        return (document, parser.diagnostics.filter { $0.severity == .warning })
    }

    // MARK: Document

    mutating func parseDocument() -> Document? {
        guard let root = sources.root(rootFile) else { return nil }
        let file = rootFile
        guard let map = root.mapping else {
            error(file, root.mark, "expected an OpenAPI document (a mapping), found \(root.kindName)")
            return nil
        }
        if let swagger = map.entry("swagger") {
            error(file, swagger.keyMark, "Swagger \(swagger.value.string ?? "2.0") is not supported; SpecForge reads OpenAPI 3.0.x and 3.1.x (convert the document first)")
            return nil
        }
        guard let versionEntry = map.entry("openapi"), let version = versionEntry.value.string else {
            error(file, root.mark, "not an OpenAPI document: no 'openapi' version field (SpecForge reads OpenAPI 3.0.x and 3.1.x)")
            return nil
        }
        guard version.hasPrefix("3.0") || version.hasPrefix("3.1") else {
            error(file, versionEntry.value.mark, "OpenAPI \(version) is not supported; SpecForge reads OpenAPI 3.0.x and 3.1.x")
            return nil
        }
        let info = map["info"]
        var document = Document(
            openapi: version,
            title: info?["title"]?.string ?? "API",
            version: info?["version"]?.string ?? "",
            description: info?["description"]?.string,
            servers: map["servers"]?.sequence?.compactMap(Self.serverURL) ?? [],
            paths: [],
            schemas: [:],
            componentSchemaOrder: [],
            securitySchemes: [],
            security: parseSecurityRequirements(map["security"])
        )
        document.externalDocsURL = map["externalDocs"]?["url"]?.string
        for tag in map["tags"]?.sequence ?? [] {
            guard let name = tag["name"]?.string else { continue }
            document.tags.append(Tag(name: name, description: tag["description"]?.string))
        }
        if let webhooks = map.entry("webhooks") {
            warning(file, webhooks.keyMark, "'webhooks' are not supported; the section is ignored")
        }
        let components = map["components"]
        var componentSchemas: Mapping?
        if let node = components?["schemas"] { componentSchemas = expectMapping(node, file, "components.schemas") }
        let entries = componentSchemas?.entries ?? []
        // Each component schema's pointer in this file, and its key.
        let pointers = entries.map { "/components/schemas/" + escapePointer($0.key) }
        let keys = pointers.map { schemaKey(file: file, pointer: $0) }
        // A component that only refers to a schema in another file names that schema: every
        // route to it then reaches this one named type.
        var targets: [String: (Node, String)] = [:]
        for (entry, key) in zip(entries, keys) {
            guard let text = entry.value.mapping?["$ref"]?.string, let ref = sources.resolve(text, from: file) else { continue }
            let targetKey = schemaKey(file: ref.file, pointer: ref.pointer)
            guard ref.file != file || !ref.pointer.hasPrefix("/components/schemas/"), targetKey != key else { continue }
            if case .success(let node) = sources.node(file: ref.file, pointer: ref.pointer) {
                aliases[targetKey] = key
                targets[key] = (node, ref.file)
            }
        }
        // The paths are parsed on every core while the component schemas are: they only name
        // those by key, and what the paths find is taken in afterwards as if found in order.
        componentRefs = Dictionary(zip(pointers.map { NameKey("#" + $0) }, keys), uniquingKeysWith: { first, _ in first })
        let split = Split(self)
        let start = self
        let runs = Self.parsePathsInRuns(map["paths"], file, from: start) {
            for (entry, key) in zip(entries, keys) {
                if !Self.canBeIdentifier(entry.key) {
                    error(file, entry.keyMark, "schema name '\(entry.key)' cannot become a type name: it has no letters or digits")
                }
                let (node, nodeFile) = targets[key] ?? (entry.value, file)
                schemaOrder.append(key)
                schemas[key] = NamedSchema(key: key, name: entry.key, schema: parseSchema(node, nodeFile))
            }
            if let schemes = components?["securitySchemes"]?.mapping {
                for entry in schemes.entries {
                    guard let (node, nodeFile) = resolveObject(entry.value, file) else { continue }
                    if let scheme = parseSecurityScheme(entry.key, node, nodeFile) { document.securitySchemes.append(scheme) }
                }
            }
        }
        document.paths = absorb(runs, since: split)
        resolvePendingRefs()
        document.schemas = schemas
        document.componentSchemaOrder = schemaOrder
        return document
    }

    /// How far a parser had got when a copy of it went on with other parts of the document.
    struct Split {
        let diagnostics: Int
        let pendingRefs: Int
        init(_ parser: DocumentParser) {
            diagnostics = parser.diagnostics.count
            pendingRefs = parser.pendingRefs.count
        }
    }

    /// Takes in what `other`, a copy of this parser made at `split`, found since, as this parser
    /// would have found it going on in order: a warning or a file's error reported once, a
    /// schema reference scheduled once (from where it was first met).
    mutating func absorb(_ other: DocumentParser, since split: Split) {
        let theirFileErrors = Dictionary(other.fileErrors.filter { $0.index >= split.diagnostics }.map { ($0.index, $0.file) }, uniquingKeysWith: { a, _ in a })
        for i in split.diagnostics..<other.diagnostics.count {
            let d = other.diagnostics[i]
            if let file = theirFileErrors[i] {
                guard reportedFiles.insert(file).inserted else { continue }
                self.fileErrors.append((diagnostics.count, file))
            } else if d.severity == .warning {
                guard reported.insert(d).inserted else { continue }
            }
            diagnostics.append(d)
        }
        for (key, ref) in other.pendingRefs[split.pendingRefs...] where pendingKeys.insert(key).inserted {
            pendingRefs.append((key, ref))
        }
    }

    // MARK: Helpers

    /// Follows a `$ref` (for parameters, bodies, responses...) to the object it names.
    mutating func resolveObject(_ node: Node, _ file: String) -> (Node, String)? {
        var current = (node, file)
        var hops = 0
        while let refNode = current.0.mapping?["$ref"] {
            hops += 1
            guard let text = refNode.string else {
                error(current.1, refNode.mark, "'$ref' must be a string")
                return nil
            }
            guard hops <= 32 else {
                error(file, node.mark, "'$ref' chain does not end after 32 references (a reference cycle?)")
                return nil
            }
            guard let ref = resolveRef(text, current.1, refNode.mark, ignored: "ignored") else { return nil }
            switch sources.node(file: ref.file, pointer: ref.pointer) {
            case .success(let target): current = (target, ref.file)
            case .failure(let problem):
                unresolved(text, current.1, refNode.mark, problem)
                return nil
            }
        }
        return current
    }

    mutating func expectMapping(_ node: Node, _ file: String, _ what: String) -> Mapping? {
        if let m = node.mapping { return m }
        if node.scalar?.isNull == true { return Mapping() }
        error(file, node.mark, "\(what) must be a mapping, found \(node.kindName)")
        return nil
    }

    mutating func error(_ file: String, _ mark: Mark, _ message: String) {
        diagnostics.append(Diagnostic(.error, file: file, mark: mark, message))
    }

    mutating func warning(_ file: String, _ mark: Mark, _ message: String) {
        let d = Diagnostic(.warning, file: file, mark: mark, message)
        if reported.insert(d).inserted { diagnostics.append(d) }
    }
}

struct ResolvedRef {
    var file: String
    var pointer: String
    var text: String
    var from: Location
}

func escapePointer(_ s: String) -> String {
    s.replacingAll("~", with: "~0").replacingAll("/", with: "~1")
}

func unescapePointer(_ s: String) -> String {
    s.replacingAll("~1", with: "/").replacingAll("~0", with: "~")
}
