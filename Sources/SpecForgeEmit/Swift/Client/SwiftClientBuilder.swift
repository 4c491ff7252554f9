import SpecForgeBits
import SpecForgeIR
import SpecForgeParse
import SpecForgeRender

/// Builds the client's view: operation methods grouped by tag, and the authentication the spec declares.
struct SwiftClientBuilder {
    var resolver: SwiftTypeResolver
    let declsByName: [NameKey: SwiftDecl]
    /// The credentials the client takes (`authentication(_:)`).
    let credentials: [SwiftCredential]
    /// By security scheme name, the case of its credential.
    let credentialCases: [String: String]
    /// What the client cannot represent, where the spec says it.
    var warnings: [(location: Location, message: String)] = []

    init(resolver: SwiftTypeResolver, declsByName: [NameKey: SwiftDecl], credentials: [SwiftCredential]) {
        self.resolver = resolver
        self.declsByName = declsByName
        self.credentials = credentials
        self.credentialCases = Self.caseNames(credentials)
    }

    func decl(named name: String) -> SwiftDecl? {
        declsByName[NameKey(name)] ?? resolver.extraDecls.last { $0.name == name }
    }

    /// One method per operation; names unique across the client. Grouped by the file they go
    /// into: `Tag`, or `Tag+Part` for the parts of a tag with many operations (`SwiftClientFiles`).
    mutating func operations(_ model: APIModel) -> [(tag: String, ops: [SwiftOperationView])] {
        var methodNames = UniqueNames(reserved: ["init", "serverURL", "transport", "middlewares"])
        var byTag: [NameKey: [SwiftOperationView]] = [:]
        var fileNames: [NameKey: String] = [:]
        var claimedFiles = UniqueNames(reserved: ["client"])
        for op in model.operations {
            let tag = NameKey(op.tags.first ?? "Untagged")
            if fileNames[tag] == nil {
                let base = SwiftNaming.upperCamel(tag.string)
                let lower = claimedFiles.claim(base.lowercased())
                fileNames[tag] = lower == base.lowercased() ? base : base + lower.dropFirst(base.count)
            }
            let view = operation(op, methodNames: &methodNames)
            if view.pageElement != nil { view.pagedName = methodNames.claim(view.methodName + "Paginated") }
            if view.resultKind == "data" { view.streamName = methodNames.claim(view.methodName + "Stream") }
            if view.headersType != nil { view.headersName = methodNames.claim(view.methodName + "WithHeaders") }
            byTag[NameKey(fileNames[tag]!), default: []].append(view)
        }
        warnings += Self.unsendableSchemes(model, credentials)
        var files: [(tag: String, ops: [SwiftOperationView])] = []
        for tag in byTag.keys.map(\.string).sorted() {
            var partNames = UniqueNames()
            for part in SwiftClientFiles.split(byTag[NameKey(tag)]!, route: \.route) {
                // Unique ignoring case (file names): `Users`, `Users_2`.
                let name = part.name.isEmpty ? "" : part.name + partNames.claim(part.name.lowercased()).dropFirst(part.name.count)
                files.append((name.isEmpty ? tag : tag + "+" + name, part.ops))
            }
        }
        return files
    }

    /// What a method's parameters cannot be called: the request it builds. Made once, not per operation.
    static let reservedParameterNames: Set<String> = ["request"]

