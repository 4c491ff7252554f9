import SpecForgeIR
import SpecForgeParse

extension SpecExamples {
    /// Whether a media type's own example meets its schema the way request validators check it:
    /// types, `enum`, constraints, `uuid` strings in their canonical form, required properties (and
    /// no undeclared one where `additionalProperties` is false),
    /// and the same of every property and item, and of every `allOf` part. An example that does
    /// not is not shown as the body; the rules make one instead. `oneOf`/`anyOf` are taken as they are.
    static func conforms(_ value: JSONValue, _ schema: SchemaIR, depth: Int = 0) -> Bool {
        guard depth < 32 else { return true }
        if !schema.allOf.allSatisfy({ conforms(value, $0, depth: depth + 1) }) { return false }
        guard schema.oneOf.isEmpty, schema.anyOf.isEmpty else { return true }
        if value == .null { return schema.nullable || schema.types.isEmpty || schema.types.contains("null") }
        guard fits(value, schema) else { return false }
        if let allowed = schema.enumValues, !allowed.contains(value) { return false }
        guard ConstrainedValues.apply(value, schema.constraints) == value else { return false }
        switch value {
        case .string(let text):
            return schema.format != "uuid" || isCanonicalUUID(text)
        case .array(let items):
            if let min = schema.constraints.minItems, items.count < min { return false }
            guard let itemSchema = schema.items else { return true }
            return items.allSatisfy { conforms($0, itemSchema, depth: depth + 1) }
        case .object(let pairs):
            let present = Set(pairs.map(\.key))
            guard requiredNames(of: schema).isSubset(of: present) else { return false }
            let byName = Dictionary(fields(of: schema).map { ($0.name, $0.schema) }, uniquingKeysWith: { a, _ in a })
            if schema.closed, !present.allSatisfy({ byName[$0] != nil }) { return false }
            return pairs.allSatisfy { pair in byName[pair.key].map { conforms(pair.value, $0, depth: depth + 1) } ?? true }
        default:
            return true
        }
    }

    /// `8-4-4-4-12` hexadecimal digits, as JSON Schema's `uuid` format requires.
    static func isCanonicalUUID(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard bytes.count == 36 else { return false }
        for (i, b) in bytes.enumerated() {
            let isHyphen = i == 8 || i == 13 || i == 18 || i == 23
            let isHex = (b >= 48 && b <= 57) || (b >= 97 && b <= 102) || (b >= 65 && b <= 70)
            if isHyphen ? b != 45 : !isHex { return false }
        }
        return true
    }
}
