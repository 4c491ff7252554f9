import SpecForgeBits
import SpecForgeIR

/// Example values taken from the spec first (the default mode): a parameter's `example`, the
/// schema's `example` (or first of `examples`), its `default`, its first `enum` value; then the
/// rules of `ExampleValues` by name, format and type, kept only when they fit the schema's type.
/// Objects are built from their required properties and arrays hold one item, so a value
/// validates against its schema.
struct SpecExamples {
    var rules: ExampleValues
    var resource: String
    /// Whether required read-only properties are filled too (openapi-python-client's models require them).
    var includeReadOnly = false

    /// How deep objects and arrays are built before an empty one stands in.
    static let maxDepth = 6

    func value(name: String, schema: SchemaIR, parameterExample: JSONValue? = nil, inPath: Bool = false) -> JSONValue {
        var visiting: Set<ObjectKey> = []
        return value(name: name, schema: schema, parameterExample: parameterExample, inPath: inPath, depth: 0, visiting: &visiting)
    }

    private func value(
        name: String, schema: SchemaIR, parameterExample: JSONValue?, inPath: Bool, depth: Int, visiting: inout Set<ObjectKey>
    ) -> JSONValue {
        // The spec's own values, when they are values of the schema (an example of the wrong
        // type or breaking the schema's pattern would make a request the API rejects).
        for candidate in [parameterExample, schema.example, schema.defaultValue] {
            if let v = candidate, v != .null || schema.nullable, Self.conforms(v, schema) { return v }
        }
        if let first = schema.enumValues?.first(where: { $0 != .null }) ?? schema.enumValues?.first { return first }
        // A composition: its first branch that is not `null` (allOf: merged properties below).
        if schema.allOf.count == 1, schema.fields.isEmpty, let only = schema.allOf.first {
            return value(name: name, schema: only, parameterExample: nil, inPath: inPath, depth: depth, visiting: &visiting)
        }
        if schema.allOf.isEmpty, let branch = (schema.oneOf + schema.anyOf).first(where: { !$0.types.isEmpty || $0.isComposite || !$0.fields.isEmpty || $0.name != nil }) {
            var v = value(name: name, schema: branch, parameterExample: nil, inPath: inPath, depth: depth, visiting: &visiting)
            // A `oneOf` value must meet exactly one branch (without a discriminator to tell them apart).
            if schema.discriminator == nil, !schema.oneOf.isEmpty, Self.branchesMet(by: v, schema.oneOf) != 1 {
                v = oneBranchValue(name: name, schema: schema, depth: depth, visiting: &visiting) ?? v
            }
            // The discriminator names the branch.
            guard let d = schema.discriminator, case .object(var pairs) = v else { return v }
            let tag = d.mapping.first { $0.schema === branch }?.value ?? branch.name ?? ""
            pairs.removeAll { $0.key == d.propertyName }
            pairs.insert(.init(d.propertyName, .string(tag)), at: 0)
            return .object(pairs)
        }
        let fields = Self.fields(of: schema)
        if !fields.isEmpty || schema.kind == .object || !schema.allOf.isEmpty {
            let id = ObjectKey(schema)
            guard depth < Self.maxDepth, !visiting.contains(id) else { return .object([]) }
            visiting.insert(id)
            defer { visiting.remove(id) }
            let required = Self.requiredNames(of: schema).union(Self.branchRequirements(of: schema))
            let declarations = Self.declarations(of: schema)
            var values = fields.filter { ($0.required || required.contains($0.name)) && (includeReadOnly || !$0.schema.readOnly) }.map { field in
                // A property several `allOf` parts declare takes a value all of them accept
                // (a later part may narrow it: a `pattern`, an `enum`); else the first part's.
                let schemas = declarations[field.name] ?? [field.schema]
                var chosen: JSONValue?
                for candidate in schemas {
                    let v = value(name: field.name, schema: candidate, parameterExample: nil, inPath: false, depth: depth + 1, visiting: &visiting)
                    if chosen == nil { chosen = v }
                    if schemas.count == 1 || schemas.allSatisfy({ Self.conforms(v, $0) }) {
                        chosen = v
                        break
                    }
                }
                return JSONValue.Pair(field.name, chosen ?? .null)
            }
            // A required name no part declares as a property: any value will do; a string says so least.
            let declared = Set(fields.map(\.name))
            for name in Self.orderedRequiredNames(of: schema) + Self.branchRequirements(of: schema) where !declared.contains(name) {
                values.append(.init(name, rules.types["string"] ?? .string(name)))
            }
            return .object(values)
        }
        if schema.kind == .array {
            guard let items = schema.items, depth < Self.maxDepth else { return .array([]) }
            let item = value(name: name, schema: items, parameterExample: nil, inPath: false, depth: depth + 1, visiting: &visiting)
            return ConstrainedValues.apply(.array([item]), schema.constraints)
        }
        let byRule = rules.value(name: name, schema: schema, resource: resource)
        let isString = schema.types.isEmpty || schema.types.contains("string")
        if inPath, isString, byRule == .null || byRule == rules.types["string"] {
            for p in rules.pathPatterns where Glob.matches(name, p.match) {
                return ConstrainedValues.apply(rules.fill(p.value, name: name, resource: resource), schema.constraints)
            }
        }
        if Self.fits(byRule, schema) { return ConstrainedValues.apply(byRule, schema.constraints) }
        if let type = schema.types.first, let v = rules.types[type] {
            return ConstrainedValues.apply(rules.fill(v, name: name, resource: resource), schema.constraints)
        }
        return byRule
    }

