import SpecForgeIR
import SpecForgeParse
import SpecForgeRender

/// The HTTPie tab as HTTPie reads it (the default mode): the spec's server, its security, typed
/// request items (`name=text`, `name:=json`), `--form` and `--multipart` bodies.
struct HTTPieTab {
    var view: OperationView
    var values: RequestExample

    var templateValue: Value {
        var options: [String] = []
        var items: [String] = []
        for item in view.page.authentication(view.op) {
            if item.hasPrefix("-") { options.append(item) } else { items.append(item) }
        }
        for (p, v) in values.headers { items.append(Self.item(p.name, ":", OperationView.plain(v))) }
        if !values.cookies.isEmpty {
            let text = values.cookies.map { "\($0.0.name)=\(OperationView.plain($0.1))" }.joined(separator: "; ")
            items.append("Cookie:\(Self.doubleQuoted(text))")
        }
        for (p, v) in values.query { items += Self.queryItems(p, v) }
        var stdin: Value = .null
        if let body = values.body {
            switch body.kind {
            case .json:
                if case .object(let pairs) = body.value, !pairs.isEmpty, pairs.allSatisfy({ Self.isPlainKey($0.key) }) {
                    items += pairs.map { Self.jsonItem($0.key, $0.value) }
                } else {
                    stdin = .string(Self.singleQuotedContent(JSONText.spaced(body.value)))
                }
                // HTTPie labels JSON `application/json`; another JSON type is named.
                if body.sentType != "application/json" { items.append("Content-Type:\(body.sentType)") }
            case .form, .multipart:
                options.append(body.kind == .form ? "--form" : "--multipart")
                if case .object(let pairs) = body.value {
                    for pair in pairs where Self.isPlainKey(pair.key) {
                        if body.files.contains(pair.key) {
                            items.append("\(pair.key)@./example.bin")
                        } else if case .array(let list) = pair.value {
                            items += list.map { "\(pair.key)=\(Self.doubleQuoted(OperationView.plain($0)))" }
                        } else {
                            items.append("\(pair.key)=\(Self.doubleQuoted(OperationView.plain(pair.value)))")
                        }
                    }
                }
            case .raw:
                // The text as it is, without the newline `echo` would add.
                options.append("--raw='\(Self.singleQuotedContent(OperationView.plain(body.value)))'")
                items.append("Content-Type:\(body.sentType)")
            }
        }
        let args = options + [view.op.method.rawValue.uppercased(), view.page.baseURL + values.url] + items
        return ["arrayBody": stdin, "args": OperationView.continuedList(args)]
    }

    /// `name==value` items of a query parameter, serialized by its `style` and `explode`: an
    /// exploded array one item per member, an exploded object one per property (`name[key]` for
    /// `deepObject`); unexploded, the members joined by `,` (space or `|` for the delimited styles).
    static func queryItems(_ p: ParameterIR, _ v: JSONValue) -> [String] {
        let name = p.name
        switch v {
        case .array(let list):
            if p.explode { return list.map { item(name, "==", OperationView.plain($0)) } }
            let separator = p.style == .spaceDelimited ? " " : p.style == .pipeDelimited ? "|" : ","
            return [item(name, "==", list.map(OperationView.plain).joined(separator: separator))]
        case .object(let pairs):
            if p.style == .deepObject { return pairs.map { item("\(name)[\($0.key)]", "==", OperationView.plain($0.value)) } }
            if p.explode { return pairs.map { item($0.key, "==", OperationView.plain($0.value)) } }
            return [item(name, "==", pairs.flatMap { [$0.key, OperationView.plain($0.value)] }.joined(separator: ","))]
        default: return [item(name, "==", OperationView.plain(v))]
        }
    }

    /// `name==value` with the value in double quotes; a name the shell or HTTPie would split is
    /// quoted with its value, in single quotes.
    static func item(_ name: String, _ separator: String, _ value: String) -> String {
        if name.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "_.-".contains($0)) }) {
            return name + separator + doubleQuoted(value)
        }
        let escapedName = name.replacingAll("\\", with: "\\\\").replacingAll("=", with: "\\=").replacingAll(":", with: "\\:")
        return "'" + singleQuotedContent(escapedName + separator + value) + "'"
    }

    /// A JSON body member: `name="text"` sends a string; anything else is raw JSON, `name:=…`.
    static func jsonItem(_ key: String, _ v: JSONValue) -> String {
        switch v {
        case .string(let s): return "\(key)=\(doubleQuoted(s))"
        case .array, .object: return "\(key):='\(singleQuotedContent(JSONText.compact(v)))'"
        default: return "\(key):=\(JSONText.compact(v))"
        }
    }

    /// Keys HTTPie takes literally: no separators (`=`, `:`, `@`, `==`) and no nested-JSON brackets.
    static func isPlainKey(_ key: String) -> Bool {
        !key.isEmpty && !key.contains { "=:@[]\\ '\"$`".contains($0) }
    }

    /// Text inside shell double quotes; text with line breaks in ANSI-C quotes (`$'a\nb'`), so
    /// that the command stays one line per item inside the page's indented code block.
    static func doubleQuoted(_ s: String) -> String {
        if s.contains(where: { $0 == "\n" || $0 == "\r" || $0 == "\r\n" || $0 == "\t" }) {
            var out = "$'"
            for c in s {
                switch c {
                case "\n": out += "\\n"
                case "\r": out += "\\r"
                case "\r\n": out += "\\r\\n"
                case "\t": out += "\\t"
                case "\\", "'": out += "\\" + String(c)
                default: out.append(c)
                }
            }
            return out + "'"
        }
        var out = "\""
        for c in s {
            if c == "\"" || c == "\\" || c == "$" || c == "`" { out.append("\\") }
            out.append(c)
        }
        return out + "\""
    }

    /// Text to put between shell single quotes.
    static func singleQuotedContent(_ s: String) -> String {
        s.replacingAll("'", with: "'\\''")
    }
}

