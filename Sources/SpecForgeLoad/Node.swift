import SpecForgeBits

/// A position in a source file, 1-based. Every node and key of a loaded tree has one: kept in
/// 32 bits each (a document of more than four billion lines or columns is not read), a tree of
/// a 4 MB document is some 6 MB smaller.
public struct Mark: Sendable, Hashable, CustomStringConvertible {
    private var storedLine: UInt32
    private var storedColumn: UInt32

    public var line: Int {
        get { Int(storedLine) }
        set { storedLine = UInt32(clamping: newValue) }
    }

    public var column: Int {
        get { Int(storedColumn) }
        set { storedColumn = UInt32(clamping: newValue) }
    }

    public init(line: Int, column: Int) {
        storedLine = UInt32(clamping: line)
        storedColumn = UInt32(clamping: column)
    }

    public var description: String { "\(line):\(column)" }
}

/// A YAML or JSON document as a tree that keeps mapping key order and the position of every node.
public struct Node: Sendable, Equatable {
    public enum Value: Sendable, Equatable {
        case scalar(Scalar)
        case sequence([Node])
        case mapping(Mapping)
    }

    public var value: Value
    public var mark: Mark

    public init(_ value: Value, mark: Mark) {
        self.value = value
        self.mark = mark
    }
}

/// A scalar keeps its text and whether it was written plain (unquoted), which decides
/// whether `true`, `null` or `12` are a boolean, null or number, or just text.
public struct Scalar: Sendable, Hashable {
    public var text: String
    public var isPlain: Bool

    public init(_ text: String, isPlain: Bool = true) {
        self.text = text
        self.isPlain = isPlain
    }

    public var isNull: Bool {
        isPlain && (text.isEmpty || text == "~" || text == "null" || text == "Null" || text == "NULL")
    }

    public var bool: Bool? {
        guard isPlain else { return nil }
        switch text {
        case "true", "True", "TRUE": return true
        case "false", "False", "FALSE": return false
        default: return nil
        }
    }

    public var int: Int? { isPlain ? Int(text) : nil }

    public var double: Double? {
        guard isPlain else { return nil }
        if let i = Int(text) { return Double(i) }
        return Double(text)
    }
}

/// An ordered mapping with string keys.
public struct Mapping: Sendable, Equatable {
    public struct Entry: Sendable, Equatable {
        public var key: String
        public var keyMark: Mark
        public var value: Node
    }

    public var entries: [Entry]

    public init(_ entries: [Entry] = []) {
        self.entries = entries
    }

    public subscript(key: String) -> Node? {
        entries.withUnsafeBufferPointer { entries in Self.index(of: key, in: entries).map { entries[$0].value } }
    }

    public func entry(_ key: String) -> Entry? {
        entries.withUnsafeBufferPointer { entries in Self.index(of: key, in: entries).map { entries[$0] } }
    }

    /// The index of the first entry whose key is `key`, the entries read in place. The parser
    /// asks every mapping for a dozen names: a short ASCII name (all of them) is compared with
    /// each short ASCII key as two integers (`StringBits.firstIndex`).
    static func index(of key: String, in entries: UnsafeBufferPointer<Entry>) -> Int? {
        StringBits.firstIndex(of: key, in: entries) { $0.key }
    }
}

extension Node {
    public var mapping: Mapping? {
        if case .mapping(let m) = value { return m }
        return nil
    }

    public var sequence: [Node]? {
        if case .sequence(let s) = value { return s }
        return nil
    }

    public var scalar: Scalar? {
        if case .scalar(let s) = value { return s }
        return nil
    }

    public var string: String? { scalar?.text }

    public subscript(key: String) -> Node? { mapping?[key] }

    public var kindName: String {
        switch value {
        case .scalar(let s): return s.isNull ? "null" : "a scalar"
        case .sequence: return "a sequence"
        case .mapping: return "a mapping"
        }
    }
}
