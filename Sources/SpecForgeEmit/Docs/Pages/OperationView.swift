import SpecForgeBits
import SpecForgeIR
import SpecForgeRender

/// Everything the operation template shows of one operation.
struct OperationView {
    var title: String
    var anchor: String
    var op: OperationIR
    var page: PageContext
    /// The resource an operation acts on, in the singular: `aws-instances` → `aws-instance`.
    /// Made once: every example value of the operation is asked for with it.
    let resource: String

    /// What the example tabs send as a body.
    enum BodyShape {
        case none
        case object(schema: SchemaIR, values: [(String, JSONValue)])
        case array(items: SchemaIR, value: JSONValue)
    }

    init(_ op: OperationIR, page: PageContext) {
        self.op = op
        self.page = page
        self.title = DocsNaming.title(of: op)
        self.anchor = DocsNaming.anchor(title)
        self.resource = Self.resource(of: op, basePathDepth: page.basePathDepth)
    }

    static func resource(of op: OperationIR, basePathDepth: Int) -> String {
        let joined = op.staticPrefix.dropFirst(basePathDepth).joined(separator: "-")
        // The last word in the singular: in ASCII text, the one after the last `-` byte.
        if TextScan.isASCII(joined) {
            let start = joined.utf8.lastIndex(of: UInt8(ascii: "-")).map { joined.utf8.index(after: $0) } ?? joined.startIndex
            return String(joined[..<start]) + DocsNaming.singular(joined[start...])
        }
        var words = joined.split(separator: "-", omittingEmptySubsequences: false)
        if let last = words.popLast() { words.append(Substring(DocsNaming.singular(last))) }
        return words.joined(separator: "-")
    }

    func example(_ name: String, _ schema: SchemaIR) -> JSONValue {
        page.examples.value(name: name, schema: schema, resource: resource)
    }

    var body: BodyShape {
        guard let body = op.requestBody, let content = body.json ?? body.contents.first, let schema = content.schema else { return .none }
        if schema.kind == .array {
            guard let items = schema.items, !items.fields.isEmpty else { return .none }
            let values = writableFields(items, requiredOnly: false)
            return .array(items: items, value: .array([.object(values.map { .init($0.0, $0.1) })]))
        }
        guard !schema.fields.isEmpty else { return .none }
        return .object(schema: schema, values: writableFields(schema, requiredOnly: true))
    }

    private func writableFields(_ schema: SchemaIR, requiredOnly: Bool) -> [(String, JSONValue)] {
        schema.fields.filter { (!requiredOnly || $0.required) && !$0.schema.readOnly }.map { ($0.name, example($0.name, $0.schema)) }
    }