    /// How many of `branches` the value meets.
    static func branchesMet(by value: JSONValue, _ branches: [SchemaIR]) -> Int {
        branches.reduce(0) { $0 + (conforms(value, $1) ? 1 : 0) }
    }

    /// A value of a `oneOf` whose branches overlap (`[FreeForm, WithOptionalProperties, {}]`: every
    /// object meets two) that meets exactly one of them: another branch's value, else a plain
    /// string, number or boolean (which only an untyped branch takes), else an object with one
    /// property more than the branches declare (which a branch of `additionalProperties: false`
    /// refuses), else `null` where the schema is a nullable one of a type; nil when none does.
    private func oneBranchValue(name: String, schema: SchemaIR, depth: Int, visiting: inout Set<ObjectKey>) -> JSONValue? {
        for branch in schema.oneOf.dropFirst() where !branch.types.isEmpty || branch.isComposite || !branch.fields.isEmpty || branch.name != nil {
            let v = value(name: name, schema: branch, parameterExample: nil, inPath: false, depth: depth, visiting: &visiting)
            if Self.branchesMet(by: v, schema.oneOf) == 1 { return v }
        }
        for type in ["string", "integer", "boolean"] {
            if let v = rules.types[type], Self.branchesMet(by: v, schema.oneOf) == 1 { return v }
        }
        // An object with a property no branch declares meets only the branches that allow more.
        let declared = Set(schema.oneOf.flatMap { Self.fields(of: $0).map(\.name) })
        for branch in schema.oneOf where branch.types.contains("object") && !branch.closed {
            guard case .object(var pairs) = value(name: name, schema: branch, parameterExample: nil, inPath: false, depth: depth, visiting: &visiting) else { continue }
            let key = (1...).lazy.map { "\(name)_\($0)" }.first { !declared.contains($0) }!
            pairs.append(.init(key, rules.types["string"] ?? .string(key)))
            if Self.branchesMet(by: .object(pairs), schema.oneOf) == 1 { return .object(pairs) }
        }
        // `nullable` adds null to a schema of a type (OpenAPI 3.0.3), not to a bare `oneOf`.
        return schema.nullable && !schema.types.isEmpty ? .null : nil
    }

    /// A schema's properties with those of its `allOf` parts, first occurrence of a name kept.
    static func fields(of schema: SchemaIR) -> [Field] {
        var seen: Set<String> = []
        var out: [Field] = []
        func collect(_ s: SchemaIR, _ depth: Int) {
            guard depth < 8 else { return }
            for part in s.allOf { collect(part, depth + 1) }
            for f in s.fields where seen.insert(f.name).inserted { out.append(f) }
        }
        collect(schema, 0)
        // allOf parts add their properties; the required marks of the whole apply.
        return out
    }

    /// The names the first `oneOf`/`anyOf` branch that only requires properties asks for
    /// (`anyOf: [{required: [a]}, {required: [b]}]`: at least one of them must be sent).
    static func branchRequirements(of schema: SchemaIR) -> [String] {
        (schema.oneOf + schema.anyOf).first { $0.types.isEmpty && $0.fields.isEmpty && !$0.isComposite && !$0.requiredNames.isEmpty }?.requiredNames ?? []
    }

    /// Every schema a property name is declared with, in a schema and its `allOf` parts, in order.
    static func declarations(of schema: SchemaIR) -> [String: [SchemaIR]] {
        var out: [String: [SchemaIR]] = [:]
        func collect(_ s: SchemaIR, _ depth: Int) {
            guard depth < 8 else { return }
            for part in s.allOf { collect(part, depth + 1) }
            for f in s.fields { out[f.name, default: []].append(f.schema) }
        }
        collect(schema, 0)
        return out
    }

    /// The names a schema and its `allOf` parts require, in the order they are written, once each.
    static func orderedRequiredNames(of schema: SchemaIR) -> [String] {
        var seen: Set<String> = []
        return (schema.requiredNames + schema.allOf.flatMap(\.requiredNames)).filter { seen.insert($0).inserted }
    }

    /// The names a schema and its `allOf` parts require.
    static func requiredNames(of schema: SchemaIR) -> Set<String> {
        var out = Set(schema.requiredNames)
        for part in schema.allOf { out.formUnion(part.requiredNames) }
        return out
    }

    /// Whether a value has one of the schema's types (any value fits an untyped schema).
    static func fits(_ v: JSONValue, _ schema: SchemaIR) -> Bool {
        if schema.types.isEmpty { return true }
        switch v {
        case .null: return schema.nullable || schema.types.contains("null")
        case .bool: return schema.types.contains("boolean")
        case .int: return schema.types.contains("integer") || schema.types.contains("number")
        case .double: return schema.types.contains("number")
        case .string: return schema.types.contains("string")
        case .array: return schema.types.contains("array")
        case .object: return schema.types.contains("object")
        }
    }
}
