import SpecForgeLoad


/// A typed OpenAPI 3.0 / 3.1 document.
public struct Document: Sendable {
    public var openapi: String
    public var title: String
    public var version: String
    public var description: String?
    /// Server URLs, their `{variables}` filled with the variables' defaults.
    public var servers: [String]
    /// The document's `tags` list: names with their descriptions, in document order.
    public var tags: [Tag] = []
    /// `externalDocs.url`: where the API's own documentation lives.
    public var externalDocsURL: String? = nil
    public var paths: [PathItem]
    /// Every schema that a `$ref` can name, keyed by `SchemaKey`; component schemas first, in document order.
    public var schemas: [String: NamedSchema]
    public var componentSchemaOrder: [String]
    public var securitySchemes: [SecurityScheme]
    public var security: [[String]]

    public func schema(_ key: String) -> NamedSchema? { schemas[key] }
}

public struct Tag: Sendable {
    public var name: String
    public var description: String?
}

/// A schema reachable by reference, with the type name it gives.
public struct NamedSchema: Sendable {
    public var key: String
    public var name: String
    public var schema: Schema
}

public struct PathItem: Sendable {
    public var path: String
    public var operations: [Operation]
    public var location: Location
}

public enum HTTPMethod: String, Sendable, CaseIterable, Comparable {
    case get, put, post, delete, options, head, patch, trace

    /// The order methods are documented in.
    public var rank: Int {
        switch self {
        case .get: 0
        case .post: 1
        case .put: 2
        case .patch: 3
        case .delete: 4
        case .head: 5
        case .options: 6
        case .trace: 7
        }
    }

    public static func < (a: HTTPMethod, b: HTTPMethod) -> Bool { a.rank < b.rank }
}

public struct Operation: Sendable {
    public var method: HTTPMethod
    public var path: String
    public var operationId: String
    public var tags: [String]
    public var summary: String?
    public var description: String?
    public var deprecated: Bool
    public var parameters: [Parameter]
    public var requestBody: RequestBody?
    public var responses: [Response]
    public var security: [[String]]?
    public var location: Location
    /// Whether the document names the operationId (else it is made from the method and path).
    public var hasOperationId = true
}

public struct Parameter: Sendable {
    public enum In: String, Sendable { case path, query, header, cookie }
    public enum Style: String, Sendable {
        case form, simple, label, matrix, spaceDelimited, pipeDelimited, deepObject
    }

    public var name: String
    public var location: In
    public var required: Bool
    public var description: String?
    public var deprecated: Bool
    public var schema: SchemaRef?
    public var style: Style
    public var explode: Bool
    public var contentType: String?
    /// The parameter's `example`, else the value of the first of its `examples`.
    public var example: JSONValue?
    public var source: Location
}

public struct MediaType: Sendable {
    public var contentType: String
    public var schema: SchemaRef?
    /// The media type's `example`, else the value of the first of its `examples`.
    public var example: JSONValue?
    /// The Encoding Objects of a form or multipart body, by property name, in document order.
    public var encoding: [Encoding] = []
}

/// How one property of a form or multipart body is written (OpenAPI's Encoding Object).
public struct Encoding: Sendable {
    public var property: String
    public var contentType: String?
    public var style: Parameter.Style?
    public var explode: Bool?
    public var allowReserved: Bool
    /// The headers of a multipart part.
    public var headers: [Header] = []
    public var location: Location

    public init(property: String, contentType: String?, style: Parameter.Style?, explode: Bool?, allowReserved: Bool, headers: [Header] = [], location: Location) {
        self.property = property
        self.headers = headers
        self.contentType = contentType
        self.style = style
        self.explode = explode
        self.allowReserved = allowReserved
        self.location = location
    }
}

public struct RequestBody: Sendable {
    public var description: String?
    public var required: Bool
    public var content: [MediaType]
}

public struct Response: Sendable {
    /// `200`, `4XX` or `default`.
    public var status: String
    public var description: String
    public var content: [MediaType]
    public var headers: [Header]
}

/// A Header Object: of a response, or of a multipart part (an Encoding Object's `headers`).
public struct Header: Sendable {
    public var name: String
    public var description: String?
    public var required: Bool
    public var schema: SchemaRef?
    /// `explode` (style is always `simple`).
    public var explode = false
    /// The media type of a header given by `content` instead of `schema`.
    public var contentType: String? = nil
    public var location: Location

    public init(name: String, description: String?, required: Bool, schema: SchemaRef?, explode: Bool = false, contentType: String? = nil, location: Location) {
        self.name = name
        self.description = description
        self.required = required
        self.schema = schema
        self.explode = explode
        self.contentType = contentType
        self.location = location
    }
}

