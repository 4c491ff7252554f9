import SpecForgeIR
import SpecForgeParse

/// The parts of a `multipart/form-data` body: each part's `Content-Type` and headers.
struct SwiftMultipart {
    /// A header of a part (its Encoding Object's `headers`), passed to the method as a parameter.
    struct PartHeader {
        var header: String
        var parameter: String
        var isList: Bool
        var explode: Bool
    }

    /// The `Content-Type` of each part, by property, in property order.
    var contentTypes: [(property: String, contentType: String)] = []
    /// The headers of each part that has some, in the encoding's order.
    var headers: [(property: String, headers: [PartHeader])] = []
    /// The method's parameters for the part headers.
    var parameters: [SwiftOperationView.Parameter] = []
}

extension SwiftClientBuilder {
    /// The parts of a multipart body of type `bodyType`: each part's `Content-Type` is its
    /// Encoding Object's `contentType` (the first of a list; a wildcard gives way to the default),
    /// else the default OpenAPI gives by its schema (`defaultPartContentType`). Each header of an
    /// Encoding Object is a parameter of the method (`fileXRateLimit` for `X-Rate-Limit` of the
    /// part `file`), sent in style `simple`.
    mutating func multipart(
        _ content: ContentIR, bodyType: String, op: OperationIR, typeStem: String, names: inout UniqueNames
    ) -> SwiftMultipart {
        var parts = SwiftMultipart()
        var encodingTypes: [String: String] = [:]
        for e in content.encoding {
            guard let listed = e.contentType?.split(separator: ",").first?.trimmingSpaces(), !listed.contains("*") else { continue }
            encodingTypes[e.property] = listed
        }
        var seen: Set<String> = []
        for p in decl(named: bodyType)?.properties ?? [] {
            seen.insert(p.jsonName)
            parts.contentTypes.append((p.jsonName, encodingTypes[p.jsonName] ?? Self.defaultPartContentType(p.schema)))
        }
        // Encoding Objects of properties the schema does not list (a free-form body).
        for e in content.encoding where !seen.contains(e.property) {
            if let type = encodingTypes[e.property] { parts.contentTypes.append((e.property, type)) }
        }
        for (property, headers) in content.partHeaders {
            var partHeaders: [SwiftMultipart.PartHeader] = []
            for header in headers where header.name.lowercased() != "content-type" {
                var type = "String"
                var isList = false
                if var schema = header.schema {
                    while schema.allOf.count == 1, schema.fields.isEmpty { schema = schema.allOf[0] }
                    let hint = typeStem + SwiftNaming.upperCamel(property) + SwiftNaming.upperCamel(header.name)
                    if header.contentType == nil, schema.kind == .array {
                        type = "[" + (schema.items.map { scalarType($0, hint: hint + "Item") } ?? "String") + "]"
                        isList = true
                    } else if header.contentType == nil, !Self.isStructured(schema) {
                        type = scalarType(schema, hint: hint)
                    } else {
                        warnings.append(
                            (header.location ?? op.location,
                             "header '\(header.name)' of the part '\(property)' of \(op.method.rawValue.uppercased()) \(op.path) is an object; "
                                + "the Swift client takes it as its text (String)"))
                    }
                }
                let name = names.claim(SwiftNaming.lowerCamel(property + "_" + header.name))
                let doc = "The `\(header.name)` header of the part `\(property)`." + (header.description.map { " " + $0 } ?? "")
                parts.parameters.append(.init(name: name, type: type, optional: !header.required, doc: SwiftNaming.docLines(doc)?.joined(separator: " ")))
                partHeaders.append(.init(header: header.name, parameter: name, isList: isList, explode: header.explode))
            }
            if !partHeaders.isEmpty { parts.headers.append((property, partHeaders)) }
        }
        return parts
    }

    /// The `Content-Type` of a part by its schema, as OpenAPI's Encoding Object says: binary
    /// strings `application/octet-stream`, other strings, numbers and booleans `text/plain`,
    /// objects `application/json`, a list that of its items (each item is a part of its own).
    static func defaultPartContentType(_ schema: SchemaIR?) -> String {
        guard var schema else { return "text/plain" }
        while schema.allOf.count == 1, schema.fields.isEmpty { schema = schema.allOf[0] }
        if schema.kind == .array { return defaultPartContentType(schema.items) }
        if schema.kind == .string, schema.format == "binary" { return "application/octet-stream" }
        return isStructured(schema) ? "application/json" : "text/plain"
    }
}
