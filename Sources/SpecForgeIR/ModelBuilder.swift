import Dispatch
import SpecForgeBits
import SpecForgeParse

/// Translates a parsed `Document` into the `APIModel`.
public struct ModelBuilder: Sendable {
    private let document: Document
    private var named: [NameKey: SchemaIR] = [:]
    /// How many `fill`s are under way: schemas written in place nest as deep as the input does.
    private var depth = 0

    /// A backstop for the recursion of `fill`: the parser already rejects schemas nested deeper
    /// than `DocumentParser.maxSchemaDepth`, so deeper ones are left empty rather than followed.
    static let maxDepth = 2 * DocumentParser.maxSchemaDepth

    public init(document: Document) {
        self.document = document
    }

    public static func build(_ document: Document) -> APIModel {
        var builder = ModelBuilder(document: document)
        return builder.build()
    }

    mutating func build() -> APIModel {
        // Named schemas first (as empty shells), so references and cycles resolve to one instance.
        let keys = document.componentSchemaOrder
        for key in keys {
            guard let namedSchema = document.schemas[key] else { continue }
            let ir = SchemaIR(location: namedSchema.schema.location)
            ir.name = namedSchema.name
            named[NameKey(key)] = ir
        }
        // The operations only point at the named schemas' shells (and fill schemas of their
        // own), so they are built on another core while the shells are filled.
        nonisolated(unsafe) var operations: [OperationIR] = []
        let operationsBuilt = DispatchGroup()
        let shells = self
        DispatchQueue.global().async(group: operationsBuilt) {
            var builder = shells
            operations = shells.document.paths.flatMap { item in item.operations.map { builder.operation($0) } }
        }
        for key in keys {
            guard let namedSchema = document.schemas[key], let ir = named[NameKey(key)] else { continue }
            fill(ir, from: namedSchema.schema)
        }
        operationsBuilt.wait()
        return APIModel(
            title: document.title,
            version: document.version,
            description: document.description,
            servers: document.servers,
            tags: document.tags,
            externalDocsURL: document.externalDocsURL,
            operations: operations,
            schemas: keys.compactMap { named[NameKey($0)] },
            securitySchemes: document.securitySchemes,
            security: document.security
        )
    }

    mutating func operation(_ op: Operation) -> OperationIR {
        OperationIR(
            method: op.method,
            path: op.path,
            operationId: op.operationId,
            tags: op.tags,
            summary: op.summary,
            description: op.description,
            deprecated: op.deprecated,
            parameters: op.parameters.map { p in
                ParameterIR(
                    name: p.name,
                    location: p.location,
                    required: p.required,
                    description: p.description,
                    deprecated: p.deprecated,
                    schema: p.schema.map { schema($0) } ?? SchemaIR(location: p.source),
                    style: p.style,
                    explode: p.explode,
                    example: p.example,
                    contentType: p.contentType
                )
            },
            requestBody: op.requestBody.map { body in
                BodyIR(description: body.description, required: body.required, contents: body.content.map { content($0) })
            },
            responses: op.responses.map { r in
                ResponseIR(
                    status: r.status,
                    description: r.description,
                    contents: r.content.map { content($0) },
                    headers: r.headers.map { header($0) }
                )
            },
            security: op.security ?? document.security,
            location: op.location,
            hasOperationId: op.hasOperationId,
            ownSecurity: op.security != nil
        )
    }

    mutating func content(_ media: MediaType) -> ContentIR {
        ContentIR(
            contentType: media.contentType, schema: media.schema.map { schema($0) }, example: media.example, encoding: media.encoding,
            partHeaders: media.encoding.compactMap { e in e.headers.isEmpty ? nil : (e.property, e.headers.map { header($0) }) })
    }

    mutating func header(_ h: Header) -> HeaderIR {
        HeaderIR(
            name: h.name, description: h.description, required: h.required, schema: h.schema.map { schema($0) }, explode: h.explode,
            contentType: h.contentType, location: h.location)
    }

    mutating func schema(_ ref: SchemaRef) -> SchemaIR {
        switch ref {
        case .ref(let key):
            let name = NameKey(key)
            if let existing = named[name] { return existing }
            // Tolerate an unknown key (the parser reports it); an untyped schema stands in.
            guard let target = document.schemas[key] else {
                return SchemaIR(location: Location(file: "", mark: .init(line: 1, column: 1)))
            }
            let ir = SchemaIR(location: target.schema.location)
            ir.name = target.name
            named[name] = ir
            fill(ir, from: target.schema)
            return ir
        case .inline(let inline):
            let ir = SchemaIR(location: inline.schema.location)
            fill(ir, from: inline.schema)
            return ir
        }
    }

    mutating func fill(_ ir: SchemaIR, from s: Schema) {
        depth += 1
        defer { depth -= 1 }
        guard depth <= Self.maxDepth else { return }
        ir.types = s.types
        ir.format = s.format
        ir.nullable = s.nullable
        ir.title = s.title
        ir.description = s.description
        ir.enumValues = s.enumValues
        ir.readOnly = s.readOnly
        ir.writeOnly = s.writeOnly
        ir.deprecated = s.deprecated
        ir.example = s.example
        ir.defaultValue = s.defaultValue
        ir.constraints = s.constraints
        let required = NameSet(s.required)
        ir.requiredNames = s.required
        ir.fields = s.properties.map { Field(name: $0.name, schema: schema($0.schema), required: required.contains($0.name)) }
        ir.items = s.items.map { schema($0) }
        switch s.additionalProperties {
        case .absent: ir.additionalProperties = nil
        case .allowed(false):
            ir.additionalProperties = nil
            ir.closed = true
        case .allowed(true): ir.additionalProperties = .some(nil)
        case .schema(let ref):
            let inner = schema(ref)
            // `additionalProperties: {}` allows anything, like `true`.
            let isEmpty = inner.name == nil && inner.types.isEmpty && inner.fields.isEmpty && !inner.isComposite && inner.enumValues == nil
            ir.additionalProperties = isEmpty ? .some(nil) : .some(inner)
        }
        ir.allOf = s.allOf.map { schema($0) }
        ir.oneOf = s.oneOf.map { schema($0) }
        ir.anyOf = s.anyOf.map { schema($0) }
        if let d = s.discriminator {
            ir.discriminator = DiscriminatorIR(
                propertyName: d.propertyName,
                mapping: d.mapping.map { ($0.value, schema(.ref($0.key))) }
            )
        }
        ir.kind = Self.kind(of: s)
    }

    static func kind(of s: Schema) -> SchemaIR.Kind {
        if s.types.count == 1 {
            switch s.types[0] {
            case "object": return .object
            case "array": return .array
            case "string": return .string
            case "integer": return .integer
            case "number": return .number
            case "boolean": return .boolean
            default: return .any
            }
        }
        if s.types.isEmpty, s.allOf.isEmpty, s.oneOf.isEmpty, s.anyOf.isEmpty {
            if !s.properties.isEmpty { return .object }
            if s.items != nil { return .array }
            if let values = s.enumValues, !values.isEmpty, values.allSatisfy({ $0.stringValue != nil }) { return .string }
        }
        return .any
    }
}
