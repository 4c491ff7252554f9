import Foundation
import SpecForgeIR
import SpecForgeLoad

/// Checks HTTP requests against an API's operations and answers with responses that conform to
/// the spec: the other side of a live test of a generated client.
struct SpecConformance: Sendable {
    let model: APIModel

    struct Match {
        var operation: OperationIR
        var pathValues: [String: String]
    }

    /// The operation a request is for, by method and path template.
    func match(method: String, path: String) -> Match? {
        let segments = path.split(separator: "/", omittingEmptySubsequences: false)
        for op in model.operations where op.method.rawValue == method.lowercased() {
            let template = op.path.split(separator: "/", omittingEmptySubsequences: false)
            guard template.count == segments.count else { continue }
            var values: [String: String] = [:]
            var ok = true
            for (t, s) in zip(template, segments) {
                if t.hasPrefix("{"), t.hasSuffix("}") {
                    guard !s.isEmpty else { ok = false; break }
                    values[String(t.dropFirst().dropLast())] = String(s).removingPercentEncoding ?? String(s)
                } else if t != s {
                    ok = false
                    break
                }
            }
            if ok { return Match(operation: op, pathValues: values) }
        }
        return nil
    }

    /// Everything about `request` that does not conform to `op`.
    func violations(_ request: HTTPServer.Request, _ match: Match) -> [String] {
        let op = match.operation
        var problems: [String] = []
        for p in op.parameters(in: .path) {
            guard let value = match.pathValues[p.name] else { problems.append("path parameter \(p.name) missing"); continue }
            problems += check(scalar: value, p.schema, "path parameter \(p.name)")
        }
        let query = request.query
        let known = Set(op.parameters(in: .query).map(\.name))
        for item in query where !known.contains(item.name) {
            problems.append("unknown query parameter \(item.name)")
        }
        for p in op.parameters(in: .query) {
            let values = query.filter { $0.name == p.name }.map(\.value)
            if values.isEmpty {
                if p.required { problems.append("required query parameter \(p.name) missing") }
                continue
            }
            if p.schema.kind == .array {
                let items = p.explode ? values : values.flatMap { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
                for v in items { problems += check(scalar: v, p.schema.items, "query parameter \(p.name)") }
            } else {
                if values.count > 1 { problems.append("query parameter \(p.name) given \(values.count) times") }
                problems += check(scalar: values[0], p.schema, "query parameter \(p.name)")
            }
        }
        // Credentials: an operation secured by API-key headers must carry one of them.
        let headerSchemes = model.securitySchemes.filter { scheme in op.security.contains { $0.contains(scheme.name) } }
            .compactMap { scheme -> String? in
                if case .apiKey(let name, "header") = scheme.kind { return name }
                if case .http = scheme.kind { return "Authorization" }
                return nil
            }
        if !headerSchemes.isEmpty, !op.security.contains(where: \.isEmpty), !headerSchemes.contains(where: { request.header($0) != nil }) {
            problems.append("no credentials: expected one of the headers \(headerSchemes)")
        }
        for p in op.parameters(in: .header) where p.required && request.header(p.name) == nil {
            problems.append("required header \(p.name) missing")
        }
        if let body = op.requestBody {
            if request.body.isEmpty {
                if body.required { problems.append("required request body missing") }
            } else {
                let contentType = request.header("Content-Type") ?? ""
                let base = contentType.split(separator: ";").first.map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
                guard let content = body.contents.first(where: { $0.contentType == base }) else {
                    return problems + ["content type '\(contentType)' is not one of \(body.contents.map(\.contentType))"]
                }
                if content.isJSON, let schema = content.schema {
                    do {
                        let node = try YAMLLoader.load(bytes: Array(request.body), file: "body")
                        problems += check(json: node, schema, "body", direction: .request, depth: 0)
                    } catch {
                        problems.append("request body is not JSON: \(error)")
                    }
                } else if base == "application/x-www-form-urlencoded", let schema = content.schema {
                    let fields = HTTPServer.Request(method: "", target: "?" + String(decoding: request.body, as: UTF8.self), headers: [], body: Data()).query
                    for field in schema.fields where field.required && !field.schema.readOnly && !fields.contains(where: { $0.name == field.name }) {
                        problems.append("form field \(field.name) missing")
                    }
                } else if base == "multipart/form-data", let schema = content.schema {
                    let text = String(decoding: request.body, as: UTF8.self)
                    guard contentType.contains("boundary=") else { return problems + ["multipart body without boundary"] }
                    for field in schema.fields where field.required && !field.schema.readOnly && !text.contains("name=\"\(field.name)\"") {
                        problems.append("multipart part \(field.name) missing")
                    }
                }
            }
        } else if !request.body.isEmpty {
            problems.append("a body was sent to an operation that takes none")
        }
        return problems
    }

    // MARK: Values

    func check(scalar text: String, _ schema: SchemaIR?, _ what: String) -> [String] {
        guard let schema else { return [] }
        if let values = schema.enumValues, !values.contains(where: { Self.plain($0) == text }) {
            return ["\(what): '\(text)' is not one of \(values.map(Self.plain))"]
        }
        switch schema.kind {
        case .integer: return Int(text) == nil ? ["\(what): '\(text)' is not an integer"] : []
        case .number: return Double(text) == nil ? ["\(what): '\(text)' is not a number"] : []
        case .boolean: return text == "true" || text == "false" ? [] : ["\(what): '\(text)' is not a boolean"]
        case .string: return check(format: schema.format, text, what)
        default: return []
        }
    }

    func check(format: String?, _ text: String, _ what: String) -> [String] {
        switch format {
        case "uuid": return UUID(uuidString: text) == nil ? ["\(what): '\(text)' is not a uuid"] : []
        case "date-time":
            let plain = ISO8601DateFormatter()
            let fractional = ISO8601DateFormatter()
            fractional.formatOptions.insert(.withFractionalSeconds)
            return plain.date(from: text) == nil && fractional.date(from: text) == nil ? ["\(what): '\(text)' is not a date-time"] : []
        case "date": return text.count == 10 ? [] : ["\(what): '\(text)' is not a date"]
        default: return []
        }
    }

    enum Direction { case request, response }

    func check(json node: Node, _ schema: SchemaIR, _ what: String, direction: Direction, depth: Int) -> [String] {
        guard depth < 32 else { return [] }
        if node.scalar?.isNull == true, node.scalar?.isPlain == true {
            return schema.nullable || schema.kind == .any ? [] : ["\(what): null where \(schema.types) is expected"]
        }
        var problems: [String] = []
        for part in schema.allOf { problems += check(json: node, part, what, direction: direction, depth: depth + 1) }
        let options = schema.oneOf + schema.anyOf
        if !options.isEmpty, !options.contains(where: { check(json: node, $0, what, direction: direction, depth: depth + 1).isEmpty }) {
            problems.append("\(what): matches none of its oneOf/anyOf schemas")
        }
        switch schema.kind {
        case .object:
            guard let map = node.mapping else { return problems + ["\(what): expected an object"] }
            for field in schema.fields {
                let skip = direction == .request ? field.schema.readOnly : field.schema.writeOnly
                if let value = map[field.name] {
                    if skip, direction == .request { problems.append("\(what).\(field.name): read-only field sent") }
                    problems += check(json: value, field.schema, "\(what).\(field.name)", direction: direction, depth: depth + 1)
                } else if field.required, !skip {
                    problems.append("\(what).\(field.name): required field missing")
                }
            }
            if schema.additionalProperties == nil, !schema.fields.isEmpty {
                let names = Set(schema.fields.map(\.name))
                for entry in map.entries where !names.contains(entry.key) { problems.append("\(what).\(entry.key): unknown field") }
            }
        case .array:
            guard let items = node.sequence else { return problems + ["\(what): expected an array"] }
            if let itemSchema = schema.items {
                for (i, item) in items.enumerated() {
                    problems += check(json: item, itemSchema, "\(what)[\(i)]", direction: direction, depth: depth + 1)
                }
            }
        case .string:
            guard let s = node.scalar, !s.isPlain || (Int(s.text) == nil && s.bool == nil) else { return problems + ["\(what): expected a string"] }
            problems += check(scalar: s.text, schema, what)
        case .integer:
            guard let s = node.scalar, s.isPlain, Int(s.text) != nil else { return problems + ["\(what): expected an integer"] }
        case .number:
            guard let s = node.scalar, s.isPlain, Double(s.text) != nil else { return problems + ["\(what): expected a number"] }
        case .boolean:
            guard node.scalar?.bool != nil else { return problems + ["\(what): expected a boolean"] }
        case .any:
            break
        }
        return problems
    }

    static func plain(_ v: JSONValue) -> String {
        switch v {
        case .string(let s): return s
        case .int(let i): return String(i)
        case .double(let d): return String(d)
        case .bool(let b): return b ? "true" : "false"
        default: return ""
        }
    }

    // MARK: Responses

    /// A conforming response with `status` (the first documented success status by default).
    func response(for op: OperationIR, status requested: Int?) -> HTTPServer.Response {
        let documented = op.responses.sorted { $0.status < $1.status }
        let chosen = requested.flatMap { code in documented.first { $0.status == String(code) } ?? documented.first { $0.status == "default" } }
            ?? documented.first(where: \.isSuccess) ?? documented.first
        let status = requested ?? Int(chosen?.status ?? "") ?? 200
        guard let response = chosen, let content = response.contents.first else { return .init(status: status) }
        guard content.isJSON, let schema = content.schema else {
            return .init(status: status, headers: [("Content-Type", content.contentType)], body: Data("payload".utf8))
        }
        var out = ""
        Self.write(Self.instance(schema, depth: 0), into: &out)
        return .init(status: status, headers: [("Content-Type", content.contentType)], body: Data(out.utf8))
    }

    /// An instance of `schema`: every field near the top, only required ones deeper (so cycles end).
    static func instance(_ schema: SchemaIR, depth: Int) -> JSONValue {
        if let first = schema.enumValues?.first { return first }
        if let option = (schema.oneOf + schema.anyOf).first {
            var value = instance(option, depth: depth + 1)
            if let d = schema.discriminator, case .object(var pairs) = value,
                let tag = d.mapping.first(where: { $0.schema === option })?.value
            {
                pairs.removeAll { $0.key == d.propertyName }
                pairs.insert(.init(d.propertyName, .string(tag)), at: 0)
                value = .object(pairs)
            }
            return value
        }
        if !schema.allOf.isEmpty {
            // A wrapper of one schema (a `$ref` with siblings) is that schema; several merge as objects.
            if schema.allOf.count == 1, schema.fields.isEmpty { return instance(schema.allOf[0], depth: depth + 1) }
            var pairs: [JSONValue.Pair] = []
            for part in schema.allOf {
                if case .object(let p) = instance(part, depth: depth + 1) { pairs += p.filter { n in !pairs.contains { $0.key == n.key } } }
            }
            if case .object(let own) = object(schema, depth: depth) { pairs += own.filter { n in !pairs.contains { $0.key == n.key } } }
            return .object(pairs)
        }
        switch schema.kind {
        case .object: return object(schema, depth: depth)
        case .array: return depth > 3 ? .array([]) : .array(schema.items.map { [instance($0, depth: depth + 1)] } ?? [])
        case .integer: return .int(1)
        case .number: return .double(1.5)
        case .boolean: return .bool(true)
        case .string:
            switch schema.format {
            case "uuid": return .string("a1b2c3d4-e5f6-7890-abcd-ef1234567890")
            case "date-time": return .string("2023-10-01T12:00:00.123456Z")
            case "date": return .string("2023-10-01")
            case "uri": return .string("https://example.com/resource/1/")
            case "email": return .string("alice@example.com")
            default: return .string("text")
            }
        case .any: return .string("anything")
        }
    }

    static func object(_ schema: SchemaIR, depth: Int) -> JSONValue {
        .object(schema.fields.filter { !$0.schema.writeOnly && ($0.required || depth < 3) }.map { .init($0.name, instance($0.schema, depth: depth + 1)) })
    }

    static func write(_ v: JSONValue, into out: inout String) {
        switch v {
        case .null: out += "null"
        case .bool(let b): out += b ? "true" : "false"
        case .int(let i): out += String(i)
        case .double(let d): out += String(d)
        case .string(let s):
            out += "\""
            for c in s.unicodeScalars {
                switch c {
                case "\"": out += "\\\""
                case "\\": out += "\\\\"
                case "\n": out += "\\n"
                default: out.unicodeScalars.append(c)
                }
            }
            out += "\""
        case .array(let items):
            out += "["
            for (i, item) in items.enumerated() {
                if i > 0 { out += "," }
                write(item, into: &out)
            }
            out += "]"
        case .object(let pairs):
            out += "{"
            for (i, pair) in pairs.enumerated() {
                if i > 0 { out += "," }
                write(.string(pair.key), into: &out)
                out += ":"
                write(pair.value, into: &out)
            }
            out += "}"
        }
    }
}
