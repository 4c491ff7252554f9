import SpecForgeIR
import SpecForgeParse
import SpecForgeRender

/// The Python tab as openapi-python-client (0.29) generates the client (the default mode): its
/// package, `api.<tag>.<operation>` module, argument names, body model (`from_dict` of the same
/// JSON the other tabs send), `Client` or `AuthenticatedClient`, and `sync` only where the
/// generated module has it (a response with a typed body), else `sync_detailed`.
struct PythonTab {
    var view: OperationView
    var values: RequestExample
    var package: String
    var sourceURL: String?

    var op: OperationIR { view.op }

    /// The module of the operation's first tag (`default` without one).
    var tagModule: String { PythonNaming.identifier(op.tags.first ?? "default", prefix: "tag") }

    var endpointName: String {
        op.hasOperationId ? op.operationId : PythonNaming.generatedOperationId(method: op.method.rawValue, path: op.path)
    }

    var functionModule: String { PythonNaming.identifier(endpointName) }

    /// Argument names by parameter: snake case; `client` and `url` get their location appended, as do
    /// names two locations share; two names of one location that collide keep their own spelling.
    var argumentNames: [String: String] {
        let params = [Parameter.In.path, .query, .header, .cookie].flatMap { op.parameters(in: $0) }
        var names = params.map { PythonNaming.identifier($0.name) }
        for (i, p) in params.enumerated() where names[i] == "client" || names[i] == "url" {
            names[i] = PythonNaming.identifier(names[i] + "_" + p.location.rawValue)
        }
        for i in params.indices {
            for j in params.indices where j > i && names[i] == names[j] {
                if params[i].location != params[j].location {
                    names[i] = PythonNaming.identifier(names[i] + "_" + params[i].location.rawValue)
                    names[j] = PythonNaming.identifier(names[j] + "_" + params[j].location.rawValue)
                } else if params[i].name != params[j].name {
                    names[i] = PythonNaming.identifier(params[i].name, skipSnakeCase: true)
                    names[j] = PythonNaming.identifier(params[j].name, skipSnakeCase: true)
                }
            }
        }
        var out: [String: String] = [:]
        for (p, name) in zip(params, names) { out[p.location.rawValue + "/" + p.name] = name }
        return out
    }

    /// Whether the generated module has `sync`: some response has a body of a type it reads
    /// (JSON, `+json`, `text/*`, `application/octet-stream`) with a schema other than "any".
    var hasSync: Bool {
        op.responses.contains { response in
            guard let content = response.contents.first(where: { Self.readable($0.contentType) }) else { return false }
            guard let schema = content.schema else { return false }
            // A schema the generator cannot turn into a type leaves the response out.
            guard view.page.pythonSupport.supports(schema) else { return false }
            return !schema.types.isEmpty || schema.isComposite || !schema.fields.isEmpty || schema.enumValues != nil
        }
    }

    /// Whether openapi-python-client generates the operation at all: it leaves out operations
    /// with a request body content type it does not send, or a body schema it cannot type.
    var isGenerated: Bool {
        op.requestBody?.contents.allSatisfy { content in
            Self.bodyType(content.contentType) != nil && (content.schema.map { view.page.pythonSupport.supports($0) } ?? true)
        } ?? true
    }

    static func readable(_ contentType: String) -> Bool {
        let type = contentType.split(separator: ";").first.map { $0.trimmingSpaces().lowercased() } ?? ""
        return type == "application/json" || type.hasSuffix("+json") || type.hasPrefix("text/") || type == "application/octet-stream"
    }

    /// The body argument: a model's `from_dict`, a file, or a plain value; and what it imports.
    func bodyExpression() -> (code: String, models: [String], imports: [String])? {
        guard let body = values.body else { return nil }
        switch body.kind {
        case .raw:
            return ("File(payload=BytesIO(\(PythonLiteral.bytes(OperationView.plain(body.value)))))", [], ["from io import BytesIO", "from \(package).types import File"])
        case .json, .form, .multipart:
            guard let schema = body.schema else { return (PythonLiteral.pretty(body.value), [], []) }
            let isModel = schema.kind == .object || !schema.fields.isEmpty || !schema.allOf.isEmpty
            if isModel, schema.oneOf.isEmpty, schema.anyOf.isEmpty {
                let supported = op.requestBody?.contents.filter { Self.bodyType($0.contentType) != nil }.count ?? 1
                let bodyType = Self.bodyType(body.contentType) ?? "json"
                let parent = supported > 1 ? "\(functionModule)_\(bodyType)" : functionModule
                let name = schema.name.map { PythonNaming.className($0) } ?? PythonNaming.className(parent + "_body")
                // A multipart model reads its files from bytes.
                let literal = PythonLiteral.pretty(body.pythonValue, bytesKeys: body.files)
                return ("\(name).from_dict(\(literal))", [name], [])
            }
            if let name = schema.name, schema.isEnum {
                let cls = PythonNaming.className(name)
                return ("\(cls)(\(PythonLiteral.pretty(body.value)))", [cls], [])
            }
            return (PythonLiteral.pretty(body.value), [], [])
        }
    }

