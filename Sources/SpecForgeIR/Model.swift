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

/// One operation. A class, not a struct: an operation is read by every emitter, on several
/// threads, and passed around whole; a copy of a struct of a dozen references retained each of
/// them (atomically), a copy of this retains one object. Immutable once made.
public final class OperationIR: Sendable {
    public let method: HTTPMethod
    public let path: String
    public let operationId: String
    public let tags: [String]
    public let summary: String?
    public let description: String?
    public let deprecated: Bool
    /// Parameters in document order; `parameters(in:)` filters by location.
    public let parameters: [ParameterIR]
    public let requestBody: BodyIR?
    /// Responses in document order.
    public let responses: [ResponseIR]
    public let security: [[String]]
    public let location: Location
    /// Whether the document names the operationId (else it is made from the method and path).
    public let hasOperationId: Bool
    /// Whether the operation names its own `security` (rather than inheriting the document's).
    public let ownSecurity: Bool

    public init(
        method: HTTPMethod, path: String, operationId: String, tags: [String], summary: String?, description: String?,
        deprecated: Bool, parameters: [ParameterIR], requestBody: BodyIR?, responses: [ResponseIR], security: [[String]],
        location: Location, hasOperationId: Bool = true, ownSecurity: Bool = false
    ) {
        self.method = method
        self.path = path
        self.operationId = operationId
        self.tags = tags
        self.summary = summary
        self.description = description
        self.deprecated = deprecated
        self.parameters = parameters
        self.requestBody = requestBody
        self.responses = responses
        self.security = security
        self.location = location
        self.hasOperationId = hasOperationId
        self.ownSecurity = ownSecurity
    }

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

/// One parameter of an operation: a class for the reason `OperationIR` is one. Immutable once made.
public final class ParameterIR: Sendable {
    public let name: String
    public let location: Parameter.In
    public let required: Bool
    public let description: String?
    public let deprecated: Bool
    public let schema: SchemaIR
    public let style: Parameter.Style
    public let explode: Bool
    /// The parameter's own `example` (or first of `examples`).
    public let example: JSONValue?
    /// The media type of a parameter given by `content` instead of `schema`.
    public let contentType: String?

    public init(
        name: String, location: Parameter.In, required: Bool, description: String?, deprecated: Bool, schema: SchemaIR,
        style: Parameter.Style, explode: Bool, example: JSONValue? = nil, contentType: String? = nil
    ) {
        self.name = name
        self.location = location
        self.required = required
        self.description = description
        self.deprecated = deprecated
        self.schema = schema
        self.style = style
        self.explode = explode
        self.example = example
        self.contentType = contentType
    }
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

