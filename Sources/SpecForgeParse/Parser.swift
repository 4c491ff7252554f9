import Foundation
import SpecForgeLoad

/// Turns a loaded value tree into a typed `Document`, resolving `$ref`s and collecting diagnostics.
public struct DocumentParser {
    public private(set) var diagnostics: [Diagnostic] = []
    let sources: SourceSet
    let rootFile: String
    private var schemas: [String: NamedSchema] = [:]
    private var schemaOrder: [String] = []
    /// Schema keys that stand for another key (a component naming a schema of another file).
    private var aliases: [String: String] = [:]
    /// Refs met while parsing that still need their target parsed.
    private var pendingRefs: [(key: String, ref: ResolvedRef)] = []
    private var pendingKeys: Set<String> = []
    /// Warnings already reported, so that each is reported once.
    private var reported: Set<Diagnostic> = []
    /// Files whose load error was already reported.
    private var reportedFiles: Set<String> = []
    /// How many schemas enclose the one being parsed.
    private var schemaDepth = 0

    /// The deepest nesting of schemas accepted; deeper ones are an error, not a stack overflow.
    public static let maxSchemaDepth = 256

    public init(sources: SourceSet, rootFile: String) {
        self.sources = sources
        self.rootFile = rootFile
    }

    /// Parses the root file of `sources`. Throws `Diagnostics` when any error was found.
    public static func parse(sources: SourceSet, rootFile: String) throws(Diagnostics) -> (Document, [Diagnostic]) {
        var parser = DocumentParser(sources: sources, rootFile: rootFile)
        let document = parser.parseDocument()
        let errors = parser.diagnostics.filter { $0.severity == .error }
        guard errors.isEmpty, let document else { throw Diagnostics(errors.isEmpty ? parser.diagnostics : errors) }
        return (document, parser.diagnostics.filter { $0.severity == .warning })
    }

    // MARK: Document