    var templateValue: Value {
        let pathParameters = op.parameters(in: .path)
        let query = op.parameters(in: .query)
        let requiredQuery = query.filter(\.required)
        let pathValues = pathParameters.map { ($0.name, example($0.name, $0.schema)) }
        let queryValues = requiredQuery.map { ($0, example($0.name, $0.schema)) }
        let body = self.body

        var url = op.path
        for (name, value) in pathValues {
            url = url.replacingAll("{\(name)}", with: Self.plain(value))
        }

        // HTTPie
        var httpieArgs: [String] = [op.method.rawValue.uppercased(), page.baseURL + url] + page.authentication(op)
        for (p, v) in queryValues {
            httpieArgs.append(v.stringValue.map { "\(p.name)==\"\($0)\"" } ?? "\(p.name)==\(JSONText.spaced(v))")
        }
        var arrayBody: Value = .null
        switch body {
        case .object(_, let values):
            for (k, v) in values {
                switch v {
                case .string(let s): httpieArgs.append("\(k)=\"\(s)\"")
                case .array, .object: httpieArgs.append("\(k):='\(JSONText.compact(v))'")
                default: httpieArgs.append("\(k)=\(JSONText.spaced(v))")
                }
            }
        case .array(_, let value):
            arrayBody = .string(JSONText.spaced(value))
        case .none: break
        }

        // Python
        var models = Set<String>()
        for p in query {
            if let name = p.schema.name, p.schema.isEnum { models.insert(name) }
            else if p.schema.kind == .array, let items = p.schema.items, let name = items.name, items.isEnum { models.insert(name) }
        }
        if case .object(let schema, _) = body, let name = schema.name { models.insert(name) }
        let pyPackage = page.config.pythonPackage ?? ""
        let pySource = page.config.pythonSourceURL ?? ""
        var footnotes: [Value] = []
        var modelImports: [Value] = []
        for (i, name) in models.sorted().enumerated() {
            let module = DocsNaming.snakeCase(name)
            modelImports.append(["module": .string(module), "name": .string(name), "n": .string(String(i + 1))])
            footnotes.append(["n": .string(String(i + 1)), "kind": "Model", "name": .string(name), "url": .string("\(pySource)/models/\(module).py")])
        }
        let apiN = models.count + 1
        footnotes.append(["n": .string(String(apiN)), "kind": "API", "name": .string(op.operationId), "url": .string("\(pySource)/api/\(page.pythonModule)/\(op.operationId).py")])
        var pyArgs = pathValues.map { "\($0.0)=\(JSONText.pretty($0.1, indent: 4, continuation: 12))" }
        pyArgs.append("client=client")
        var pyBody: Value = .null
        // The Python client sends a body as an instance of its model: a body schema with no name has none to import.
        if case .object(let schema, let values) = body, let model = schema.name {
            pyBody = [
                "model": .string(model),
                "hasFields": .bool(!values.isEmpty),
                "fields": Self.commaList(values.map { "\($0.0)=\(JSONText.pretty($0.1, indent: 4, continuation: 12))" }),
            ]
            pyArgs.append("body=body_data")
        }
        for (p, v) in queryValues {
            if let enumName = p.schema.name, p.schema.isEnum {
                pyArgs.append("\(p.name)=\(enumName).\(Self.plain(v).uppercased())")
            } else {
                pyArgs.append("\(p.name)=\(JSONText.pretty(v, indent: 4, continuation: 12))")
            }
        }

        // TypeScript
        var tsGroups: [Value] = []
        if !pathValues.isEmpty { tsGroups.append(Self.tsGroup("path", pathValues)) }
        if !queryValues.isEmpty { tsGroups.append(Self.tsGroup("query", queryValues.map { ($0.0.name, $0.1) })) }
        var tsArrayBody: Value = .null
        switch body {
        case .object(_, let values) where !values.isEmpty: tsGroups.append(Self.tsGroup("body", values))
        case .array(_, let value): tsArrayBody = .string(JSONText.spaced(value))
        default: break
        }

        var httpie: Value = [
            "arrayBody": arrayBody,
            "args": Self.continuedList(httpieArgs),
        ]
        var python: Value = [
            "upstream": true,
            "package": .string(pyPackage),
            "models": .list(modelImports),
            "apiModule": .string(page.pythonModule),
            "operationId": .string(op.operationId),
            "apiN": .string(String(apiN)),
            "baseURL": .string(page.baseURL),
            "body": pyBody,
            "inlineCall": .bool(pyArgs.count == 1),
            "args": Self.commaList(pyArgs),
            "listResponse": .bool(successIsArray),
            "footnotes": .list(footnotes),
        ]
        var typescript: Value = [
            "upstream": true,
            "auth": .string(ExampleAuthentication.headerValue(page.authentication(op).first) ?? "YOUR_API_TOKEN"),
            "package": .string(page.config.typescriptPackage ?? ""),
            "function": .string(DocsNaming.camelCase(op.operationId)),
            "groups": .list(tsGroups),
            "arrayBody": tsArrayBody,
        ]
        if !page.config.upstream {
            // The default: examples that run as written, from the spec's own values.
            let request = RequestExample(op, examples: SpecExamples(rules: page.examples, resource: resource))
            httpie = HTTPieTab(view: self, values: request).templateValue
            let pythonTab = PythonTab(view: self, values: request, package: page.pythonPackage, sourceURL: page.config.pythonSourceURL)
            python = pythonTab.isGenerated ? pythonTab.templateValue : .null
            typescript = page.config.typescriptPackage.map { TypeScriptTab(view: self, values: request, package: $0).templateValue } ?? .null
        }
        return [
            "title": .string(title),
            "description": op.description.templateValue,
            "httpie": httpie,
            "python": python,
            "typescript": typescript,
            "swift": swiftTab(body),
            "pathParameters": pathParameters.isEmpty ? .null : pathTable(pathParameters),
            "queryParameters": query.isEmpty ? .null : queryTable(query),
            "requestBody": requestBodyTab(body),
            "responses": .list(responses),
        ]
    }