    /// openapi-python-client's body kinds by content type; nil for those it does not read.
    static func bodyType(_ contentType: String) -> String? {
        let type = contentType.split(separator: ";").first.map { $0.trimmingSpaces().lowercased() } ?? ""
        switch type {
        case "application/x-www-form-urlencoded": return "data"
        case "multipart/form-data": return "files"
        case "application/octet-stream": return "content"
        case "application/json": return "json"
        default: return type.hasSuffix("+json") ? "json" : nil
        }
    }

    var templateValue: Value {
        let names = argumentNames
        var args: [String] = values.path.map { "\(names["path/" + $0.0.name] ?? $0.0.name)=\(PythonLiteral.pretty($0.1))" }
        args.append("client=client")
        let body = bodyExpression()
        if body != nil { args.append("body=body_data") }
        for (location, list) in [("query", values.query), ("header", values.headers), ("cookie", values.cookies)] {
            args += list.map { "\(names[location + "/" + $0.0.name] ?? $0.0.name)=\(PythonLiteral.pretty($0.1))" }
        }
        let needsToken = view.page.auth.needsCredentials(op)
        let models = body?.models ?? []
        var footnotes: [Value] = []
        var modelLines: [Value] = []
        for (i, name) in models.enumerated() {
            let n = sourceURL == nil ? "" : String(i + 1)
            modelLines.append(["name": .string(name), "n": n.isEmpty ? .null : .string(n)])
            if let url = sourceURL {
                footnotes.append(["n": .string(n), "kind": "Model", "name": .string(name), "url": .string("\(url)/models/\(PythonNaming.snakeCase(name)).py")])
            }
        }
        let apiN = sourceURL == nil ? "" : String(models.count + 1)
        if let url = sourceURL {
            footnotes.append(["n": .string(apiN), "kind": "API", "name": .string(functionModule), "url": .string("\(url)/api/\(tagModule)/\(functionModule).py")])
        }
        return [
            "upstream": false,
            "package": .string(package),
            "clientClass": .string(needsToken ? "AuthenticatedClient" : "Client"),
            "token": .bool(needsToken),
            "imports": .list((body?.imports ?? []).map { .string($0) }),
            "modelImports": .list(modelLines),
            "apiModule": .string(tagModule),
            "function": .string(functionModule),
            "apiN": apiN.isEmpty ? .null : .string(apiN),
            "baseURL": .string(view.page.baseURL),
            "bodyValue": body.map { .string($0.code.replacingAll("\n", with: "\n    ")) } ?? .null,
            "call": .string(hasSync ? "sync" : "sync_detailed"),
            "args": OperationView.commaList(args.map { $0.replacingAll("\n", with: "\n        ") }),
            "footnotes": .list(footnotes),
            "hasFootnotes": .bool(!footnotes.isEmpty),
        ]
    }
}

/// JSON values written as Python literals: `True`, `False`, `None`, dicts and lists.
enum PythonLiteral {
    /// `bytesKeys`: members of a top-level object written as bytes (`b"…"`).
    static func pretty(_ v: JSONValue, level: Int = 0, bytesKeys: Set<String> = []) -> String {
        let pad = String(repeating: "    ", count: level + 1)
        let end = String(repeating: "    ", count: level)
        switch v {
        case .null: return "None"
        case .bool(let b): return b ? "True" : "False"
        case .int(let i): return String(i)
        case .double(let d): return d.isFinite ? JSONText.number(d) : "float(\"\(d < 0 ? "-inf" : d > 0 ? "inf" : "nan")\")"
        case .string(let s):
            var out = ""
            JSONText.quote(s, into: &out, asciiOnly: true)
            return out
        case .array(let items):
            if items.isEmpty { return "[]" }
            return "[\n" + items.map { pad + pretty($0, level: level + 1) }.joined(separator: ",\n") + ",\n" + end + "]"
        case .object(let pairs):
            if pairs.isEmpty { return "{}" }
            return "{\n"
                + pairs.map { pair -> String in
                    var key = ""
                    JSONText.quote(pair.key, into: &key, asciiOnly: true)
                    if bytesKeys.contains(pair.key) {
                        if case .array(let files) = pair.value {
                            return pad + key + ": [" + files.map { bytes(OperationView.plain($0)) }.joined(separator: ", ") + "]"
                        }
                        return pad + key + ": " + bytes(OperationView.plain(pair.value))
                    }
                    return pad + key + ": " + pretty(pair.value, level: level + 1)
                }.joined(separator: ",\n") + ",\n" + end + "}"
        }
    }

    /// A bytes literal of UTF-8 text: `b"…"`.
    static func bytes(_ s: String) -> String {
        var out = "b\""
        for byte in s.utf8 {
            switch byte {
            case UInt8(ascii: "\""): out += "\\\""
            case UInt8(ascii: "\\"): out += "\\\\"
            case 0x20..<0x7F: out.unicodeScalars.append(Unicode.Scalar(byte))
            default: out += "\\x" + (byte < 16 ? "0" : "") + String(byte, radix: 16)
            }
        }
        return out + "\""
    }
}