    mutating func parseDocument() -> Document? {
        guard let root = sources.root(rootFile) else { return nil }
        let file = rootFile
        guard let map = root.mapping else {
            error(file, root.mark, "expected an OpenAPI document (a mapping), found \(root.kindName)")
            return nil
        }
        if let swagger = map.entry("swagger") {
            error(file, swagger.keyMark, "Swagger \(swagger.value.string ?? "2.0") is not supported; SpecForge reads OpenAPI 3.0.x and 3.1.x (convert the document first)")
            return nil
        }
        guard let versionEntry = map.entry("openapi"), let version = versionEntry.value.string else {
            error(file, root.mark, "not an OpenAPI document: no 'openapi' version field (SpecForge reads OpenAPI 3.0.x and 3.1.x)")
            return nil
        }
        guard version.hasPrefix("3.0") || version.hasPrefix("3.1") else {
            error(file, versionEntry.value.mark, "OpenAPI \(version) is not supported; SpecForge reads OpenAPI 3.0.x and 3.1.x")
            return nil
        }
        let info = map["info"]
        var document = Document(
            openapi: version,
            title: info?["title"]?.string ?? "API",
            version: info?["version"]?.string ?? "",
            description: info?["description"]?.string,
            servers: map["servers"]?.sequence?.compactMap(Self.serverURL) ?? [],
            paths: [],
            schemas: [:],
            componentSchemaOrder: [],
            securitySchemes: [],
            security: parseSecurityRequirements(map["security"])
        )
        for tag in map["tags"]?.sequence ?? [] {
            guard let name = tag["name"]?.string else { continue }
            document.tags.append(Tag(name: name, description: tag["description"]?.string))
        }
        if let webhooks = map.entry("webhooks") {
            warning(file, webhooks.keyMark, "'webhooks' are not supported; the section is ignored")
        }
        let components = map["components"]
        if let componentSchemas = components?["schemas"] {
            if let entries = expectMapping(componentSchemas, file, "components.schemas") {
                // A component that only refers to a schema in another file names that schema:
                // every route to it then reaches this one named type.
                var targets: [String: (Node, String)] = [:]
                for entry in entries.entries {
                    guard let text = entry.value.mapping?["$ref"]?.string, let ref = sources.resolve(text, from: file) else { continue }
                    let targetKey = schemaKey(file: ref.file, pointer: ref.pointer)
                    let key = schemaKey(file: file, pointer: "/components/schemas/" + escapePointer(entry.key))
                    guard ref.file != file || !ref.pointer.hasPrefix("/components/schemas/"), targetKey != key else { continue }
                    if case .success(let node) = sources.node(file: ref.file, pointer: ref.pointer) {
                        aliases[targetKey] = key
                        targets[key] = (node, ref.file)
                    }
                }
                for entry in entries.entries {
                    if !Self.canBeIdentifier(entry.key) {
                        error(file, entry.keyMark, "schema name '\(entry.key)' cannot become a type name: it has no letters or digits")
                    }
                    let key = schemaKey(file: file, pointer: "/components/schemas/" + escapePointer(entry.key))
                    let (node, nodeFile) = targets[key] ?? (entry.value, file)
                    schemaOrder.append(key)
                    schemas[key] = NamedSchema(key: key, name: entry.key, schema: parseSchema(node, nodeFile))
                }
            }
        }
        if let schemes = components?["securitySchemes"]?.mapping {
            for entry in schemes.entries {
                guard let (node, nodeFile) = resolveObject(entry.value, file) else { continue }
                if let scheme = parseSecurityScheme(entry.key, node, nodeFile) { document.securitySchemes.append(scheme) }
            }
        }
        if let paths = map["paths"], let entries = expectMapping(paths, file, "paths") {
            var seenIds: [String: Location] = [:]
            for entry in entries.entries {
                guard let item = parsePathItem(entry.key, entry.value, file, keyMark: entry.keyMark) else { continue }
                for op in item.operations {
                    if let first = seenIds[op.operationId] {
                        error(op.location.file, op.location.mark, "duplicate operationId '\(op.operationId)' (first used at \(first))")
                    } else {
                        seenIds[op.operationId] = op.location
                    }
                }
                document.paths.append(item)
            }
        }
        resolvePendingRefs()
        document.schemas = schemas
        document.componentSchemaOrder = schemaOrder
        return document
    }

    // MARK: Paths and operations

    mutating func parsePathItem(_ path: String, _ node: Node, _ file: String, keyMark: Mark) -> PathItem? {
        guard let (resolved, itemFile) = resolveObject(node, file), let map = expectMapping(resolved, itemFile, "path item '\(path)'") else {
            return nil
        }
        if !path.hasPrefix("/") {
            warning(file, keyMark, "path '\(path)' does not start with '/'")
        }
        let shared = parseParameters(map["parameters"], itemFile)
        var operations: [Operation] = []
        for entry in map.entries {
            guard let method = HTTPMethod(rawValue: entry.key) else { continue }
            // An operation object may be a `$ref` (to this file or another), as tools commonly allow.
            guard let (opNode, opFile) = resolveObject(entry.value, itemFile),
                let opMap = expectMapping(opNode, opFile, "operation \(entry.key.uppercased()) \(path)")
            else { continue }
            var parameters = parseParameters(opMap["parameters"], opFile)
            for p in shared where !parameters.contains(where: { $0.name == p.name && $0.location == p.location }) {
                parameters.append(p)
            }
            let operationId = opMap["operationId"]?.string ?? Self.synthesizedOperationId(method, path)
            if let idNode = opMap["operationId"], !Self.canBeIdentifier(operationId) {
                error(opFile, idNode.mark, "operationId '\(operationId)' cannot become a method name: it has no letters or digits")
            }
            if let callbacks = opMap.entry("callbacks") {
                warning(opFile, callbacks.keyMark, "'callbacks' are not supported; the callbacks of \(entry.key.uppercased()) \(path) are ignored")
            }
            var responses: [Response] = []
            if let responsesNode = opMap["responses"], let rmap = expectMapping(responsesNode, opFile, "responses") {
                for r in rmap.entries {
                    if let response = parseResponse(r.key, r.value, opFile) { responses.append(response) }
                }
            }
            operations.append(
                Operation(
                    method: method,
                    path: path,
                    operationId: operationId,
                    tags: opMap["tags"]?.sequence?.compactMap(\.string) ?? [],
                    summary: opMap["summary"]?.string,
                    description: opMap["description"]?.string,
                    deprecated: opMap["deprecated"]?.scalar?.bool ?? false,
                    parameters: parameters,
                    requestBody: opMap["requestBody"].flatMap { parseRequestBody($0, opFile) },
                    responses: responses,
                    security: opMap["security"].map { parseSecurityRequirements($0) },
                    location: Location(file: itemFile, mark: entry.keyMark),
                    hasOperationId: opMap["operationId"]?.string != nil
                )
            )
        }
        return PathItem(path: path, operations: operations, location: Location(file: file, mark: keyMark))
    }

