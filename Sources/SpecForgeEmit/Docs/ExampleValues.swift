import SpecForgeIR
import SpecForgeLoad

/// Chooses the example value of a field for the HTTPie, Python and TypeScript tabs.
/// The tables come from `Templates/docs/defaults.yaml` and the layout's `examples.values`.
public struct ExampleValues: Sendable {
    public var stringNames: [String: JSONValue] = [:]
    public var names: [String: JSONValue] = [:]
    public var stringPatterns: [(match: String, value: JSONValue)] = []
    public var formats: [String: JSONValue] = [:]
    public var types: [String: JSONValue] = [:]

    static func literal(_ node: Node) -> JSONValue { JSONValue(node) }

    /// The value of field `name` with `schema`, for an operation on `resource`.
    /// `isReference` tells whether the field's schema was a `$ref`.
    func value(name: String, schema: SchemaIR, resource: String) -> JSONValue {
        let isString = schema.kind == .string && schema.types == ["string"]
        if isString, let v = stringNames[name] { return fill(v, name: name, resource: resource) }
        if let v = names[name] { return fill(v, name: name, resource: resource) }
        if schema.isComposite { return .null }
        if let values = schema.enumValues, let first = values.first,
            schema.name != nil || schema.types.isEmpty || schema.types == ["string"]
        {
            return first
        }
        if schema.types.isEmpty { return .null }
        if isString {
            for p in stringPatterns where Self.matches(name, p.match) { return fill(p.value, name: name, resource: resource) }
            if let format = schema.format, let v = formats[format] { return fill(v, name: name, resource: resource) }
        }
        if let type = schema.types.first, let v = types[type] { return fill(v, name: name, resource: resource) }
        return .null
    }

    private func fill(_ value: JSONValue, name: String, resource: String) -> JSONValue {
        guard case .string(let s) = value, s.utf8.contains(UInt8(ascii: "{")) else { return value }
        return .string(
            s.replacingAll("{resource}", with: resource)
                .replacingAll("{field}", with: name.replacingAll("_", with: "-"))
        )
    }

    /// Where the first occurrence of `needle` in `text` ends, comparing UTF-8 bytes (Foundation's
    /// `range(of:)` bridges to NSString, a large share of choosing example values).
    static func endOfFirst(_ needle: String, in text: Substring) -> Substring.Index? {
        let n = Array(needle.utf8)
        let t = text.utf8
        var start = t.startIndex
        while let end = t.index(start, offsetBy: n.count, limitedBy: t.endIndex) {
            if t[start..<end].elementsEqual(n) { return end }
            start = t.index(after: start)
        }
        return nil
    }

    /// Glob match where `*` stands for any text.
    static func matches(_ text: String, _ pattern: String) -> Bool {
        let parts = pattern.split(separator: "*", omittingEmptySubsequences: false).map(String.init)
        if parts.count == 1 { return text == pattern }
        var rest = Substring(text)
        guard rest.hasPrefix(parts[0]) else { return false }
        rest = rest.dropFirst(parts[0].count)
        for middle in parts.dropFirst().dropLast() where !middle.isEmpty {
            guard let end = endOfFirst(middle, in: rest) else { return false }
            rest = rest[end...]
        }
        return rest.hasSuffix(parts[parts.count - 1])
    }
}

import Foundation