/// The values one operation's examples send, taken from the spec first (`SpecExamples`).
struct RequestExample {
    enum BodyKind { case json, form, multipart, raw }

    struct Body {
        var kind: BodyKind
        var contentType: String
        /// The media type the request sends: `contentType`, or a concrete one for a range (`*/*`).
        var sentType: String
        var value: JSONValue
        /// Fields that are files (sent as files in multipart bodies, bytes to the Python models).
        var files: Set<String>
        var schema: SchemaIR?
        /// The same body for openapi-python-client's `from_dict`, which requires read-only properties too.
        var pythonValue: JSONValue
    }

    var url: String
    var path: [(ParameterIR, JSONValue)]
    var query: [(ParameterIR, JSONValue)]
    var headers: [(ParameterIR, JSONValue)]
    var cookies: [(ParameterIR, JSONValue)]
    var body: Body?

    init(_ op: OperationIR, examples: SpecExamples) {
        func values(_ location: Parameter.In, requiredOnly: Bool) -> [(ParameterIR, JSONValue)] {
            op.parameters(in: location).filter { !requiredOnly || $0.required }.map {
                let v = examples.value(name: $0.name, schema: $0.schema, parameterExample: $0.example, inPath: location == .path)
                // An object sent as its members is absent when it has none: a required one
                // carries its first property.
                if v == .object([]), let field = SpecExamples.fields(of: $0.schema).first {
                    return ($0, .object([.init(field.name, examples.value(name: field.name, schema: field.schema))]))
                }
                return ($0, v)
            }
        }
        path = values(.path, requiredOnly: false)
        query = values(.query, requiredOnly: true)
        headers = values(.header, requiredOnly: true)
        cookies = values(.cookie, requiredOnly: true)
        var url = op.path
        for (p, v) in path {
            url = url.replacingAll("{\(p.name)}", with: PercentEncoding.pathSegment(OperationView.plain(v)))
        }
        self.url = url
        guard let requestBody = op.requestBody, let content = requestBody.json ?? requestBody.contents.first else {
            body = nil
            return
        }
        let type = content.contentType.split(separator: ";").first.map { $0.trimmingSpaces() }?.lowercased() ?? ""
        let sent = Self.concreteType(type, schema: content.schema)
        let kind: BodyKind =
            ContentIR.isJSON(sent) ? .json
            : sent == "application/x-www-form-urlencoded" ? .form
            : sent.hasPrefix("multipart/") ? .multipart
            : .raw
        // The media type's own example, unless it breaks its schema (the spec's mistake, not the reader's).
        let example = content.example.flatMap { e in content.schema.map { SpecExamples.conforms(e, $0) } ?? true ? e : nil }
        var value: JSONValue
        if let example {
            value = example
        } else if let schema = content.schema {
            value = examples.value(name: "body", schema: schema)
        } else {
            value = kind == .raw ? .string("example") : .object([])
        }
        if kind == .raw, case .string = value {} else if kind == .raw { value = .string(JSONText.compact(value)) }
        var files: Set<String> = []
        if let schema = content.schema {
            for field in SpecExamples.fields(of: schema) where Self.isFile(field.schema) || field.schema.items.map(Self.isFile) == true {
                files.insert(field.name)
            }
        }
        var pythonValue = value
        if example == nil, kind != .raw, let schema = content.schema {
            var withReadOnly = examples
            withReadOnly.includeReadOnly = true
            pythonValue = withReadOnly.value(name: "body", schema: schema)
        }
        body = Body(kind: kind, contentType: type, sentType: sent, value: value, files: files, schema: content.schema, pythonValue: pythonValue)
    }
}

extension RequestExample {
    static func isFile(_ s: SchemaIR) -> Bool { s.format == "binary" || s.format == "byte" }

    /// A media type range (`*/*`, `application/*`, `text/*`) names no type a request can carry:
    /// `text/*` is sent as `text/plain`, a binary string (or no schema) as
    /// `application/octet-stream`, anything else as JSON. A concrete type is kept.
    static func concreteType(_ type: String, schema: SchemaIR?) -> String {
        guard type.hasSuffix("/*") else { return type }
        if type == "text/*" { return "text/plain" }
        if schema.map({ $0.types == ["string"] && isFile($0) }) ?? true { return "application/octet-stream" }
        return "application/json"
    }
}

enum PercentEncoding {
    /// A path segment's value with everything but RFC 3986 unreserved characters percent-encoded.
    static func pathSegment(_ s: String) -> String {
        var out = ""
        for byte in s.utf8 {
            let c = Character(Unicode.Scalar(byte))
            if byte < 0x80, c.isLetter || c.isNumber || "-._~".contains(c) {
                out.append(c)
            } else {
                out += "%" + String(byte, radix: 16, uppercase: true).leftPadded(2)
            }
        }
        return out
    }
}

extension String {
    fileprivate func leftPadded(_ n: Int) -> String { count >= n ? self : String(repeating: "0", count: n - count) + self }
}
