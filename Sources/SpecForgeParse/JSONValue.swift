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

    public init(_ node: Node) {
        switch node.value {
        case .scalar(let s):
            if s.isNull { self = .null }
            else if let b = s.bool { self = .bool(b) }
            else if let i = s.int { self = .int(i) }
            else if s.isPlain, let d = Double(s.text), s.text.first.map({ $0.isNumber || $0 == "-" || $0 == "." }) == true {
                self = .double(d)
            } else { self = .string(s.text) }
        case .sequence(let items):
            self = .array(items.map(JSONValue.init))
        case .mapping(let m):
            self = .object(m.entries.map { Pair($0.key, JSONValue($0.value)) })
        }
    }

    public var stringValue: String? {
        if case .string(let s) = self { return s }
        return nil
    }
}
