import SpecForgeIR
import SpecForgeRender

/// One call of the round-trip driver: the example arguments of one client method, each recorded
/// as what the referee should understand (the parameter by its name and location, the body), and
/// the call itself. Arguments are every parameter the method takes, optional ones too, and bodies
/// with their optional properties, so that every serialization the operation needs is exercised.
struct RefereeCall {
    struct Argument {
        /// The local constant, its type as written outside the SDK, and the expression.
        var name: String
        var type: String
        var value: String
        /// `path`, `query`, `header`, `cookie` or `body`, and the spec's name of the parameter.
        var location: String
        var key: String
        var label: String
    }

    var index: Int
    var op: SwiftOperationView
    var arguments: [Argument]
    /// The security schemes (by spec name) of the alternative the client sends: the first one.
    var security: [String]
    /// Why the call cannot be made (no value of a required argument's type), else nil.
    var skipped: String?

    /// How deep bodies get their optional properties.
    static let optionalDepth = 3

    init(index: Int, op: SwiftOperationView, source: OperationIR, sdk: SwiftSDK, examples: SpecExamples) {
        self.index = index
        self.op = op
        let builder = SwiftExampleBuilder(sdk: sdk, optionalDepth: Self.optionalDepth) { name, schema in
            examples.value(name: name, schema: schema)
        }
        var arguments: [Argument] = []
        var skipped: String?
        for (i, p) in op.parameters.enumerated() {
            let type = SwiftType.parse(p.optional ? p.type + "?" : p.type)
            let value: JSONValue?
            let location: String
            let key: String
            if p.isBody {
                value = Self.bodyValue(source, contentType: op.bodyContentType, examples: examples)
                location = "body"
                key = ""
            } else if let s = p.source {
                value = examples.value(name: s.name, schema: s.schema, parameterExample: s.example, inPath: s.location == .path)
                location = s.location.rawValue
                key = s.name
            } else {
                continue
            }
            let expr = builder.expression(value, type, scope: [], depth: 0).text(indent: 12)
            if expr.containsUTF8("fatalError(") {
                if p.optional { continue }
                skipped = "no example value of \(p.type)"
            }
            if p.optional, expr == "nil" { continue }
            arguments.append(
                Argument(
                    name: "a\(i)", type: builder.qualified(type, scope: []), value: expr, location: location, key: key,
                    label: SwiftNaming.argumentLabel(p.name)))
        }
        self.arguments = arguments
        self.skipped = skipped
        var schemeByCase: [String: String] = [:]
        for c in sdk.authentication { schemeByCase[c.caseName] = c.scheme }
        self.security = op.security.first?.compactMap { schemeByCase[$0] } ?? []
    }

    /// The body the other tabs would send for the media type the client sends: the media type's
    /// own example when it meets its schema, else one made from the schema.
    static func bodyValue(_ op: OperationIR, contentType: String, examples: SpecExamples) -> JSONValue? {
        // The client sends a media type range (`*/*`) as `application/json`.
        guard let contents = op.requestBody?.contents,
            let content = contents.first(where: { $0.contentType == contentType }) ?? contents.first(where: { SwiftClientBuilder.isMediaRange($0.contentType) })
        else { return nil }
        if let e = content.example, content.schema.map({ SpecExamples.conforms(e, $0) }) ?? true { return e }
        return content.schema.map { examples.value(name: "body", schema: $0) }
    }

    var templateValue: Value {
        [
            "index": .string(String(index)),
            "operationId": .string(SwiftNaming.literal(op.operationId)),
            "method": .string(op.method.uppercased()),
            "route": .string(SwiftNaming.literal(op.route)),
            "security": .string(security.map { "\"\(SwiftNaming.literal($0))\"" }.joined(separator: ", ")),
            "skipped": skipped.map { .string(SwiftNaming.literal($0)) } ?? .null,
            "arguments": .list(
                arguments.map { a in
                    [
                        "name": .string(a.name),
                        "type": .string(a.type),
                        "value": .string(a.value),
                        "body": .bool(a.location == "body"),
                        "location": .string(a.location),
                        "key": .string(SwiftNaming.literal(a.key)),
                    ]
                }),
            "call": .string(
                "client.\(SwiftNaming.escaped(op.methodName))(" + arguments.map { "\($0.label): \($0.name)" }.joined(separator: ", ") + ")"),
            "returnsValue": .bool(op.resultKind != "void"),
        ]
    }
}