    /// Code of several lines inside a tab's code block: the block's indentation on every line after the first.
    static func codeBlockLines(_ code: String) -> String {
        code.replacingAll("\n", with: "\n    ")
    }

    /// A value as it appears inside a URL or after a `.`: strings without quotes.
    static func plain(_ v: JSONValue) -> String {
        if case .string(let s) = v { return s }
        return JSONText.spaced(v)
    }

    /// Items with a `more` flag on all but the last (for ` \` line continuations).
    static func continuedList(_ items: [String]) -> Value {
        .list(items.enumerated().map { i, text in ["text": .string(text), "more": .bool(i < items.count - 1)] })
    }

    /// Items with a `comma` flag on all but the last.
    static func commaList(_ items: [String]) -> Value {
        .list(items.enumerated().map { i, text in ["text": .string(text), "comma": .bool(i < items.count - 1)] })
    }

    static func tsGroup(_ name: String, _ values: [(String, JSONValue)]) -> Value {
        [
            "name": .string(name),
            "entries": commaList(values.map { "\"\($0.0)\": \(JSONText.pretty($0.1, indent: 2, continuation: 8))" }),
        ]
    }

    /// Whether the first documented success response is a JSON array.
    var successIsArray: Bool {
        guard let success = op.responses.sorted(by: { $0.status < $1.status }).first(where: \.isSuccess) else { return false }
        return success.json?.schema?.kind == .array
    }

    // MARK: Tables

    func pathTable(_ parameters: [ParameterIR]) -> Value {
        let withDescription = parameters.contains { !Self.parameterDescription($0).isEmpty }
        var columns = ["Name", "Type", "Required"]
        if withDescription { columns.append("Description") }
        let rows = parameters.map { p -> [String] in
            var cells = ["`\(p.name)`", Self.parameterType(p.schema), "✓"]
            if withDescription { cells.append(Self.parameterDescription(p)) }
            return cells
        }
        return Table(columns: columns, rows: rows).templateValue
    }

    func queryTable(_ parameters: [ParameterIR]) -> Value {
        let sorted = parameters.sorted { $0.name < $1.name }
        let withRequired = sorted.contains(where: \.required)
        let withDescription = sorted.contains { !Self.parameterDescription($0).isEmpty }
        var columns = ["Name", "Type"]
        if withRequired { columns.append("Required") }
        if withDescription { columns.append("Description") }
        let rows = sorted.map { p -> [String] in
            var cells = ["`\(p.name)`", Self.parameterType(p.schema)]
            if withRequired { cells.append(p.required ? "✓" : "") }
            if withDescription { cells.append(Self.parameterDescription(p)) }
            return cells
        }
        return Table(columns: columns, rows: rows).templateValue
    }

    static func parameterType(_ s: SchemaIR) -> String {
        s.kind == .array ? "array" : FieldRows.typeLabel(s)
    }

    /// The parameter's description, then its default (as Python prints it) and its enum values, one a line.
    static func parameterDescription(_ p: ParameterIR) -> String {
        var lines: [String] = []
        if let description = p.description, !description.isEmpty { lines.append(description.replacingAll("\n", with: "<br>")) }
        if let value = p.schema.defaultValue { lines.append("_Default: `\(pythonLiteral(value))`_") }
        if let values = p.schema.enumValues, !values.isEmpty {
            lines.append("_Enum: " + values.map { "`\(plain($0))`" }.joined(separator: ", ") + "_")
        }
        return lines.joined(separator: "<br>")
    }

