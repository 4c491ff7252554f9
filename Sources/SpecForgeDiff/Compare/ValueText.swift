import SpecForgeParse

/// A scalar attribute of an element as the report compares and prints it: absent values and
/// defaults follow the OpenAPI object model (a missing description is `''`, a missing maximum `null`).
public enum Attribute: Sendable, Equatable {
    case null
    case string(String)
    case bool(Bool)
    case number(Double)
    case literal(JSONValue)

    /// Equality of values as documents mean them: numbers by value, objects regardless of key order.
    public static func == (a: Attribute, b: Attribute) -> Bool {
        switch (a, b) {
        case (.null, .null): return true
        case (.string(let x), .string(let y)): return x == y
        case (.bool(let x), .bool(let y)): return x == y
        case (.number(let x), .number(let y)): return x == y
        case (.literal(let x), .literal(let y)): return sameLiteral(x, y)
        case (.literal(let x), _): return Attribute(x) == b
        case (_, .literal(let y)): return a == Attribute(y)
        default: return false
        }
    }

    init(_ value: JSONValue) {
        switch value {
        case .null: self = .null
        case .bool(let b): self = .bool(b)
        case .int(let i): self = .number(Double(i))
        case .double(let d): self = .number(d)
        case .string(let s): self = .string(s)
        case .array, .object: self = .literal(value)
        }
    }

    /// As the report prints it: strings quoted with `'`, null as `null`, other values plainly.
    public var quoted: String {
        switch self {
        case .null: return "null"
        case .string(let s): return "'" + s + "'"
        default: return plain
        }
    }

    /// Unquoted, as inside a list (`[a b]`) or a map (`map[k:v]`).
    public var plain: String {
        switch self {
        case .null: return "<nil>"
        case .string(let s): return s
        case .bool(let b): return b ? "true" : "false"
        case .number(let d): return ValueText.number(d)
        case .literal(let v): return ValueText.plain(v)
        }
    }
}

func sameLiteral(_ a: JSONValue, _ b: JSONValue) -> Bool {
    switch (a, b) {
    case (.array(let x), .array(let y)):
        return x.count == y.count && zip(x, y).allSatisfy { sameLiteral($0, $1) }
    case (.object(let x), .object(let y)):
        guard x.count == y.count else { return false }
        var rest: [String: JSONValue] = [:]
        for p in y { rest[p.key] = p.value }
        return x.allSatisfy { p in rest[p.key].map { sameLiteral(p.value, $0) } ?? false }
    case (.array, _), (.object, _), (_, .array), (_, .object): return false
    default: return Attribute(a) == Attribute(b)
    }
}

/// Value formatting rules of the report: lists as `[a b]`, maps as `map[k:v]` with sorted keys,
/// numbers in shortest form with an exponent from 1e+06 up and below 1e-04.
enum ValueText {
    static func plain(_ value: JSONValue) -> String {
        switch value {
        case .array(let items): return "[" + items.map(plain).joined(separator: " ") + "]"
        case .object(let pairs):
            var seen: [String: JSONValue] = [:]
            for p in pairs { seen[p.key] = p.value }
            return "map[" + seen.keys.sorted().map { $0 + ":" + plain(seen[$0]!) }.joined(separator: " ") + "]"
        default: return Attribute(value).plain
        }
    }

    static func list(_ values: [JSONValue]) -> String { plain(.array(values)) }

    static func number(_ d: Double) -> String {
        if d.isNaN { return "NaN" }
        if d.isInfinite { return d < 0 ? "-Inf" : "+Inf" }
        if d == 0 { return d.sign == .minus ? "-0" : "0" }
        // Shortest round-trip digits and the position of the decimal point.
        var text = "\(d.magnitude)"
        var exponent = 0
        if let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            exponent = Int(text[text.index(after: e)...]) ?? 0
            text = String(text[..<e])
        }
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        let whole = String(parts[0]), fraction = parts.count > 1 ? String(parts[1]) : ""
        var digits = Array(whole + fraction)
        var point = whole.count + exponent
        while digits.first == "0" {
            digits.removeFirst()
            point -= 1
        }
        while digits.last == "0" { digits.removeLast() }
        let sign = d < 0 ? "-" : ""
        let x = point - 1
        if x < -4 || x >= 6 {
            var mantissa = String(digits[0])
            if digits.count > 1 { mantissa += "." + String(digits[1...]) }
            let e = abs(x) < 10 ? "0\(abs(x))" : "\(abs(x))"
            return sign + mantissa + "e" + (x < 0 ? "-" : "+") + e
        }
        if point <= 0 { return sign + "0." + String(repeating: "0", count: -point) + String(digits) }
        if point >= digits.count { return sign + String(digits) + String(repeating: "0", count: point - digits.count) }
        return sign + String(digits[..<point]) + "." + String(digits[point...])
    }
}
