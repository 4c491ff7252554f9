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
    /// Values of string path parameters by name (`*` matches any text), tried before the other rules' type placeholder.
    public var pathPatterns: [(match: String, value: JSONValue)] = []

    static func literal(_ node: Node) -> JSONValue { JSONValue(node) }

    /// The value of field `name` with `schema`, for an operation on `resource`.
    /// `isReference` tells whether the field's schema was a `$ref`.
    func value(name: String, schema: SchemaIR, resource: String) -> JSONValue {
        let isString = schema.kind == .string && schema.types == ["string"]
        // An enum's own first value comes before any value by name: it is the one the API accepts.
        if !schema.isComposite, let values = schema.enumValues, let first = values.first,
            schema.name != nil || schema.types.isEmpty || schema.types == ["string"]
        {
            return first
        }
        if isString, let v = stringNames[name] { return fill(v, name: name, resource: resource) }
        if let v = names[name] { return fill(v, name: name, resource: resource) }
        if schema.isComposite { return .null }
        if schema.types.isEmpty { return .null }
        if isString {
            for p in stringPatterns where Glob.matches(name, p.match) { return fill(p.value, name: name, resource: resource) }
            if let format = schema.format, let v = formats[format] { return fill(v, name: name, resource: resource) }
        }
        if let type = schema.types.first, let v = types[type] { return fill(v, name: name, resource: resource) }
        return .null
    }

    func fill(_ value: JSONValue, name: String, resource: String) -> JSONValue {
        guard case .string(let s) = value, s.utf8.contains(UInt8(ascii: "{")) else { return value }
        return .string(
            s.replacingAll("{resource}", with: resource)
                .replacingAll("{field}", with: name.replacingAll("_", with: "-"))
        )
    }
}

