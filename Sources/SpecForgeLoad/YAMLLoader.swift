import CYaml
import SpecForgeBits

/// An error while reading a file, with its position when known.
public struct LoadError: Error, Sendable, CustomStringConvertible {
    public var file: String
    public var mark: Mark?
    public var message: String

    public init(file: String, mark: Mark?, message: String) {
        self.file = file
        self.mark = mark
        self.message = message
    }

    public var description: String {
        "\(file):\(mark?.description ?? "1:1"): error: \(message)"
    }
}

/// Loads YAML (and therefore JSON) text into a `Node` tree using the system libyaml.
public enum YAMLLoader {
    /// The deepest nesting of sequences and mappings accepted; deeper input is an error (the tree
    /// is walked recursively later, so this bounds the stack every walk needs).
    public static let maxDepth = 512
    /// How many nodes aliases (`*name`) may stand for in all, beyond the document's own nodes,
    /// so that a few lines of nested aliases cannot expand into billions of nodes.
    public static let maxAliasExpansion = 1_000_000

    /// Loads the first document of `bytes`. `file` is used in error messages only.
    ///
    /// A large block-style or pretty-printed JSON document is cut into pieces parsed side by side
    /// (`PiecePlan`), with the same tree and the same errors as one parse.
    public static func load(bytes: [UInt8], file: String) throws(LoadError) -> Node {
        try bytes.withUnsafeBufferPointer { (buffer) throws(LoadError) in try load(buffer: buffer, file: file) }
    }

    /// Loads the first document of the bytes `buffer` (read only while it loads).
    public static func load(buffer: UnsafeBufferPointer<UInt8>, file: String) throws(LoadError) -> Node {
        try load(buffer: buffer, file: file, pieceSize: pieceSize(of: buffer.count))
    }

    /// Bytes per piece of a document of `count` bytes, or 0 when it is parsed in one go.
    /// (Fixed by size alone, not by the number of cores, so every machine cuts alike.)
    static func pieceSize(of count: Int) -> Int {
        count < 1 << 20 ? 0 : max(1 << 17, count / 16)
    }

    /// Loads `bytes` in pieces of about `pieceSize` bytes (0: in one go).
    public static func load(bytes: [UInt8], file: String, pieceSize: Int) throws(LoadError) -> Node {
        try bytes.withUnsafeBufferPointer { (buffer) throws(LoadError) in try load(buffer: buffer, file: file, pieceSize: pieceSize) }
    }

    static func load(buffer: UnsafeBufferPointer<UInt8>, file: String, pieceSize: Int) throws(LoadError) -> Node {
        StringBits.checkLayout()
        if pieceSize > 0, let node = PieceLoader.load(buffer, file: file, pieceSize: pieceSize) { return node }
        return try parse(buffer, file: file, lineOffset: 0, baseDepth: 0).map(\.node).get()
    }

    /// One libyaml parse of `buffer`, whose first line is line `lineOffset + 1` of `file`, with
    /// `baseDepth` collections around it, and the number of nodes its aliases stood for.
    /// `preloaded`: the input is given to the scanner as the buffer libyaml's reader would have
    /// made (`PreloadedInput`) when it can be; false leaves all of it to the reader (tests).
    static func parse(
        _ buffer: UnsafeBufferPointer<UInt8>, file: String, lineOffset: Int, baseDepth: Int, preloaded: Bool = true
    ) -> Result<(node: Node, aliasExpansion: Int), LoadError> {
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else {
            return .failure(LoadError(file: file, mark: nil, message: "could not initialise the YAML parser"))
        }
        defer { yaml_parser_delete(&parser) }
        var builder = TreeBuilder(file: file, lineOffset: lineOffset, baseDepth: baseDepth)
        yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
        yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
        if preloaded { _ = PreloadedInput.fill(&parser, with: buffer) }
        return builder.run(&parser).map { ($0, builder.aliasExpansion) }
    }
}

struct TreeBuilder {
    let file: String
    /// Lines before the parsed text, and collections around it, in the whole file.
    let lineOffset: Int
    let baseDepth: Int
    /// Open collections: a sequence collects nodes, a mapping collects alternating keys and values.
    /// Their members wait on two stacks shared by every open collection (`items`, `entries`),
    /// from `start` on: a collection's array is made once, at its exact size, when it ends,
    /// instead of growing (and being copied) member by member.
    private enum Frame {
        case sequence(start: Int, Mark, anchor: String?)
        case mapping(start: Int, Mark, anchor: String?)
    }
    private var stack: [Frame] = []
    /// Beside `stack`, by frame: the key of a mapping waiting for its value (nil otherwise).
    /// Kept apart so that a value's arrival changes one slot in place, not the whole frame.
    private var pendingKeys: [(key: String, mark: Mark)?] = []
    private let items = MoveStack<Node>()
    private let entries = MoveStack<Mapping.Entry>()
    /// The keys of each open mapping with many entries, beside `stack` (one set per mapping
    /// frame, innermost last; empty until the mapping outgrows `linearKeyLimit`).
    private var keySets: [Set<NameKey>] = []
    /// Up to this many entries, a duplicate key is found by comparing with each key before it:
    /// cheaper than hashing for the small mappings documents are mostly made of.
    private static let linearKeyLimit = 16
    /// Anchored nodes, with the number of nodes each stands for when an alias repeats it.
    private var anchors: [String: (node: Node, size: Int)] = [:]
    /// Nodes met so far, counting an alias as the whole subtree it repeats.
    private var expanded = 0
    /// `expanded` when each open collection started.
    private var starts: [Int] = []
    private(set) var aliasExpansion = 0
    private var root: Node?

