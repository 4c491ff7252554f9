import SpecForgeIR

/// The rows of request-body and response tables: properties in schema order, nested objects
/// expanded after their parent with dotted names.
struct FieldRows {
    enum Direction { case request, response }

    struct Row {
        var name: String
        var type: String
        var required: Bool
        var schema: SchemaIR
    }

    /// How many levels of nesting are expanded below the top (`a.b.c.d.e` at most).
    static let maxDepth = 4

    static func rows(of schema: SchemaIR, _ direction: Direction) -> [Row] {
        var rows: [Row] = []
        collect(schema, direction, prefix: "", depth: 0, into: &rows)
        return rows
    }

    private static func collect(_ schema: SchemaIR, _ direction: Direction, prefix: String, depth: Int, into rows: inout [Row]) {
        for field in schema.fields {
            let s = field.schema
            if direction == .request, s.readOnly { continue }
            if direction == .response, s.writeOnly { continue }
            let name = prefix + field.name
            rows.append(Row(name: name, type: typeLabel(s), required: field.required, schema: s))
            guard depth < maxDepth else { continue }
            if let nested = expandable(s) {
                collect(nested, direction, prefix: name + ".", depth: depth + 1, into: &rows)
            }
        }
    }

    /// The object whose fields a row expands into: the field's own, or its array items'.
    static func expandable(_ s: SchemaIR) -> SchemaIR? {
        if s.kind == .object, !s.fields.isEmpty { return s }
        if s.kind == .array, let items = s.items, !items.fields.isEmpty { return items }
        return nil
    }

    /// `string (uuid)`, `array of objects`, `object (free-form)`, `any`...
    static func typeLabel(_ s: SchemaIR) -> String {
        if s.isComposite { return "any" }
        guard s.types.count == 1 else {
            if s.types.isEmpty {
                if s.enumValues != nil { return "string" }
                if !s.fields.isEmpty { return "object" }
            }
            return "any"
        }
        let type = s.types[0]
        switch type {
        case "array":
            guard let items = s.items else { return "array of anys" }
            if items.types == ["object"] || (items.types.isEmpty && !items.fields.isEmpty && !items.isComposite) {
                return "array of objects"
            }
            return "array of \(typeLabel(items))s"
        case "object":
            return s.fields.isEmpty ? "object (free-form)" : "object"
        default:
            if let format = s.format, !format.isEmpty { return "\(type) (\(format))" }
            return type
        }
    }
}