    mutating func operation(_ op: OperationIR, methodNames: inout UniqueNames) -> SwiftOperationView {
        let methodName = methodNames.claim(SwiftNaming.lowerCamel(op.operationId))
        let typeStem = SwiftNaming.upperCamel(op.operationId)
        var names = UniqueNames(reserved: Self.reservedParameterNames, expected: op.parameters.count + 1)
        var doc: [String] = []
        let summary = SwiftNaming.docLines(op.summary)
        if let s = summary { doc += s }
        if let d = SwiftNaming.docLines(op.description), d != summary {
            if !doc.isEmpty { doc.append("") }
            doc += d
        }
        if doc.isEmpty { doc = ["`\(op.method.rawValue.uppercased()) \(op.path)`"] }

        // Body: JSON first, then multipart, then form, then a wildcard media type (`*/*`,
        // `application/*`) whose schema is not a string, sent as JSON, then anything else as raw bytes.
        var bodyParam: SwiftOperationView.Parameter?
        var bodyKind: String?
        var bodyContentType = ""
        var binaryFields: [String] = []
        var bodyEncoding: [Encoding] = []
        var multipartParts = SwiftMultipart()
        var bodyIsText = false
        if let body = op.requestBody, !body.contents.isEmpty {
            let contents = body.contents
            let chosen =
                contents.first(where: \.isJSON)
                ?? contents.first { $0.contentType.hasPrefix("multipart/form-data") }
                ?? contents.first { $0.contentType.hasPrefix("application/x-www-form-urlencoded") }
                ?? contents.first(where: Self.rangeTakesJSON)
                ?? contents[0]
            bodyContentType = chosen.contentType
            bodyEncoding = chosen.encoding
            var type = "Data"
            let rangeTakesJSON = Self.rangeTakesJSON(chosen)
            if rangeTakesJSON {
                bodyContentType = "application/json"
            } else if Self.isMediaRange(chosen.contentType) {
                // A range is no Content-Type: bytes go as `application/octet-stream`, text as `text/plain`.
                bodyContentType = chosen.contentType.lowercased().hasPrefix("text/") ? "text/plain" : "application/octet-stream"
            }
            if chosen.isJSON || rangeTakesJSON {
                bodyKind = "json"
                type = chosen.schema.map { resolver.type(of: $0, hint: typeStem + "Body", inRequest: true, inResponse: false, owner: nil) } ?? "JSONValue"
            } else if chosen.contentType.hasPrefix("multipart/form-data") || chosen.contentType.hasPrefix("application/x-www-form-urlencoded") {
                bodyKind = chosen.contentType.hasPrefix("multipart/") ? "multipart" : "form"
                if let schema = chosen.schema {
                    type = resolver.type(of: schema, hint: typeStem + "Body", inRequest: true, inResponse: false, owner: nil)
                    binaryFields = (decl(named: type)?.properties ?? []).filter(\.isBinary).map(\.jsonName)
                } else {
                    type = "[String: JSONValue]"
                }
                if bodyKind == "multipart" { multipartParts = multipart(chosen, bodyType: type, op: op, typeStem: typeStem, names: &names) }
            } else {
                bodyKind = "raw"
                bodyIsText = chosen.contentType.hasPrefix("text/")
                type = bodyIsText ? "String" : "Data"
                unrepresentedSchema(chosen, of: op, what: "request body", as: type)
            }
            bodyParam = .init(
                name: names.claim("body"), type: type, optional: !body.required, doc: SwiftNaming.docLines(body.description)?.joined(separator: " "),
                isBody: true)
            if op.method == .get || op.method == .head {
                warnings.append(
                    (op.location,
                     "\(op.method.rawValue.uppercased()) \(op.path) has a request body, which URLSession (the client's default transport) refuses to send; calls with a body need another transport"))
            }
        }

        var required: [SwiftOperationView.Parameter] = []
        var optional: [SwiftOperationView.Parameter] = []
        var parts: [SwiftOperationView.RequestPart] = []
        var pathParameters: [String: (key: String, name: String, shape: SwiftOperationView.Shape, style: String, explode: Bool)] = [:]
        var hasPage = false, hasPageSize = false
        for p in op.parameters {
            let name = names.claim(SwiftNaming.lowerCamel(p.name))
            var (type, shape) = parameterType(p.schema, hint: typeStem + SwiftNaming.upperCamel(p.name))
            if p.location != .path, let contentType = p.contentType, ContentIR.isJSON(contentType) {
                type = resolver.type(of: p.schema, hint: typeStem + SwiftNaming.upperCamel(p.name), inRequest: true, inResponse: false, owner: nil)
                shape = .json
            }
            let required_ = p.required || p.location == .path
            let param = SwiftOperationView.Parameter(
                name: name, type: type, optional: !required_, doc: SwiftNaming.docLines(p.description)?.joined(separator: " "), source: p)
            if required_ { required.append(param) } else { optional.append(param) }
            let style = p.style.rawValue
            if shape == .list, let items = p.schema.items, items.kind == .object || !items.fields.isEmpty {
                warnings.append(
                    (op.location,
                     "\(p.location.rawValue) parameter '\(p.name)' of \(op.method.rawValue.uppercased()) \(op.path) is an array of objects, which OpenAPI gives no serialization; the Swift client takes its items as strings (\(type)), to be written as the API expects"))
            }
            if p.location == .header || p.location == .cookie, !Self.isToken(p.name) {
                warnings.append(
                    (op.location,
                     "\(p.location.rawValue) parameter '\(p.name)' of \(op.method.rawValue.uppercased()) \(op.path) is not a valid HTTP \(p.location == .header ? "header" : "cookie") name (letters, digits and !#$%&'*+-.^_`|~ only); the Swift client cannot send it"))
            }
            switch p.location {
            case .path:
                pathParameters[p.name] = (p.name, name, shape, style, p.explode)
            case .query:
                let isPage = p.name == "page" && shape == .value
                if isPage { hasPage = true }
                if p.name == "page_size" { hasPageSize = true }
                parts.append(
                    .init(call: "addQuery", key: p.name, name: name, shape: shape, style: style, explode: p.explode,
                          isDefault: p.style == .form && p.explode, isPage: isPage))
            case .header:
                parts.append(
                    .init(call: "addHeader", key: p.name, name: name, shape: shape, style: style, explode: p.explode,
                          isDefault: p.style == .simple && !p.explode, isPage: false))
            case .cookie:
                parts.append(
                    .init(call: "addCookie", key: p.name, name: name, shape: shape, style: style, explode: p.explode,
                          isDefault: p.style == .form && p.explode, isPage: false))
            }
        }
        var parameters = required
        if let bodyParam { parameters.append(bodyParam) }
        parameters += multipartParts.parameters
        parameters += optional
        let documented = parameters.filter { $0.doc != nil }
        if !documented.isEmpty {
            doc += ["", "- Parameters:"]
            for p in documented { doc.append("  - \(p.name): \(p.doc!)") }
        }

        let result = result(op, typeStem: typeStem)
        let (resultKind, resultType, accept) = (result.kind, result.type, result.accept)
        var statuses = op.responses.filter(\.isSuccess).compactMap { Int($0.status) }
        if statuses.isEmpty || op.responses.contains(where: { $0.isSuccess && Int($0.status) == nil }) { statuses = Array(200...299) }
        let errors = errorBodies(op, typeStem: typeStem)
        let headersType = responseHeaders(op, typeStem: typeStem)
        var pageElement: String?
        if hasPage, hasPageSize, resultKind == "json", resultType.hasPrefix("["), resultType.hasSuffix("]"), !resultType.contains(":") {
            pageElement = String(resultType.dropFirst().dropLast())
        }

        let view = SwiftOperationView(
            operationId: op.operationId,
            route: op.path,
            methodName: methodName,
            pageElement: pageElement,
            doc: doc,
            deprecated: op.deprecated,
            method: op.method.rawValue,
            path: Self.pathPieces(op.path, parameters: pathParameters),
            parameters: parameters,
            parts: parts,
            bodyKind: bodyKind,
            bodyOptional: bodyParam?.optional ?? false,
            bodyContentType: bodyContentType,
            binaryFields: binaryFields,
            bodyEncoding: bodyEncoding,
            multipart: multipartParts,
            bodyIsText: bodyIsText,
            resultKind: resultKind,
            resultType: resultType,
            statuses: statuses.count == 100 ? "200..<300" : "[" + statuses.map(String.init).joined(separator: ", ") + "]",
            security: Self.security(op, cases: credentialCases),
            accept: accept,
            statusCases: result.cases,
            errors: errors
        )
        view.headersType = headersType
        return view
    }

