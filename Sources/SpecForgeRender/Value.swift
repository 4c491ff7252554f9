/// The data a template is rendered against: what a view model becomes before rendering.
public enum Value: Sendable {
    case string(String)
    case bool(Bool)
    case list([Value])
    case object(Fields)
    case null

    /// Whether interpolating this value writes anything.
    var rendersText: Bool {
        switch self {
        case .string(let s): return !s.isEmpty
        case .bool: return true
        case .list, .object, .null: return false
        }
    }

    /// Whether a section over this value renders nothing (and an inverted one renders once).
    var isFalsy: Bool {
        switch self {
        case .bool(let b): return !b
        case .null: return true
        case .list(let items): return items.isEmpty
        case .string, .object: return false
        }
    }

    /// Where the value of `key` stands when `value` is an object that has it; `hint` as
    /// `Fields.place(_:hint:)`.
    @inline(__always)
    static func field(of value: UnsafePointer<Value>, _ key: FieldKey, hint: inout Int32) -> UnsafePointer<Value>? {
        guard case .object(let fields) = value.pointee else { return nil }
        return fields.place(key, hint: &hint)
    }

    /// Where the value of `key` stands when `value` is an object that has it (without a hint).
    @inline(__always)
    static func field(of value: UnsafePointer<Value>, _ key: FieldKey) -> UnsafePointer<Value>? {
        guard case .object(let fields) = value.pointee else { return nil }
        var none: Int32 = -1
        return fields.place(key, hint: &none)
    }

    /// Where the string of a `.string` value stands in it, read without copying the value (a
    /// copy retains the string and releases it again); nil for any other value, or where a
    /// value is not laid out as its payload followed by its case (the renderer then switches over
    /// the value instead).
    @inline(__always)
    static func stringPlace(of value: UnsafePointer<Value>) -> UnsafePointer<String>? {
        guard payloadComesFirst, case .string = value.pointee else { return nil }
        return UnsafeRawPointer(value).assumingMemoryBound(to: String.self)
    }

    /// Whether a value is its payload followed by a byte for its case: the layout of an enum
    /// whose payloads have no spare bits in common, each payload stored as it is at the start.
    static var payloadComesFirst: Bool { MemoryLayout<Value>.size == MemoryLayout<String>.size + 1 }

    /// An object of the fields of `dictionary`.
    @_disfavoredOverload
    public static func object(_ dictionary: [String: Value]) -> Value { .object(Fields(dictionary)) }
}

/// The fields of an object, in the order written. A view model builds hundreds of thousands of
/// small objects and the renderer looks names up in them: comparing a name with a few keys
/// costs less than hashing it, and an array of pairs less to make and free than a dictionary.
/// Each key is given once (a literal that gives one twice is a mistake, stopped by an assertion
/// in debug builds): the renderer may take the pair where it found a name before, in fields
/// built alike, without looking further.
public struct Fields: Sendable, Sequence, ExpressibleByDictionaryLiteral {
    public typealias Element = (key: String, value: Value)
    private var pairs: [(String, Value)]

    /// The pairs as given (a dictionary literal's, a variadic array, is kept as it is).
    init(pairs: [(String, Value)]) {
        assert(Self.keysAreUnique(pairs), "a key given twice: \(pairs.map(\.0))")
        self.pairs = pairs
    }

    public init(dictionaryLiteral elements: (String, Value)...) { self.init(pairs: elements) }

    static func keysAreUnique(_ pairs: [(String, Value)]) -> Bool {
        Set(pairs.map { Array($0.0.utf8) }).count == pairs.count
    }

    public init(_ dictionary: [String: Value]) { pairs = dictionary.map { ($0.key, $0.value) } }

    /// The value of `key`; setting one replaces it in place, or adds it last.
    public subscript(key: String) -> Value? {
        get { value(FieldKey(key)) }
        set {
            let name = FieldKey(key)
            if let i = pairs.firstIndex(where: { name.matches($0.0) }) {
                if let newValue { pairs[i].1 = newValue } else { pairs.remove(at: i) }
            } else if let newValue {
                pairs.append((key, newValue))
            }
        }
    }

