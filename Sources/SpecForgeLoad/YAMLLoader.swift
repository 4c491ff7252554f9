import CYaml

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
    /// Loads the first document of `bytes`. `file` is used in error messages only.
    public static func load(bytes: [UInt8], file: String) throws(LoadError) -> Node {
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else {
            throw LoadError(file: file, mark: nil, message: "could not initialise the YAML parser")
        }
        defer { yaml_parser_delete(&parser) }
        var builder = TreeBuilder(file: file)
        let result: Result<Node, LoadError> = bytes.withUnsafeBufferPointer { buffer in
            yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
            yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
            return builder.run(&parser)
        }
        return try result.get()
    }
}

private struct TreeBuilder {
    let file: String
    /// An open collection. Children are appended in place (`stack[top]`), never by copying the
    /// frame out and back, so building a mapping of n entries is O(n).
    private struct Frame {
        var mark: Mark
        var anchor: String?
        var isMapping: Bool
        var items: [Node] = []
        var entries: [Mapping.Entry] = []
        /// A mapping's key, read and waiting for its value.
        var pendingKey: (text: String, mark: Mark)?
        /// A large mapping's keys, for the duplicate check (small ones are scanned).
        var keySet: Set<String> = []

        /// Adds `key` unless the mapping has it already.
        mutating func insertKey(_ key: String) -> Bool {
            if entries.count < Self.scanLimit {
                if entries.contains(where: { $0.key == key }) { return false }
                if entries.count + 1 == Self.scanLimit { keySet = Set(entries.map(\.key)) }
                if !keySet.isEmpty { keySet.insert(key) }
                return true
            }
            return keySet.insert(key).inserted
        }

        static let scanLimit = 16
    }
    private var stack: [Frame] = []
    private var anchors: [String: Node] = [:]
    private var root: Node?

    init(file: String) {
        self.file = file
    }

    mutating func run(_ parser: inout yaml_parser_t) -> Result<Node, LoadError> {
        var event = yaml_event_t()
        while true {
            guard yaml_parser_parse(&parser, &event) == 1 else {
                return .failure(parserError(parser))
            }
            defer { yaml_event_delete(&event) }
            let mark = Mark(line: Int(event.start_mark.line) + 1, column: Int(event.start_mark.column) + 1)
            switch event.type {
            case YAML_STREAM_END_EVENT, YAML_DOCUMENT_END_EVENT:
                if let root { return .success(root) }
                if event.type == YAML_STREAM_END_EVENT {
                    return .failure(LoadError(file: file, mark: mark, message: "the file holds no document"))
                }
            case YAML_SCALAR_EVENT:
                let s = event.data.scalar
                let text = String(decoding: UnsafeBufferPointer(start: s.value, count: Int(s.length)), as: UTF8.self)
                let plain = s.style == YAML_PLAIN_SCALAR_STYLE && s.tag == nil
                let node = Node(.scalar(Scalar(text, isPlain: plain)), mark: mark)
                if let a = s.anchor { anchors[String(cString: a)] = node }
                if let error = add(node) { return .failure(error) }
            case YAML_SEQUENCE_START_EVENT:
                let a = event.data.sequence_start.anchor.map { String(cString: $0) }
                stack.append(Frame(mark: mark, anchor: a, isMapping: false))
            case YAML_MAPPING_START_EVENT:
                let a = event.data.mapping_start.anchor.map { String(cString: $0) }
                stack.append(Frame(mark: mark, anchor: a, isMapping: true))
            case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                let frame = stack.removeLast()
                let node = frame.isMapping
                    ? Node(.mapping(Mapping(frame.entries)), mark: frame.mark)
                    : Node(.sequence(frame.items), mark: frame.mark)
                if let anchor = frame.anchor { anchors[anchor] = node }
                if let error = add(node) { return .failure(error) }
            case YAML_ALIAS_EVENT:
                let name = String(cString: event.data.alias.anchor)
                guard let node = anchors[name] else {
                    return .failure(LoadError(file: file, mark: mark, message: "unknown alias '*\(name)'"))
                }
                if let error = add(node) { return .failure(error) }
            default:
                break
            }
        }
    }

    private mutating func add(_ node: Node) -> LoadError? {
        let top = stack.count - 1
        guard top >= 0 else {
            root = node
            return nil
        }
        guard stack[top].isMapping else {
            stack[top].items.append(node)
            return nil
        }
        if let (key, keyMark) = stack[top].pendingKey {
            stack[top].pendingKey = nil
            guard stack[top].insertKey(key) else {
                return LoadError(file: file, mark: keyMark, message: "duplicate key '\(key)'")
            }
            stack[top].entries.append(Mapping.Entry(key: key, keyMark: keyMark, value: node))
        } else {
            guard case .scalar(let s) = node.value else {
                return LoadError(file: file, mark: node.mark, message: "mapping keys must be scalars")
            }
            stack[top].pendingKey = (s.text, node.mark)
        }
        return nil
    }

    private func parserError(_ parser: yaml_parser_t) -> LoadError {
        let problem = parser.problem.map { String(cString: $0) } ?? "invalid YAML"
        let context = parser.context.map { String(cString: $0) + " " } ?? ""
        let m = parser.problem_mark
        return LoadError(
            file: file,
            mark: Mark(line: Int(m.line) + 1, column: Int(m.column) + 1),
            message: "invalid YAML or JSON: \(context)\(problem)"
        )
    }
}
