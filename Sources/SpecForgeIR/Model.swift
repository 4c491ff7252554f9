import SpecForgeParse

/// The intermediate model every emitter reads: operations, the pages (resources) they group
/// into, and the named schemas. Independent of the input format and of every output.
public struct APIModel: Sendable {
    public var title: String
    public var version: String
    public var description: String?
    public var servers: [String]
    /// The document's tags with their descriptions, in document order.
    public var tags: [Tag] = []
    /// `externalDocs.url`: where the API's own documentation lives.
    public var externalDocsURL: String? = nil
    public var operations: [OperationIR]
    /// Named schemas in document order (component schemas, then other referenced ones).
    public var schemas: [SchemaIR]
    public var securitySchemes: [SecurityScheme]
    /// Security requirements that apply when an operation names none.
    public var security: [[String]]
}

public struct OperationIR: Sendable {
    public var method: HTTPMethod
    public var path: String
    public var operationId: String
    public var tags: [String]
    public var summary: String?
    public var description: String?
    public var deprecated: Bool
    /// Parameters in document order; `parameters(in:)` filters by location.
    public var parameters: [ParameterIR]
    public var requestBody: BodyIR?
    /// Responses in document order.
    public var responses: [ResponseIR]
    public var security: [[String]]
    public var location: Location
    /// Whether the document names the operationId (else it is made from the method and path).
    public var hasOperationId = true
    /// Whether the operation names its own `security` (rather than inheriting the document's).
    public var ownSecurity = false

    public func parameters(in location: Parameter.In) -> [ParameterIR] {
        parameters.filter { $0.location == location }
    }

    /// Path segments before the first templated one, e.g. `/api/keys/{uuid}/x/` → `["api", "keys"]`.
    public var staticPrefix: [Substring] {
        // Cut on UTF-8 bytes, by offset: splitting the String walks it by Character, and even a
        // generic split of its bytes cost more than the rest of an operation's title.
        var segments: [Substring] = []
        let utf8 = path.utf8
        var contiguous = path
        contiguous.withUTF8 { bytes in
            var i = 0
            while i < bytes.count {
                if bytes[i] == UInt8(ascii: "/") {
                    i += 1
                    continue
                }
                if bytes[i] == UInt8(ascii: "{") { return }
                var end = i
                while end < bytes.count, bytes[end] != UInt8(ascii: "/") { end += 1 }
                segments.append(Substring(utf8[utf8.index(utf8.startIndex, offsetBy: i)..<utf8.index(utf8.startIndex, offsetBy: end)]))
                i = end
            }
        }
        return segments
    }
}

public struct ParameterIR: Sendable {
    public var name: String
    public var location: Parameter.In
    public var required: Bool
    public var description: String?
    public var deprecated: Bool
    public var schema: SchemaIR
    public var style: Parameter.Style
    public var explode: Bool
    /// The parameter's own `example` (or first of `examples`).
    public var example: JSONValue? = nil
    /// The media type of a parameter given by `content` instead of `schema`.
    public var contentType: String? = nil
}

public struct ContentIR: Sendable {
    public var contentType: String
    public var schema: SchemaIR?
    /// The media type's `example` (or first of `examples`): a whole example body.
    public var example: JSONValue? = nil
    /// How the properties of a form or multipart body are written (Encoding Objects).
    public var encoding: [Encoding] = []
    /// The headers of multipart parts (Encoding Objects' `headers`), by property, in document order.
    public var partHeaders: [(property: String, headers: [HeaderIR])] = []

    public var isJSON: Bool { Self.isJSON(contentType) }

    /// `application/json` or `application/…+json`, with or without parameters.
    public static func isJSON(_ contentType: String) -> Bool {
        if contentType == "application/json" { return true }  // the common case, without splitting
        let base = contentType.split(separator: ";").first.map { $0.trimmingSpaces() } ?? contentType
        return base == "application/json" || base.hasSuffix("+json")
    }
}

public struct BodyIR: Sendable {
    public var description: String?
    public var required: Bool
    public var contents: [ContentIR]

    public var json: ContentIR? { contents.first(where: \.isJSON) }
}

public struct ResponseIR: Sendable {
    public var status: String
    public var description: String
    public var contents: [ContentIR]
    public var headers: [HeaderIR]

    public var json: ContentIR? { contents.first(where: \.isJSON) }
    /// 2XX statuses.
    public var isSuccess: Bool { status.hasPrefix("2") }
}

public struct HeaderIR: Sendable {
    public var name: String
    public var description: String?
    public var required: Bool
    public var schema: SchemaIR?
    /// `explode` (style is always `simple`).
    public var explode = false
    /// The media type of a header given by `content` instead of `schema`.
    public var contentType: String? = nil
    public var location: Location? = nil
}