    /// The value of `key`, the pairs read in place.
    func value(_ key: FieldKey) -> Value? {
        pairs.withUnsafeBufferPointer { pairs in
            key.lastMatch(in: pairs) { $0.0 }.map { pairs[$0].1 }
        }
    }

    /// Where the value of `key` stands in these fields' storage, trying first the pair at `hint`
    /// (where the same name was found in fields built alike: keys are unique, so a match there
    /// is the match) and setting `hint` where the key is found otherwise. The place is good for
    /// as long as the storage is: while nothing changes the fields and something holds them
    /// (`Frames`).
    @inline(__always)
    func place(_ key: FieldKey, hint: inout Int32) -> UnsafePointer<Value>? {
        pairs.withUnsafeBufferPointer { pairs in
            let tried = Int(hint)
            if tried >= 0, tried < pairs.count, key.matches(pairs[tried].0) { return Self.valuePlace(pairs, tried) }
            guard let i = key.lastMatch(in: pairs, key: { $0.0 }) else { return nil }
            hint = Int32(truncatingIfNeeded: i)
            return Self.valuePlace(pairs, i)
        }
    }

    /// Where a pair's value stands: after its key, at the next multiple of a value's alignment
    /// (a tuple is laid out as a struct of its elements in order; `RendererTests` checks this
    /// against the tuple's own key path).
    static var valueOffset: Int { (MemoryLayout<String>.size + MemoryLayout<Value>.alignment - 1) / MemoryLayout<Value>.alignment * MemoryLayout<Value>.alignment }

    @inline(__always)
    private static func valuePlace(_ pairs: UnsafeBufferPointer<(String, Value)>, _ i: Int) -> UnsafePointer<Value> {
        (UnsafeRawPointer(pairs.baseAddress! + i) + valueOffset).assumingMemoryBound(to: Value.self)
    }

    /// The keys with their values, in the order written.
    public func makeIterator() -> IndexingIterator<[Element]> {
        pairs.map { (key: $0.0, value: $0.1) }.makeIterator()
    }
}

extension Value: ExpressibleByStringLiteral, ExpressibleByBooleanLiteral, ExpressibleByArrayLiteral,
    ExpressibleByDictionaryLiteral
{
    public init(stringLiteral value: String) { self = .string(value) }
    public init(booleanLiteral value: Bool) { self = .bool(value) }
    public init(arrayLiteral elements: Value...) { self = .list(elements) }
    public init(dictionaryLiteral elements: (String, Value)...) {
        self = .object(Fields(pairs: elements))
    }
}

extension Optional where Wrapped == String {
    /// `nil` becomes `.null`, so that `{{#x}}` tests presence.
    public var templateValue: Value { map(Value.string) ?? .null }
}

/// The values a render has entered, innermost last, each read where it stands in the rendered
/// value's tree: a section over a value pushes where it is, not a copy of it. The tree is the
/// argument of `renderBytes` and nothing changes it while it renders, so every place stays good
/// until its section ends (a copy of the value would retain and release everything in it).
struct Frames {
    private var places: [UnsafePointer<Value>]

    init(_ root: UnsafePointer<Value>) {
        places = [root]
        places.reserveCapacity(16)
    }

    var count: Int { places.count }
    var top: UnsafePointer<Value>? { places.last }
    subscript(i: Int) -> UnsafePointer<Value> { places[i] }

    @inline(__always)
    mutating func push(_ place: UnsafePointer<Value>) { places.append(place) }

    @inline(__always)
    mutating func pop() { places.removeLast() }

    /// Where the first of `items` stands (nil when there are none): the list's storage, held by
    /// the tree being rendered.
    @inline(__always)
    static func elements(of items: [Value]) -> UnsafePointer<Value>? {
        items.withUnsafeBufferPointer { $0.baseAddress }
    }
}
