import SpecForgeIR

/// Which schemas openapi-python-client (0.29) turns into types: it drops a schema holding, at any
/// depth, an array without `items`, or a date or date-time whose `default` is not a string; and
/// with it every response, body or model that refers to it.
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
        if s.format == "date-time" || s.format == "date", let d = s.defaultValue, d.stringValue == nil, d != .null { ok = false }
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
