import SpecForgeLoad

/// Path items, operations and what they hold: parameters, request bodies, responses, media types,
/// encodings and security.
extension DocumentParser {
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
        if let links = map.entry("links") {
            warning(rfile, links.keyMark, "'links' are not supported; the links of response '\(status)' are ignored")
        }
        return Response(
            status: status,
            description: map["description"]?.string ?? "",
            content: parseContent(map["content"], rfile),
            headers: parseHeaders(map["headers"], rfile)
        )
    }

    /// The Header Objects of a response or an Encoding Object, by name, in document order: a
    /// `schema`, or a `content` (its first media type), and `explode`.
    mutating func parseHeaders(_ node: Node?, _ file: String) -> [Header] {
        var headers: [Header] = []
        for entry in node?.mapping?.entries ?? [] {
            guard let (h, hfile) = resolveObject(entry.value, file) else { continue }
            var schema = h["schema"].map { parseSchemaRef($0, hfile) }
            var contentType: String?
            if schema == nil, let first = h["content"]?.mapping?.entries.first {
                contentType = first.key
                schema = first.value["schema"].map { parseSchemaRef($0, hfile) }
            }
            headers.append(
                Header(
                    name: entry.key, description: h["description"]?.string, required: h["required"]?.scalar?.bool ?? false, schema: schema,
                    explode: h["explode"]?.scalar?.bool ?? false, contentType: contentType, location: Location(file: hfile, mark: h.mark)))
        }
        return headers
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
            url = url.replacingAll("{\(entry.key)}", with: value)
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
                    allowReserved: e["allowReserved"]?.scalar?.bool ?? false, headers: parseHeaders(e["headers"], efile),
                    location: Location(file: efile, mark: e.mark)))
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
}
