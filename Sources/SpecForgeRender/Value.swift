/// The data a template is rendered against: what a view model becomes before rendering.
public indirect enum Value: Sendable {
    case string(String)
    case bool(Bool)
    case list([Value])
    case object([String: Value])
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
}

extension Value: ExpressibleByStringLiteral, ExpressibleByBooleanLiteral, ExpressibleByArrayLiteral,
    ExpressibleByDictionaryLiteral
{
    public init(stringLiteral value: String) { self = .string(value) }
    public init(booleanLiteral value: Bool) { self = .bool(value) }
    public init(arrayLiteral elements: Value...) { self = .list(elements) }
    public init(dictionaryLiteral elements: (String, Value)...) {
        self = .object(Dictionary(elements, uniquingKeysWith: { $1 }))
    }
}

extension Optional where Wrapped == String {
    /// `nil` becomes `.null`, so that `{{#x}}` tests presence.
    public var templateValue: Value { map(Value.string) ?? .null }
}