    /// The JSON bodies the operation documents for statuses other than success, each with the
    /// statuses it covers: exact ones, then ranges (`4XX`), then `default`.
    mutating func errorBodies(_ op: OperationIR, typeStem: String) -> [(statuses: String, type: String)] {
        var exact: [(String, String)] = []
        var ranges: [(String, String)] = []
        var fallback: [(String, String)] = []
        for response in op.responses where !response.isSuccess {
            guard let schema = response.json?.schema else { continue }
            let status = response.status.uppercased()
            let statuses: String
            if let code = Int(status) {
                statuses = "\(code)...\(code)"
            } else if status.count == 3, status.hasSuffix("XX"), let digit = Int(status.prefix(1)) {
                statuses = "\(digit * 100)...\(digit * 100 + 99)"
            } else if status == "DEFAULT" {
                statuses = "100...599"
            } else {
                continue
            }
            let hint = typeStem + "Error" + SwiftNaming.upperCamel(response.status).trimmingPrefix("_")
            let type = resolver.type(of: schema, hint: hint, inRequest: false, inResponse: true, owner: nil)
            if Int(status) != nil { exact.append((statuses, type)) } else if status == "DEFAULT" { fallback.append((statuses, type)) } else { ranges.append((statuses, type)) }
        }
        return exact + ranges + fallback
    }

    /// Whether a name is an HTTP token (RFC 9110), as header and cookie names must be.
    static func isToken(_ name: String) -> Bool {
        !name.isEmpty && name.unicodeScalars.allSatisfy { c in
            c.isASCII && (UInt8(c.value).isASCIILetter || UInt8(c.value).isASCIIDigit || "!#$%&'*+-.^_`|~".unicodeScalars.contains(c))
        }
    }

