import SpecForgeIR
import SpecForgeParse

/// What a client method returns, from the operation's success responses.
struct SwiftResult {
    /// `json`, `optionalJSON`, `status`, `optionalStatus`, `text`, `data` or `void`.
    var kind = "void"
    var type = "Void"
    /// The media types the method decodes (its `Accept`).
    var accept: String?
    /// For `status` results: each status's case of the result enum and its type.
    var cases: [(status: Int, name: String, type: String)] = []
}

extension SwiftClientBuilder {
    /// Statuses that never carry a body (RFC 9110), whatever the spec lists for them.
    static let bodylessStatuses: Set<String> = ["204", "205", "304"]

    /// The result of an operation: the JSON body of its successes when they share one schema;
    /// when they differ, an enum with a case per status (`status200(Pet)`, `status202(Job)`),
    /// chosen by the status received; else text or bytes. Optional when a success has no body.
    mutating func result(_ op: OperationIR, typeStem: String) -> SwiftResult {
        let successes = op.responses.filter { $0.isSuccess }
        func hasBody(_ r: ResponseIR) -> Bool { !r.contents.isEmpty && !Self.bodylessStatuses.contains(r.status) }
        let bodiless = successes.contains { !hasBody($0) }
        guard let withBody = successes.first(where: hasBody) else { return SwiftResult() }
        var result = SwiftResult()
        if let json = withBody.json {
            result.accept = json.contentType
            let withJSON = successes.filter { hasBody($0) && $0.json != nil }
            let distinct = withJSON.filter { $0.json?.schema !== json.schema }
            if !distinct.isEmpty, withJSON.allSatisfy({ Int($0.status) != nil }) {
                // One case per status, in document order.
                result.kind = bodiless ? "optionalStatus" : "status"
                result.type = resolver.claimTopLevelName(typeStem + "Result")
                let decl = SwiftDecl(name: result.type, kind: .union, reserved: [])
                decl.doc = ["The body of a success response of `\(op.method.rawValue.uppercased()) \(op.path)`, by status."]
                for r in withJSON {
                    let type = r.json!.schema.map {
                        resolver.type(of: $0, hint: typeStem + "Response" + r.status, inRequest: false, inResponse: true, owner: nil)
                    } ?? "JSONValue"
                    let name = "status" + r.status
                    decl.unionCases.append(.init(name: name, type: type, tags: []))
                    result.cases.append((Int(r.status)!, name, type))
                }
                resolver.extraDecls.append(decl)
                return result
            }
            if !distinct.isEmpty {
                warnings.append(
                    (op.location,
                     "\(op.method.rawValue.uppercased()) \(op.path): the Swift client decodes every success response as the body of \(withBody.status); "
                        + "the different body of \(distinct.map(\.status).joined(separator: ", ")) is not represented"))
            }
            result.kind = bodiless ? "optionalJSON" : "json"
            result.type = json.schema.map { resolver.type(of: $0, hint: typeStem + "Response", inRequest: false, inResponse: true, owner: nil) } ?? "JSONValue"
        } else if let text = withBody.contents.first(where: { $0.contentType.hasPrefix("text/") }) {
            result.kind = "text"
            result.type = "String"
            result.accept = text.contentType
            unrepresentedSchema(text, of: op, what: "response body (\(withBody.status))", as: "String")
        } else {
            result.kind = "data"
            result.type = "Data"
            result.accept = withBody.contents.map(\.contentType).joined(separator: ", ")
            for content in withBody.contents { unrepresentedSchema(content, of: op, what: "response body (\(withBody.status))", as: "Data") }
        }
        return result
    }
}

extension SwiftClientBuilder {
    /// A warning for a body the client sends or returns as text or bytes although its schema
    /// describes structured data (an object or a list, e.g. in XML or YAML): the caller encodes
    /// or decodes it, and the schema's type is not represented.
    mutating func unrepresentedSchema(_ content: ContentIR, of op: OperationIR, what: String, as type: String) {
        guard let schema = content.schema, Self.isStructured(schema) else { return }
        warnings.append(
            (op.location,
             "\(op.method.rawValue.uppercased()) \(op.path): the \(what) of media type \(content.contentType) is neither JSON, a form nor multipart; "
                + "the Swift client passes it as \(type), and its schema is not represented"))
    }

    /// An object, a list or a composition of schemas (not a string, number or boolean, binary or text).
    static func isStructured(_ schema: SchemaIR) -> Bool {
        var schema = schema
        while schema.allOf.count == 1, schema.fields.isEmpty { schema = schema.allOf[0] }
        return schema.kind == .object || schema.kind == .array || !schema.fields.isEmpty || !schema.allOf.isEmpty || !schema.oneOf.isEmpty
            || !schema.anyOf.isEmpty || schema.additionalProperties != nil
    }
}