public struct SecurityScheme: Sendable {
    public enum Kind: Sendable, Hashable {
        case apiKey(name: String, in: String)
        case http(scheme: String)
        case oauth2
        case openIdConnect
    }
    public var name: String
    public var kind: Kind
    public var description: String?
}

/// A schema written in place or a reference to one.
public enum SchemaRef: Sendable {
    /// The key of a `Document.schemas` entry (boxed like the schema: a reference is one word).
    indirect case ref(String)
    case inline(InlineSchema)

    /// A schema written in place.
    public static func inline(_ schema: Schema) -> SchemaRef { .inline(InlineSchema(schema)) }
}

/// A schema written in place, held by reference: matching `.inline` binds this box, where a
/// schema held in the enum itself was copied out field by field (a retain for each of its
/// strings and arrays, 45,000 times for the 4 MB reference document), to be released again.
public final class InlineSchema: Sendable {
    public let schema: Schema
    public init(_ schema: Schema) { self.schema = schema }
}

public struct Schema: Sendable {
    public enum AdditionalProperties: Sendable {
        case absent
        case allowed(Bool)
        case schema(SchemaRef)
    }

    /// `type`, as a list (3.1 allows several); `null` is folded into `nullable`.
    public var types: [String] = []
    public var nullable = false
    public var format: String?
    public var title: String?
    public var description: String?
    public var enumValues: [JSONValue]?
    public var properties: [(name: String, schema: SchemaRef)] = []
    public var required: [String] = []
    public var items: SchemaRef?
    public var additionalProperties: AdditionalProperties = .absent
    public var allOf: [SchemaRef] = []
    public var oneOf: [SchemaRef] = []
    public var anyOf: [SchemaRef] = []
    public var discriminator: Discriminator?
    public var readOnly = false
    public var writeOnly = false
    public var deprecated = false
    public var example: JSONValue?
    public var defaultValue: JSONValue?
    /// Constraints examples must meet: `pattern`, `minLength`/`maxLength`, `minimum`/`maximum`, `minItems`.
    public var constraints = Constraints()
    public var location: Location

    public init(location: Location) { self.location = location }

    public var type: String? { types.first }
}

/// A schema's validation keywords that examples must meet. Most schemas have none: the values
/// live in a box made when the first one is set (and copied when a shared box is changed), so
/// that what holds them — the parse's `Schema`, the IR's `SchemaIR`, some 40,000 of them for a
/// 4 MB document — carries one reference instead of 89 bytes.
public struct Constraints: Sendable, Hashable {
    private final class Values: @unchecked Sendable {
        var pattern: String?
        var minLength: Int?
        var maxLength: Int?
        var minimum: Double?
        var maximum: Double?
        var minItems: Int?

        init() {}

        init(copying other: Values) {
            (pattern, minLength, maxLength) = (other.pattern, other.minLength, other.maxLength)
            (minimum, maximum, minItems) = (other.minimum, other.maximum, other.minItems)
        }
    }

    private var values: Values?

    public init() {}

    public var pattern: String? { get { self[\.pattern] } set { self[\.pattern] = newValue } }
    public var minLength: Int? { get { self[\.minLength] } set { self[\.minLength] = newValue } }
    public var maxLength: Int? { get { self[\.maxLength] } set { self[\.maxLength] = newValue } }
    public var minimum: Double? { get { self[\.minimum] } set { self[\.minimum] = newValue } }
    public var maximum: Double? { get { self[\.maximum] } set { self[\.maximum] = newValue } }
    public var minItems: Int? { get { self[\.minItems] } set { self[\.minItems] = newValue } }

    /// A keyword's value; setting one (not a nil on a schema that has none) makes the box.
    private subscript<T>(_ keyword: ReferenceWritableKeyPath<Values, T?>) -> T? {
        get { values?[keyPath: keyword] }
        set { if newValue != nil || values != nil { unique()[keyPath: keyword] = newValue } }
    }

    /// The box, made or copied so that this value alone holds it.
    private mutating func unique() -> Values {
        if values == nil {
            values = Values()
        } else if !isKnownUniquelyReferenced(&values) {
            values = Values(copying: values!)
        }
        return values!
    }

    public static func == (a: Constraints, b: Constraints) -> Bool {
        a.pattern == b.pattern && a.minLength == b.minLength && a.maxLength == b.maxLength
            && a.minimum == b.minimum && a.maximum == b.maximum && a.minItems == b.minItems
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(pattern)
        hasher.combine(minLength)
        hasher.combine(maxLength)
        hasher.combine(minimum)
        hasher.combine(maximum)
        hasher.combine(minItems)
    }
}

public struct Discriminator: Sendable {
    public var propertyName: String
    /// Value → schema key.
    public var mapping: [(value: String, key: String)]
}
