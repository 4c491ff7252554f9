import SpecForgeIR
import SpecForgeRender
import SpecForgeWrite

/// Emits the round-trip driver of a generated Swift SDK: an executable that calls every operation
/// through the SDK's `Client` with example arguments (the values of the Markdown reference's
/// examples, built into Swift by the Swift tab's builder) and prints, one JSON line per call, what
/// it passed and how the call ended. `scripts/check-roundtrip.sh` runs it against a referee
/// server that unmarshals each request with openapi-core and compares the two.
///
/// Layout: `RefereeDriver.swift` (the entry point and the client with one credential per
/// security scheme), `RefereeSupport.swift` (the recording), `Calls-NN.swift` (the calls, a
/// fixed number per file so the compiler builds them side by side).
public struct RefereeEmitter: Emitter {
    public struct Options: Sendable {
        /// The SDK's module, which the driver imports.
        public var module: String
        public var credentialPrefixes: [String: String]
        public init(module: String, credentialPrefixes: [String: String] = [:]) {
            self.module = module
            self.credentialPrefixes = credentialPrefixes
        }
    }

    let model: APIModel
    let options: Options
    let rules: ExampleValues
    let templates: TemplateLibrary

    /// Calls per `Calls-NN.swift` file.
    static let callsPerFile = 40

    /// The SDK the Swift emitter of the same run renders (made with the same credential prefixes), if any.
    let sharedSDK: SharedSwiftSDK?

    public init(model: APIModel, options: Options, rules: ExampleValues, templates: TemplateLibrary, sdk: SharedSwiftSDK? = nil) {
        self.model = model
        self.options = options
        self.rules = rules
        self.templates = templates
        self.sharedSDK = sdk
    }

    public func emit(into output: inout OutputSet) {
        let sdk = sharedSDK?.sdk ?? SwiftSDK(model: model, credentialPrefixes: options.credentialPrefixes)
        let sources = Dictionary(model.operations.map { ($0.operationId, $0) }, uniquingKeysWith: { a, _ in a })
        var calls: [RefereeCall] = []
        for (_, ops) in sdk.groups {
            for op in ops {
                guard let source = sources[op.operationId] else { continue }
                let examples = SpecExamples(rules: rules, resource: "")
                calls.append(RefereeCall(index: calls.count + 1, op: op, source: source, sdk: sdk, examples: examples))
            }
        }
        let module: Value = .string(options.module)
        let chunks = stride(from: 0, to: calls.count, by: Self.callsPerFile).map { Array(calls[$0..<min($0 + Self.callsPerFile, calls.count)]) }
        let width = String(max(chunks.count - 1, 0)).count
        var files: [Value] = []
        for (i, chunk) in chunks.enumerated() {
            let number = String(repeating: "0", count: width - String(i).count) + String(i)
            files.append(["number": .string(number)])
            output.add(
                "Calls-\(number).swift",
                templates.render("referee/calls", ["module": module, "number": .string(number), "calls": .list(chunk.map(\.templateValue))]))
        }
        output.add(
            "RefereeDriver.swift",
            templates.render(
                "referee/driver",
                [
                    "module": module,
                    "title": .string(model.title),
                    "operations": .string(String(calls.count)),
                    "files": .list(files),
                    "credentials": .list(sdk.authentication.map(Self.credentialValue)),
                ]))
        output.add("RefereeSupport.swift", templates.render("referee/support", ["module": module]))
    }

    /// One credential of the client: the value the driver gives it, and how the referee finds it.
    static func credentialValue(_ c: SwiftCredential) -> Value {
        [
            "scheme": .string(SwiftNaming.literal(c.scheme)),
            "parameter": .string(SwiftNaming.escaped(c.parameter)),
            "value": .string("referee-\(SwiftNaming.literal(c.parameter))"),
            "password": c.password.map { .string(SwiftNaming.escaped($0)) } ?? .null,
            "passwordValue": .string("referee-\(SwiftNaming.literal(c.password ?? ""))"),
            "location": .string(c.location),
            "name": .string(SwiftNaming.literal(c.name)),
            "prefix": .string(SwiftNaming.literal(c.prefix)),
        ]
    }
}
