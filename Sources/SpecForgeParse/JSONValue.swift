import SpecForgeLoad

/// A literal value from the document (`example`, `default`, `enum` members), key order kept.
public indirect enum JSONValue: Sendable, Hashable {
    case null
    case bool(Bool)
    case int(Int)
    case double(Double)
    case string(String)
    case array([JSONValue])
    case object([Pair])

    public struct Pair: Sendable, Hashable {
        public var key: String
        public var value: JSONValue
        public init(_ key: String, _ value: JSONValue) {
            self.key = key
            self.value = value
        }
    }

    /// The deepest nesting of arrays and objects a literal keeps; deeper parts become `null`.
    /// The parser reports such literals as errors (`Node.firstNode(deeperThan:)`), so this only
    /// keeps other callers from exhausting the stack.
    public static let maxDepth = 256

    public init(_ node: Node) {
        self.init(node, depth: 0)
    }

    private init(_ node: Node, depth: Int) {
        guard depth <= Self.maxDepth else {
            self = .null
            return
        }
        switch node.value {
        case .scalar(let s):
            if s.isNull { self = .null }
            else if let b = s.bool { self = .bool(b) }
            else if let i = s.int { self = .int(i) }
            else if s.isPlain, let d = Double(s.text), s.text.first.map({ $0.isNumber || $0 == "-" || $0 == "." }) == true {
                self = .double(d)
            } else { self = .string(s.text) }
        case .sequence(let items):
            self = .array(items.map { JSONValue($0, depth: depth + 1) })
        case .mapping(let m):
            self = .object(m.entries.map { Pair($0.key, JSONValue($0.value, depth: depth + 1)) })
        }
    }

    public var stringValue: String? {
        if case .string(let s) = self { return s }
        return nil
    }
}

extension Node {
    /// The first node (in document order) nested more than `limit` collections below this one,
    /// found without recursion; nil when the tree is shallower.
    public func firstNode(deeperThan limit: Int) -> Node? {
        var stack: [(Node, Int)] = [(self, 0)]
        while let (node, depth) = stack.popLast() {
            if depth > limit { return node }
            switch node.value {
            case .scalar: break
            case .sequence(let items): stack += items.reversed().map { ($0, depth + 1) }
            case .mapping(let m): stack += m.entries.reversed().map { ($0.value, depth + 1) }
            }
        }
        return nil
    }
}
