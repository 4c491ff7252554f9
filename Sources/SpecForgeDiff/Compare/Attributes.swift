import SpecForgeLoad
import SpecForgeParse

/// Reading attributes of an OpenAPI element with the defaults of the OpenAPI object model.
extension Node {
    /// A text attribute; `''` when absent.
    func text(_ key: String) -> Attribute {
        guard let node = self[key], let s = node.scalar, !s.isNull else { return .string("") }
        return .string(s.text)
    }

    /// A boolean attribute; `false` when absent.
    func flag(_ key: String) -> Attribute { .bool(self[key]?.scalar?.bool ?? false) }

    /// A boolean attribute that may be absent (`null`).
    func optionalFlag(_ key: String) -> Attribute {
        guard let b = self[key]?.scalar?.bool else { return .null }
        return .bool(b)
    }

    /// A number that may be absent (`null`).
    func optionalNumber(_ key: String) -> Attribute {
        guard let d = self[key]?.scalar?.double else { return .null }
        return .number(d)
    }

    /// A count; `0` when absent.
    func count(_ key: String) -> Attribute { .number(self[key]?.scalar?.double ?? 0) }

    /// Any literal (`example`, `default`); `null` when absent.
    func literal(_ key: String) -> Attribute {
        guard let node = self[key] else { return .null }
        return Attribute(JSONValue(node))
    }

    /// A list of texts (`type`, `tags`, `required`): one scalar counts as a list of one.
    func texts(_ key: String) -> [String] {
        guard let node = self[key] else { return [] }
        if let items = node.sequence { return items.compactMap { $0.scalar.map(\.text) } }
        if let s = node.scalar, !s.isNull { return [s.text] }
        return []
    }

    /// The `x-` extensions, in document order.
    var extensions: [(key: String, value: Node)] {
        guard let entries = mapping?.entries, entries.contains(where: { $0.key.hasPrefix("x-") }) else { return [] }
        return entries.filter { $0.key.hasPrefix("x-") }.map { ($0.key, $0.value) }
    }

    /// Whether two trees are written the same (same keys in the same order, same scalars):
    /// a quick test before comparing values, which also equates `1` with `1.0`.
    func sameText(_ other: Node) -> Bool {
        switch (value, other.value) {
        case (.scalar(let a), .scalar(let b)): return a == b
        case (.sequence(let a), .sequence(let b)):
            return a.count == b.count && zip(a, b).allSatisfy { $0.sameText($1) }
        case (.mapping(let a), .mapping(let b)):
            return a.entries.count == b.entries.count && zip(a.entries, b.entries).allSatisfy { $0.key == $1.key && $0.value.sameText($1.value) }
        default: return false
        }
    }

    var entries: [Mapping.Entry] { mapping?.entries ?? [] }

    /// The values of a mapping by key (the last of a repeated key).
    var byKey: [String: Node] {
        var out: [String: Node] = [:]
        for e in entries { out[e.key] = e.value }
        return out
    }
}