    /// A media type range (`*/*`, `application/*`) whose schema is not a string (of bytes or
    /// text) takes JSON: it is sent as `application/json`.
    static func rangeTakesJSON(_ content: ContentIR) -> Bool {
        isMediaRange(content.contentType) && content.schema.map { $0.types != ["string"] } == true
    }

    /// Whether a media type names a range (`*/*`, `application/*`) rather than one type.
    static func isMediaRange(_ contentType: String) -> Bool {
        let utf8 = contentType.utf8
        guard TextScan.isASCII(contentType) else {
            return (contentType.split(separator: ";").first ?? "").trimmingSpaces().hasSuffix("/*")
        }
        // ASCII: the first run of text between semicolons, less the spaces and tabs after it, read on bytes.
        var type = utf8.drop { $0 == UInt8(ascii: ";") }.prefix { $0 != UInt8(ascii: ";") }
        while let last = type.last, last == 0x20 || last == 0x09 { type = type.dropLast() }
        return type.count >= 2 && type.suffix(2).elementsEqual("/*".utf8)
    }

    /// `/api/keys/{uuid}/` → the text `/api/keys/`, the parameter `uuid`, the text `/`; a name
    /// that is no parameter stays in the text as written. A fragment (`/files/{id}#copy`, which
    /// tells apart operations of one path and method) is no part of a request: it is left out,
    /// and the query goes after the path.
    static func pathPieces(
        _ path: String, parameters: [String: (key: String, name: String, shape: SwiftOperationView.Shape, style: String, explode: Bool)]
    ) -> [SwiftOperationView.PathPiece] {
        var pieces: [SwiftOperationView.PathPiece] = []
        // Read on UTF-8 bytes: `{`, `}` and `#` are ASCII, and no byte of another character is one.
        var path = path
        path.withUTF8 { bytes in
            let end = bytes.firstIndex(of: UInt8(ascii: "#")) ?? bytes.count
            var text: [UInt8] = []
            var i = 0
            while i < end {
                guard bytes[i] == UInt8(ascii: "{"), let close = bytes[(i + 1)..<end].firstIndex(of: UInt8(ascii: "}")) else {
                    text.append(bytes[i])
                    i += 1
                    continue
                }
                let key = String(decoding: UnsafeBufferPointer(rebasing: bytes[(i + 1)..<close]), as: UTF8.self)
                if let parameter = parameters[key] {
                    if !text.isEmpty { pieces.append(.init(text: String(decoding: text, as: UTF8.self))) }
                    text.removeAll(keepingCapacity: true)
                    pieces.append(.init(text: "", parameter: parameter))
                } else {
                    text += bytes[i...close]
                }
                i = close + 1
            }
            if !text.isEmpty || pieces.isEmpty { pieces.append(.init(text: String(decoding: text, as: UTF8.self))) }
        }
        return pieces
    }

    /// The Swift type of a parameter and its shape: scalars and named enums are values, arrays
    /// of them lists, and objects (a schema with properties, or a map) are declared as types.
    mutating func parameterType(_ schema: SchemaIR, hint: String) -> (type: String, shape: SwiftOperationView.Shape) {
        if let member = SwiftTypeResolver.soleMember(schema) { return parameterType(member, hint: hint) }
        if schema.kind == .array, let items = schema.items {
            return ("[\(scalarType(items, hint: hint + "Item"))]", .list)
        }
        let isObject =
            schema.kind == .object
            || (schema.kind == .any && (!schema.fields.isEmpty || !SwiftTypeResolver.constrainingMembers(schema).isEmpty || schema.additionalProperties != nil))
        if isObject, !schema.isEnum {
            return (resolver.type(of: schema, hint: hint, inRequest: true, inResponse: false, owner: nil), .object)
        }
        return (scalarType(schema, hint: hint), .value)
    }

    /// The type of a scalar parameter value; an enum of strings or integers declared inline is
    /// a value enum of its own (`<Operation><Parameter>`, with the unknown case).
    mutating func scalarType(_ schema: SchemaIR, hint: String) -> String {
        if let name = resolver.name(of: schema), let decl = declsByName[NameKey(name)], decl.kind == .valueEnum { return name }
        if let member = SwiftTypeResolver.soleMember(schema) { return scalarType(member, hint: hint) }
        if resolver.name(of: schema) == nil, SwiftTypeResolver.isStringEnum(schema) || SwiftTypeResolver.isIntEnum(schema) {
            return resolver.type(of: schema, hint: hint, inRequest: true, inResponse: false, owner: nil)
        }
        // Parameters are text on the wire: binary strings and other kinds are sent as strings.
        guard let type = SwiftTypeResolver.primitiveType(of: schema), type != "Data" else { return "String" }
        return type
    }
}