    func requestBodyTab(_ body: BodyShape) -> Value {
        let table: Value
        let isArray: Bool
        switch body {
        case .none: return .null
        case .object(let schema, _):
            table = page.tables.table(of: schema, .request)
            isArray = false
        case .array(let items, _):
            table = page.tables.table(of: items, .request)
            isArray = true
        }
        return [
            "required": .bool(op.requestBody?.required ?? false),
            "isArray": .bool(isArray),
            "table": table,
        ]
    }

    var responses: [Value] {
        op.responses.sorted { $0.status < $1.status }.enumerated().map { i, response in
            var table: Value = .null
            var isArray = false
            if let schema = response.contents.first(where: { $0.contentType == "application/json" })?.schema {
                if schema.kind == .array {
                    if let items = schema.items, !items.fields.isEmpty {
                        isArray = true
                        table = page.tables.table(of: items, .response)
                    }
                } else if !schema.fields.isEmpty {
                    table = page.tables.table(of: schema, .response)
                }
            }
            return [
                "first": .bool(i == 0),
                "status": .string(response.status),
                "statusDescription": .string(response.description),
                "isArray": .bool(isArray),
                "table": table,
            ]
        }
    }

    static func fieldTable(_ rows: [FieldRows.Row], _ direction: FieldRows.Direction) -> Table {
        let descriptions = rows.map { ($0.schema.description ?? "").replacingAll("\n", with: " ") }
        let withDescription = descriptions.contains { !$0.isEmpty }
        var columns = ["Field", "Type"]
        if direction == .request { columns.append("Required") }
        if withDescription { columns.append("Description") }
        let cells = zip(rows, descriptions).map { row, description -> [String] in
            var cells = ["`\(row.name)`", row.type]
            if direction == .request { cells.append(row.required ? "✓" : "") }
            if withDescription { cells.append(description + annotations(row.schema, direction)) }
            return cells
        }
        return Table(columns: columns, rows: cells)
    }

    static func annotations(_ s: SchemaIR, _ direction: FieldRows.Direction) -> String {
        var out = ""
        if s.name != nil, let values = s.enumValues, !values.isEmpty, s.types.isEmpty || s.types == ["string"] {
            out += "<br>_Enum: " + values.map { "`\(plain($0))`" }.joined(separator: ", ") + "_"
        }
        if direction == .request {
            var constraints: [String] = []
            if s.writeOnly { constraints.append("write-only") }
            if let d = s.defaultValue { constraints.append("default: `\(pythonLiteral(d))`") }
            if !constraints.isEmpty { out += "<br>_Constraints: " + constraints.joined(separator: ", ") + "_" }
        }
        return out
    }

    /// How Python prints a default value: `True`, `None`, `1.5`, `text`.
    static func pythonLiteral(_ v: JSONValue) -> String {
        switch v {
        case .bool(let b): return b ? "True" : "False"
        case .null: return "None"
        case .string(let s): return s
        case .int(let i): return String(i)
        case .double(let d): return JSONText.number(d)
        case .array, .object: return JSONText.spaced(v)
        }
    }
}

/// The field tables of a run by schema and direction, each built once: a resource's operations
/// mostly show the same schemas (list, retrieve, create and update all return it), and pages
/// share the schemas they nest.
final class FieldTableCache: Sendable {
    private struct Key: Hashable {
        var schema: ObjectKey
        var direction: FieldRows.Direction
    }

    private let tables = Memo<Key, Value>(capacity: 256)

    func table(of schema: SchemaIR, _ direction: FieldRows.Direction) -> Value {
        tables.value(Key(schema: ObjectKey(schema), direction: direction)) { _ in
            OperationView.fieldTable(FieldRows.rows(of: schema, direction), direction).templateValue
        }
    }
}

/// A Markdown table: the template writes header, rule and rows.
struct Table {
    var columns: [String]
    var rows: [[String]]

    var templateValue: Value {
        [
            "columns": .list(columns.map(Value.string)),
            "rows": .list(rows.map { ["cells": .list($0.map(Value.string))] }),
        ]
    }
}
