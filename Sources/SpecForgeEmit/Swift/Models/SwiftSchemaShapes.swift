import SpecForgeBits
import SpecForgeIR

/// What a schema is to the Swift types: null-only, an enum of strings or integers, the members
/// of a `oneOf`/`anyOf` that carry a value, nullable, its properties with `allOf` merged.
extension SwiftTypeResolver {

    /// A schema allowing only `null` (`enum: [null]`; the parser keeps it as an empty nullable enum).
    static func isNullOnly(_ s: SchemaIR) -> Bool {
        guard let values = s.enumValues else { return false }
        return values.allSatisfy { $0 == .null } && (s.nullable || !values.isEmpty)
    }

    /// A schema allowing only the empty string (`enum: [""]`).
    static func isBlankOnly(_ s: SchemaIR) -> Bool {
        guard let values = s.enumValues, !values.isEmpty else { return false }
        return values.allSatisfy { $0 == .string("") || $0 == .null }
    }

    static func isIntEnum(_ s: SchemaIR) -> Bool {
        guard let values = s.enumValues else { return false }
        let nonNull = values.filter { $0 != .null }
        return !nonNull.isEmpty && nonNull.allSatisfy { if case .int = $0 { true } else { false } }
    }

    static func isStringEnum(_ s: SchemaIR) -> Bool {
        guard let values = s.enumValues else { return false }
        let nonNull = values.filter { $0 != .null }
        return !nonNull.isEmpty && nonNull.allSatisfy { $0.stringValue != nil }
    }

    /// The members of a `oneOf`/`anyOf` that carry a value, after dropping null-only members and,
    /// among string enums, blank-only ones (their value decodes as the remaining enum's unknown case).
    static func alternatives(_ s: SchemaIR) -> (members: [SchemaIR], nullable: Bool) {
        let all = s.oneOf + s.anyOf
        var members = all.filter { !isNullOnly($0) }
        let nullable = members.count != all.count
        if members.count > 1, members.allSatisfy(isStringEnum) {
            let meaningful = members.filter { !isBlankOnly($0) }
            if meaningful.count == 1 { members = meaningful }
        }
        return (members, nullable)
    }

    /// The `allOf` members that say something of the value: a member of annotations only
    /// (`description`, `example`, `readOnly`) is left out, so `allOf: [{type: string},
    /// {description: …}]` is a string, not an object of no properties.
    static func constrainingMembers(_ s: SchemaIR) -> [SchemaIR] {
        s.allOf.filter { m in
            m.name != nil || !m.types.isEmpty || !m.fields.isEmpty || m.isComposite || m.enumValues != nil || m.items != nil
                || m.additionalProperties != nil || m.nullable
        }
    }

    /// The one member an `allOf` without properties of its own stands for, if it has one.
    static func soleMember(_ s: SchemaIR) -> SchemaIR? {
        guard !s.allOf.isEmpty, s.fields.isEmpty else { return nil }
        let members = constrainingMembers(s)
        return members.count == 1 ? members[0] : nil
    }

    /// Whether a value of this schema may be `null`.
    static func isNullable(_ s: SchemaIR) -> Bool {
        if s.nullable { return true }
        if s.enumValues?.contains(.null) == true { return true }
        if let member = soleMember(s) { return isNullable(member) }
        if !s.oneOf.isEmpty || !s.anyOf.isEmpty { return alternatives(s).nullable }
        return false
    }

    /// All properties of an object, `allOf` members merged in order; a later definition of a
    /// property replaces an earlier one in place.
    static func mergedFields(_ s: SchemaIR) -> [Field] {
        // Without members to merge, the properties as written (their names are the keys of one mapping).
        if s.allOf.isEmpty { return s.fields }
        var order: [String] = []
        var byName: [String: Field] = [:]
        var visiting: Set<ObjectKey> = []
        func collect(_ s: SchemaIR) {
            guard visiting.insert(ObjectKey(s)).inserted else { return }
            for member in s.allOf { collect(member) }
            for f in s.fields {
                if var existing = byName[f.name] {
                    existing.schema = f.schema
                    existing.required = existing.required || f.required
                    byName[f.name] = existing
                } else {
                    order.append(f.name)
                    byName[f.name] = f
                }
            }
            visiting.remove(ObjectKey(s))
        }
        collect(s)
        return order.compactMap { byName[$0] }
    }

    /// The names a schema (and its `allOf` members) requires but declares no property for, in
    /// the order they are written, once each.
    static func undeclaredRequiredNames(_ s: SchemaIR) -> [String] {
        // Most schemas name no required property outside their own properties: those are
        // looked for among them first, without a set of every declared name.
        if s.allOf.isEmpty, s.requiredNames.count * s.fields.count <= 256,
            s.requiredNames.allSatisfy({ name in s.fields.contains { $0.name == name } })
        {
            return []
        }
        let declared = Set(mergedFields(s).map(\.name))
        var seen: Set<String> = []
        var out: [String] = []
        var visiting: Set<ObjectKey> = []
        func collect(_ s: SchemaIR) {
            guard visiting.insert(ObjectKey(s)).inserted else { return }
            for name in s.requiredNames where !declared.contains(name) && seen.insert(name).inserted { out.append(name) }
            for member in s.allOf { collect(member) }
        }
        collect(s)
        return out
    }
}