    init(file: String, lineOffset: Int = 0, baseDepth: Int = 0) {
        self.file = file
        self.lineOffset = lineOffset
        self.baseDepth = baseDepth
    }

    mutating func run(_ parser: inout yaml_parser_t) -> Result<Node, LoadError> {
        var event = yaml_event_t()
        while true {
            guard yaml_parser_parse(&parser, &event) == 1 else {
                return .failure(parserError(parser))
            }
            defer { yaml_event_delete(&event) }
            let mark = Mark(line: Int(event.start_mark.line) + 1 + lineOffset, column: Int(event.start_mark.column) + 1)
            switch event.type {
            case YAML_STREAM_END_EVENT, YAML_DOCUMENT_END_EVENT:
                if let root { return .success(root) }
                if event.type == YAML_STREAM_END_EVENT {
                    return .failure(LoadError(file: file, mark: mark, message: "the file holds no document"))
                }
            case YAML_SCALAR_EVENT:
                let s = event.data.scalar
                let text = StringBits.smallASCII(UnsafeRawBufferPointer(start: s.value, count: Int(s.length)))
                    ?? String(decoding: UnsafeBufferPointer(start: s.value, count: Int(s.length)), as: UTF8.self)
                let plain = s.style == YAML_PLAIN_SCALAR_STYLE && s.tag == nil
                let node = Node(.scalar(Scalar(text, isPlain: plain)), mark: mark)
                expanded += 1
                if let a = s.anchor { anchors[String(cString: a)] = (node, 1) }
                if let error = add(node) { return .failure(error) }
            case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
                guard stack.count + baseDepth < YAMLLoader.maxDepth else {
                    return .failure(LoadError(file: file, mark: mark, message: "nesting deeper than \(YAMLLoader.maxDepth) levels"))
                }
                expanded += 1
                starts.append(expanded)
                if event.type == YAML_SEQUENCE_START_EVENT {
                    let a = event.data.sequence_start.anchor.map { String(cString: $0) }
                    stack.append(.sequence(start: items.count, mark, anchor: a))
                } else {
                    let a = event.data.mapping_start.anchor.map { String(cString: $0) }
                    stack.append(.mapping(start: entries.count, mark, anchor: a))
                    keySets.append([])
                }
                pendingKeys.append(nil)
            case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                let node: Node
                let anchor: String?
                switch stack.removeLast() {
                case .sequence(let start, let m, let a):
                    node = Node(.sequence(items.take(from: start)), mark: m)
                    anchor = a
                case .mapping(let start, let m, let a):
                    node = Node(.mapping(Mapping(entries.take(from: start))), mark: m)
                    anchor = a
                    keySets.removeLast()
                }
                pendingKeys.removeLast()
                let size = expanded - starts.removeLast() + 1
                if let anchor { anchors[anchor] = (node, size) }
                if let error = add(node) { return .failure(error) }
            case YAML_ALIAS_EVENT:
                let name = String(cString: event.data.alias.anchor)
                guard let (node, size) = anchors[name] else {
                    return .failure(LoadError(file: file, mark: mark, message: "unknown alias '*\(name)'"))
                }
                expanded += size
                aliasExpansion += size
                if aliasExpansion > YAMLLoader.maxAliasExpansion {
                    return .failure(LoadError(file: file, mark: mark, message: "aliases expand to more than \(YAMLLoader.maxAliasExpansion) nodes"))
                }
                if let error = add(node) { return .failure(error) }
            default:
                break
            }
        }
    }

    /// Adds a finished node to the innermost open collection (or makes it the root): an item of
    /// a sequence, a mapping's key, or the value of the key waiting for one. The node is moved
    /// into place, not copied (a copy retains what it holds, to be released again).
    private mutating func add(_ node: consuming Node) -> LoadError? {
        let top = stack.count - 1
        guard top >= 0 else {
            root = node
            return nil
        }
        guard case .mapping(let start, _, _) = stack[top] else {
            items.push(node)
            return nil
        }
        // The key waiting for this value is moved out of its slot: no retain, no release.
        if let (key, keyMark) = pendingKeys[top].take() {
            if !isNewKey(key, from: start) {
                return LoadError(file: file, mark: keyMark, message: "duplicate key '\(key)'")
            }
            entries.push(Mapping.Entry(key: key, keyMark: keyMark, value: node))
        } else {
            guard case .scalar(let s) = node.value else {
                return LoadError(file: file, mark: node.mark, message: "mapping keys must be scalars")
            }
            pendingKeys[top] = (s.text, node.mark)
        }
        return nil
    }

    /// Whether `key` is not among the keys of the innermost open mapping, whose entries are
    /// those of `entries` from `start` on.
    private mutating func isNewKey(_ key: String, from start: Int) -> Bool {
        let keys = keySets.count - 1
        if entries.count - start < Self.linearKeyLimit {
            // Short ASCII keys compared as two words (`StringBits`), others with `==`.
            return entries.withElements(from: start) { open in StringBits.firstIndex(of: key, in: open) { $0.key } == nil }
        }
        if keySets[keys].isEmpty { keySets[keys] = entries.withElements(from: start) { open in Set(open.lazy.map { NameKey($0.key) }) } }
        return keySets[keys].insert(NameKey(key)).inserted
    }

    private func parserError(_ parser: yaml_parser_t) -> LoadError {
        let problem = parser.problem.map { String(cString: $0) } ?? "invalid YAML"
        let context = parser.context.map { String(cString: $0) + " " } ?? ""
        let m = parser.problem_mark
        return LoadError(
            file: file,
            mark: Mark(line: Int(m.line) + 1 + lineOffset, column: Int(m.column) + 1),
            message: "invalid YAML or JSON: \(context)\(problem)"
        )
    }
}
