import SpecForgeIR

/// Which schemas openapi-python-client (0.29) turns into types: it drops a schema holding, at any
/// depth, an array without `items`, a date or date-time whose `default` is not a string, or a
/// model with a `default`; and with it every response, body or model that refers to it.
/// One per page (pages render in parallel): a page's operations mostly share their schemas.
final class PythonSchemaSupport {
    private var cache: [ObjectIdentifier: Bool] = [:]

    func supports(_ schema: SchemaIR) -> Bool {
        var visiting: Set<ObjectIdentifier> = []
        return supports(schema, &visiting)
    }

    private func supports(_ s: SchemaIR, _ visiting: inout Set<ObjectIdentifier>) -> Bool {
        let id = ObjectIdentifier(s)
        if let known = cache[id] { return known }
        // A schema that holds itself is judged by its other parts.
        guard visiting.insert(id).inserted else { return true }
        defer { visiting.remove(id) }
        var ok = true
        if s.types.contains("array"), s.items == nil { ok = false }
        // A `default` the generator cannot write: a non-string one of a date, any of a model
        // (also through a one-part `allOf`).
        if let d = s.defaultValue, d != .null {
            let target = s.allOf.count == 1 && s.fields.isEmpty ? s.allOf[0] : s
            if (target.format == "date-time" || target.format == "date"), d.stringValue == nil { ok = false }
            if target.kind == .object || !target.fields.isEmpty { ok = false }
        }
        if ok {
            let parts = s.fields.map(\.schema) + [s.items].compactMap { $0 } + s.allOf + s.oneOf + s.anyOf
            for part in parts where !supports(part, &visiting) {
                ok = false
                break
            }
        }
        if ok, case .some(.some(let extra)) = s.additionalProperties, !supports(extra, &visiting) { ok = false }
        cache[id] = ok
        return ok
    }
}