    /// Whether a name can be turned into a Swift identifier (it has a letter or a digit to keep).
    static func canBeIdentifier(_ name: String) -> Bool {
        name.contains { $0.isLetter || $0.isNumber }
    }

    /// `get /pets/{id}` → `get_pets_id`, for operations the document gives no id.
    static func synthesizedOperationId(_ method: HTTPMethod, _ path: String) -> String {
        var words = [method.rawValue]
        for segment in path.split(separator: "/") {
            let cleaned = segment.filter { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" }
            if !cleaned.isEmpty { words.append(cleaned.replacingAll("-", with: "_")) }
        }
        return words.joined(separator: "_")
    }

    mutating func parseParameters(_ node: Node?, _ file: String) -> [Parameter] {
        guard let node else { return [] }
        guard let items = node.sequence else {
            error(file, node.mark, "'parameters' must be a list, found \(node.kindName)")
            return []
        }
        return items.compactMap { parseParameter($0, file) }
    }

    mutating func parseParameter(_ node: Node, _ file: String) -> Parameter? {
        guard let (resolved, pfile) = resolveObject(node, file), let map = expectMapping(resolved, pfile, "parameter") else { return nil }
        guard let name = map["name"]?.string else {
            error(pfile, resolved.mark, "parameter has no 'name'")
            return nil
        }
        guard let inNode = map["in"] else {
            error(pfile, resolved.mark, "parameter '\(name)' has no 'in' (path, query, header or cookie)")
            return nil
        }
        guard let inText = inNode.string, let location = Parameter.In(rawValue: inText) else {
            warning(pfile, inNode.mark, "parameter '\(name)' has unsupported 'in: \(inNode.string ?? inNode.kindName)' (expected path, query, header or cookie); the parameter is ignored")
            return nil
        }
        let defaultStyle: Parameter.Style = (location == .query || location == .cookie) ? .form : .simple
        var style = defaultStyle
        if let styleNode = map["style"] {
            if let s = styleNode.string.flatMap(Parameter.Style.init(rawValue:)) {
                style = s
            } else {
                error(pfile, styleNode.mark, "unknown parameter style '\(styleNode.string ?? "")'")
            }
        }
        var schema = map["schema"].map { parseSchemaRef($0, pfile) }
        var contentType: String?
        if schema == nil, let content = map["content"]?.mapping, let first = content.entries.first {
            contentType = first.key
            schema = first.value["schema"].map { parseSchemaRef($0, pfile) }
        }
        return Parameter(
            name: name,
            location: location,
            required: map["required"]?.scalar?.bool ?? (location == .path),
            description: map["description"]?.string,
            deprecated: map["deprecated"]?.scalar?.bool ?? false,
            schema: schema,
            style: style,
            explode: map["explode"]?.scalar?.bool ?? (style == .form),
            contentType: contentType,
            example: example(map, pfile),
            source: Location(file: pfile, mark: resolved.mark)
        )
    }

    mutating func parseRequestBody(_ node: Node, _ file: String) -> RequestBody? {
        guard let (resolved, bfile) = resolveObject(node, file), let map = expectMapping(resolved, bfile, "request body") else { return nil }
        return RequestBody(
            description: map["description"]?.string,
            required: map["required"]?.scalar?.bool ?? false,
            content: parseContent(map["content"], bfile)
        )
    }

    mutating func parseResponse(_ status: String, _ node: Node, _ file: String) -> Response? {
        guard let (resolved, rfile) = resolveObject(node, file), let map = expectMapping(resolved, rfile, "response \(status)") else { return nil }
        var headers: [Header] = []
        for entry in map["headers"]?.mapping?.entries ?? [] {
            guard let (h, hfile) = resolveObject(entry.value, rfile) else { continue }
            headers.append(
                Header(
                    name: entry.key,
                    description: h["description"]?.string,
                    required: h["required"]?.scalar?.bool ?? false,
                    schema: h["schema"].map { parseSchemaRef($0, hfile) }
                )
            )
        }
        return Response(
            status: status,
            description: map["description"]?.string ?? "",
            content: parseContent(map["content"], rfile),
            headers: headers
        )
    }

    mutating func parseContent(_ node: Node?, _ file: String) -> [MediaType] {
        guard let node, let map = expectMapping(node, file, "content") else { return [] }
        return map.entries.map { entry in
            // A media type object given as a `$ref` is read where it points.
            let (node, mfile) = resolveObject(entry.value, file) ?? (entry.value, file)
            return MediaType(
                contentType: entry.key, schema: node["schema"].map { parseSchemaRef($0, mfile) },
                example: node.mapping.flatMap { example($0, mfile) }, encoding: parseEncoding(node["encoding"], mfile))
        }
    }

    /// The `example` of a parameter or media type, else the `value` of the first of its `examples`
    /// (an Example Object, possibly a `$ref`).
    mutating func example(_ map: Mapping, _ file: String) -> JSONValue? {
        if let node = map["example"] { return literal(node, file) }
        guard let first = map["examples"]?.mapping?.entries.first, let (node, efile) = resolveObject(first.value, file),
            let value = node["value"]
        else { return nil }
        return literal(value, efile)
    }

    /// A server's URL with each `{variable}` replaced by the variable's `default`.
    static func serverURL(_ node: Node) -> String? {
        guard var url = node["url"]?.string else { return nil }
        for entry in node["variables"]?.mapping?.entries ?? [] {
            guard let value = entry.value["default"]?.string else { continue }
            url = url.replacingOccurrences(of: "{\(entry.key)}", with: value)
        }
        return url
    }

    /// The Encoding Objects of a media type: per property, its content type, style, explode and allowReserved.
    mutating func parseEncoding(_ node: Node?, _ file: String) -> [Encoding] {
        guard let node, let map = expectMapping(node, file, "encoding") else { return [] }
        var out: [Encoding] = []
        for entry in map.entries {
            guard let (e, efile) = resolveObject(entry.value, file) else { continue }
            var style: Parameter.Style?
            if let styleNode = e["style"] {
                style = styleNode.string.flatMap(Parameter.Style.init(rawValue:))
                if style == nil { error(efile, styleNode.mark, "unknown encoding style '\(styleNode.string ?? "")'") }
            }
            out.append(
                Encoding(
                    property: entry.key, contentType: e["contentType"]?.string, style: style, explode: e["explode"]?.scalar?.bool,
                    allowReserved: e["allowReserved"]?.scalar?.bool ?? false, location: Location(file: efile, mark: e.mark)))
        }
        return out
    }

    mutating func parseSecurityScheme(_ name: String, _ node: Node, _ file: String) -> SecurityScheme? {
        let type = node["type"]?.string ?? ""
        let kind: SecurityScheme.Kind
        switch type {
        case "apiKey": kind = .apiKey(name: node["name"]?.string ?? "Authorization", in: node["in"]?.string ?? "header")
        case "http": kind = .http(scheme: node["scheme"]?.string ?? "bearer")
        case "oauth2": kind = .oauth2
        case "openIdConnect": kind = .openIdConnect
        default:
            let what = node["type"] == nil ? "has no 'type'" : "has unsupported type '\(type)'"
            warning(file, node["type"]?.mark ?? node.mark, "security scheme '\(name)' \(what) (expected apiKey, http, oauth2 or openIdConnect); it is ignored")
            return nil
        }
        return SecurityScheme(name: name, kind: kind, description: node["description"]?.string)
    }

    func parseSecurityRequirements(_ node: Node?) -> [[String]] {
        node?.sequence?.map { $0.mapping?.entries.map(\.key) ?? [] } ?? []
    }

    // MARK: Schemas

    mutating func parseSchemaRef(_ node: Node, _ file: String) -> SchemaRef {
        if let map = node.mapping, let refNode = map["$ref"] {
            guard let key = schemaRefKey(refNode, file) else { return .inline(Schema(location: Location(file: file, mark: node.mark))) }
            return .ref(key)
        }
        return .inline(parseSchema(node, file))
    }

    mutating func parseSchema(_ node: Node, _ file: String) -> Schema {
        var schema = Schema(location: Location(file: file, mark: node.mark))
        guard let map = node.mapping else {
            if node.scalar?.isNull == true {
                warning(file, node.mark, "schema is null; read as an empty schema (any value)")
            } else if let text = node.string, node.scalar?.bool == nil {
                error(file, node.mark, "expected a schema (a mapping), found a scalar '\(text)'")
            } else if node.scalar == nil {
                error(file, node.mark, "expected a schema (a mapping), found \(node.kindName)")
            }
            return schema
        }
        schemaDepth += 1
        defer { schemaDepth -= 1 }
        guard schemaDepth <= Self.maxSchemaDepth else {
            error(file, node.mark, "schema nested deeper than \(Self.maxSchemaDepth) levels")
            return schema
        }
        for entry in map.entries {
            let value = entry.value
            switch entry.key {
            case "type":
                if let s = value.string {
                    schema.types = [s]
                } else if let list = value.sequence {
                    for t in list.compactMap(\.string) {
                        if t == "null" { schema.nullable = true } else { schema.types.append(t) }
                    }
                } else {
                    error(file, value.mark, "'type' must be a string or a list of strings")
                }
            case "nullable": schema.nullable = schema.nullable || (value.scalar?.bool ?? false)
            case "pattern": schema.constraints.pattern = value.string
            case "minLength": schema.constraints.minLength = value.scalar?.int
            case "maxLength": schema.constraints.maxLength = value.scalar?.int
            case "minimum": schema.constraints.minimum = value.string.flatMap(Double.init)
            case "maximum": schema.constraints.maximum = value.string.flatMap(Double.init)
            case "minItems": schema.constraints.minItems = value.scalar?.int
            case "format": schema.format = value.string
            case "title": schema.title = value.string
            case "description": schema.description = value.string
            case "enum":
                guard value.sequence != nil, case .array(let items) = literal(value, file) else {
                    warning(file, value.mark, "'enum' must be a list of values, found \(value.kindName); it is ignored")
                    continue
                }
                schema.enumValues = items
                if schema.enumValues?.contains(.null) == true {
                    schema.nullable = true
                    schema.enumValues?.removeAll { $0 == .null }
                }
            case "const": schema.enumValues = [literal(value, file)]
            case "properties":
                guard let props = expectMapping(value, file, "properties") else { continue }
                schema.properties = props.entries.map { ($0.key, parseSchemaRef($0.value, file)) }
            case "required":
                schema.required = value.sequence?.compactMap(\.string) ?? []
            case "items":
                schema.items = parseSchemaRef(value, file)
            case "additionalProperties":
                if let b = value.scalar?.bool {
                    schema.additionalProperties = .allowed(b)
                } else {
                    schema.additionalProperties = .schema(parseSchemaRef(value, file))
                }
            case "$ref":
                // A named schema that refers to another (`Alias: {$ref: ...}`) is that schema; kept as
                // a one-member `allOf`, with any sibling keywords (OpenAPI 3.1) beside it.
                if let key = schemaRefKey(value, file) { schema.allOf.insert(.ref(key), at: 0) }
            case "allOf": schema.allOf += parseSchemaList(value, file, "allOf")
            case "oneOf": schema.oneOf = parseSchemaList(value, file, "oneOf")
            case "anyOf": schema.anyOf = parseSchemaList(value, file, "anyOf")
            case "discriminator":
                guard let name = value["propertyName"]?.string else { continue }
                var mapping: [(String, String)] = []
                for m in value["mapping"]?.mapping?.entries ?? [] {
                    guard let target = m.value.string else { continue }
                    let refNode = Node(.scalar(Scalar(target.contains("/") || target.contains("#") ? target : "#/components/schemas/" + target, isPlain: false)), mark: m.value.mark)
                    if let key = schemaRefKey(refNode, file) { mapping.append((m.key, key)) }
                }
                schema.discriminator = Discriminator(propertyName: name, mapping: mapping)
            case "readOnly": schema.readOnly = value.scalar?.bool ?? false
            case "writeOnly": schema.writeOnly = value.scalar?.bool ?? false
            case "deprecated": schema.deprecated = value.scalar?.bool ?? false
            case "example": schema.example = literal(value, file)
            case "examples":
                if schema.example == nil, let first = value.sequence?.first { schema.example = literal(first, file) }
            case "default": schema.defaultValue = literal(value, file)
            default: break
            }
        }
        return schema
    }

    /// A literal value (`example`, `default`, `enum`), reported when it nests too deeply to keep.
    mutating func literal(_ node: Node, _ file: String) -> JSONValue {
        if let deep = node.firstNode(deeperThan: JSONValue.maxDepth) {
            error(file, deep.mark, "value nested deeper than \(JSONValue.maxDepth) levels")
        }
        return JSONValue(node)
    }

    mutating func parseSchemaList(_ node: Node, _ file: String, _ what: String) -> [SchemaRef] {
        guard let items = node.sequence else {
            error(file, node.mark, "'\(what)' must be a list of schemas, found \(node.kindName)")
            return []
        }
        return items.map { parseSchemaRef($0, file) }
    }

    /// The key a schema `$ref` names, scheduling its target to be parsed.
    mutating func schemaRefKey(_ refNode: Node, _ file: String) -> String? {
        guard let text = refNode.string else {
            error(file, refNode.mark, "'$ref' must be a string")
            return nil
        }
        guard let ref = resolveRef(text, file, refNode.mark, ignored: "read as an empty schema (any value)") else { return nil }
        let rawKey = schemaKey(file: ref.file, pointer: ref.pointer)
        let key = aliases[rawKey] ?? rawKey
        if schemas[key] == nil, pendingKeys.insert(key).inserted {
            pendingRefs.append((key, ResolvedRef(file: ref.file, pointer: ref.pointer, text: text, from: Location(file: file, mark: refNode.mark))))
        }
        return key
    }

    /// Component schemas of the root file are keyed by their name; anything else by file and pointer.
    func schemaKey(file: String, pointer: String) -> String {
        let prefix = "/components/schemas/"
        if file == rootFile, pointer.hasPrefix(prefix), !pointer.utf8.dropFirst(prefix.utf8.count).contains(UInt8(ascii: "/")) {
            return unescapePointer(String(pointer.dropFirst(prefix.count)))
        }
        return file == rootFile ? "#" + pointer : file + "#" + pointer
    }

    mutating func resolvePendingRefs() {
        // First in, first out: named schemas are ordered as the document reaches them.
        var next = 0
        while next < pendingRefs.count {
            let (key, ref) = pendingRefs[next]
            next += 1
            if schemas[key] != nil { continue }
            switch sources.node(file: ref.file, pointer: ref.pointer) {
            case .success(let node):
                let segments = ref.pointer.split(separator: "/")
                let name = segments.last.map { unescapePointer(String($0)) } ?? Self.fileStem(ref.file)
                if !Self.canBeIdentifier(name) {
                    error(ref.from.file, ref.from.mark, "'$ref: \(ref.text)' names a schema '\(name)' that cannot become a type name: it has no letters or digits")
                }
                // A placeholder first, so that a cycle through this schema ends here.
                schemas[key] = NamedSchema(key: key, name: name, schema: Schema(location: Location(file: ref.file, mark: node.mark)))
                schemaOrder.append(key)
                let schema = parseSchema(node, ref.file)
                schemas[key]?.schema = schema
            case .failure(let problem):
                unresolved(ref.text, ref.from.file, ref.from.mark, problem)
            }
        }
    }

    mutating func unresolved(_ text: String, _ file: String, _ mark: Mark, _ problem: SourceSet.Problem) {
        error(file, mark, "unresolved reference '\(text)': \(problem.message)")
        if let e = problem.loadError, let at = e.mark, reportedFiles.insert(e.file).inserted {
            error(e.file, at, e.message)
        }
    }

    /// The file and pointer a `$ref` names; nil (reported) when it names none SpecForge can read.
    mutating func resolveRef(_ text: String, _ file: String, _ mark: Mark, ignored: String) -> (file: String, pointer: String)? {
        if let ref = sources.resolve(text, from: file) { return ref }
        if text.split(separator: "#", maxSplits: 1).first?.contains("://") == true {
            warning(file, mark, "'$ref: \(text)' names a URL; remote references are not supported, so it is \(ignored)")
        } else {
            error(file, mark, "cannot resolve '$ref: \(text)': the part after '#' must be a JSON pointer starting with '/'")
        }
        return nil
    }

    static func fileStem(_ path: String) -> String {
        let last = path.split(separator: "/").last.map(String.init) ?? path
        return last.split(separator: ".").first.map(String.init) ?? last
    }

    // MARK: Helpers

    /// Follows a `$ref` (for parameters, bodies, responses...) to the object it names.
    mutating func resolveObject(_ node: Node, _ file: String) -> (Node, String)? {
        var current = (node, file)
        var hops = 0
        while let refNode = current.0.mapping?["$ref"] {
            hops += 1
            guard let text = refNode.string else {
                error(current.1, refNode.mark, "'$ref' must be a string")
                return nil
            }
            guard hops <= 32 else {
                error(file, node.mark, "'$ref' chain does not end after 32 references (a reference cycle?)")
                return nil
            }
            guard let ref = resolveRef(text, current.1, refNode.mark, ignored: "ignored") else { return nil }
            switch sources.node(file: ref.file, pointer: ref.pointer) {
            case .success(let target): current = (target, ref.file)
            case .failure(let problem):
                unresolved(text, current.1, refNode.mark, problem)
                return nil
            }
        }
        return current
    }

    mutating func expectMapping(_ node: Node, _ file: String, _ what: String) -> Mapping? {
        if let m = node.mapping { return m }
        if node.scalar?.isNull == true { return Mapping() }
        error(file, node.mark, "\(what) must be a mapping, found \(node.kindName)")
        return nil
    }

    mutating func error(_ file: String, _ mark: Mark, _ message: String) {
        diagnostics.append(Diagnostic(.error, file: file, mark: mark, message))
    }

    mutating func warning(_ file: String, _ mark: Mark, _ message: String) {
        let d = Diagnostic(.warning, file: file, mark: mark, message)
        if reported.insert(d).inserted { diagnostics.append(d) }
    }
}

struct ResolvedRef {
    var file: String
    var pointer: String
    var text: String
    var from: Location
}

func escapePointer(_ s: String) -> String {
    s.replacingAll("~", with: "~0").replacingAll("/", with: "~1")
}

func unescapePointer(_ s: String) -> String {
    s.replacingAll("~1", with: "/").replacingAll("~0", with: "~")
}
