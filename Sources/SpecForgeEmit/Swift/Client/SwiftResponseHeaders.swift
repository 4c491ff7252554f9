import SpecForgeIR
import SpecForgeParse

extension SwiftClientBuilder {
    /// What a headers struct's properties cannot be called (made once, not per operation).
    static let reservedHeaderPropertyNames: Set<String> = ["init"]

    /// The headers the success responses of an operation declare, as a struct (`<Operation>Headers`)
    /// that the operation's `…WithHeaders` method returns beside the body: a property per header
    /// name (compared ignoring case, first declaration first), typed by its schema, optional
    /// unless every success response declares it required. `Content-Type` is left out, as
    /// OpenAPI says it is ignored. Nil when no success response declares a header.
    mutating func responseHeaders(_ op: OperationIR, typeStem: String) -> String? {
        let successes = op.responses.filter(\.isSuccess)
        var order: [String] = []
        var first: [String: HeaderIR] = [:]
        var requiredIn: [String: Int] = [:]
        for response in successes {
            for header in response.headers where header.name.lowercased() != "content-type" {
                let key = header.name.lowercased()
                if first[key] == nil {
                    order.append(key)
                    first[key] = header
                }
                if header.required { requiredIn[key, default: 0] += 1 }
            }
        }
        guard !order.isEmpty else { return nil }
        let name = resolver.claimTopLevelName(typeStem + "Headers")
        let decl = SwiftDecl(name: name, kind: .structure, reserved: [])
        decl.readsHeaders = true
        decl.doc = ["The headers of a success response of `\(op.method.rawValue.uppercased()) \(op.path)`."]
        var propertyNames = UniqueNames(reserved: Self.reservedHeaderPropertyNames)
        for key in order {
            let header = first[key]!
            let (type, read) = headerType(header, op: op, hint: typeStem + SwiftNaming.upperCamel(header.name))
            decl.properties.append(
                .init(
                    name: propertyNames.claim(SwiftNaming.lowerCamel(header.name)), jsonName: header.name, type: type,
                    optional: requiredIn[key, default: 0] < successes.count, explicitNull: false,
                    doc: SwiftNaming.docLines(header.description ?? header.schema?.description), isBinary: false, schema: header.schema,
                    headerRead: read))
        }
        resolver.extraDecls.append(decl)
        return name
    }

    /// The Swift type of a response header and how it is read: a scalar or an enum by its value,
    /// a list comma-separated, `Set-Cookie` as its fields (one cookie each), a JSON `content` as
    /// JSON text. An object in style `simple` is read as its text, with a warning.
    mutating func headerType(_ header: HeaderIR, op: OperationIR, hint: String) -> (type: String, read: String) {
        guard var schema = header.schema else { return ("String", "value") }
        if let contentType = header.contentType, ContentIR.isJSON(contentType) {
            return (resolver.type(of: schema, hint: hint, inRequest: false, inResponse: true, owner: nil), "json")
        }
        while schema.allOf.count == 1, schema.fields.isEmpty { schema = schema.allOf[0] }
        if header.name.lowercased() == "set-cookie", schema.kind == .string || schema.kind == .array || schema.kind == .any {
            return ("[String]", "fields")
        }
        if schema.kind == .array {
            return ("[" + (schema.items.map { scalarType($0, hint: hint + "Item") } ?? "String") + "]", "list")
        }
        let isObject = schema.kind == .object || (schema.kind == .any && (!schema.fields.isEmpty || schema.additionalProperties != nil))
        if isObject, !schema.isEnum {
            warnings.append(
                (header.location ?? op.location,
                 "response header '\(header.name)' of \(op.method.rawValue.uppercased()) \(op.path) is an object in style simple; the Swift client reads it as its text (String)"))
            return ("String", "value")
        }
        return (scalarType(schema, hint: hint), "value")
    }
}
