import SpecForgeIR
import SpecForgeRender
import SpecForgeWrite

/// Emits Swift models and a client for the API.
///
/// Layout: `Models/<Type>.swift` per named schema (and per type an operation declares inline),
/// `Client/Client.swift` with the client and its transport plumbing, `Client/Client+<Tag>.swift`
/// with one method per operation of the tag, and `Support/*.swift` with the runtime helpers.
public struct SwiftEmitter: Emitter {
    public struct Options: Sendable {
        public var module: String
        public var access: String
        public init(module: String, access: String) {
            self.module = module
            self.access = access
        }
    }

    let model: APIModel
    let options: Options
    let templates: TemplateLibrary

    public init(model: APIModel, options: Options, templates: TemplateLibrary) {
        self.model = model
        self.options = options
        self.templates = templates
    }

    /// Support files rendered from `swift/support/<name>` into `Support/<name>.swift`.
    static let supportFiles = ["JSONValue", "APICoding", "APIRequest", "Parameters", "APIError", "PageSequence", "Indirect"]

    public func emit(into output: inout OutputSet) {
        let access = options.access == "internal" ? "internal" : options.access
        let sdk = SwiftSDK(model: model)
        let decls = sdk.decls
        let groups = sdk.groups

        // Model files are independent: build and render them on every core, in declaration order.
        let templates = self.templates
        let models = concurrentMap(decls) { decl in
            templates.render(
                "swift/model",
                .object([
                    "decl": decl.templateValue(access: access),
                    "accessPublic": .bool(access == "public"),
                    "accessPackage": .bool(access == "package"),
                    "accessInternal": .bool(access == "internal"),
                ]))
        }
        for (decl, text) in zip(decls, models) {
            output.add("Models/\(decl.name).swift", text)
        }

        let auth = sdk.authentication
        let fields = auth.flatMap { [$0.parameter] + ($0.password.map { [$0] } ?? []) }
        let clientValue: Value = [
            "access": .string(access),
            "module": .string(options.module),
            "title": .string(model.title),
            "version": .string(model.version),
            "serverURL": .string(SwiftNaming.literal(model.servers.first ?? "/")),
            "hasAuth": .bool(!auth.isEmpty),
            "credentialFields": .list(
                fields.enumerated().map { i, name in ["name": .string(SwiftNaming.escaped(name)), "last": .bool(i == fields.count - 1)] }),
            "auth": .list(
                auth.map { a in
                    .object([
                        "case": .string(SwiftNaming.escaped(a.caseName)),
                        "parameter": .string(SwiftNaming.escaped(a.parameter)),
                        "password": a.password.map { .string(SwiftNaming.escaped($0)) } ?? .null,
                        "inHeader": .bool(a.location == "header"),
                        "inQuery": .bool(a.location == "query"),
                        "inCookie": .bool(a.location == "cookie"),
                        "basic": .bool(a.location == "basic"),
                        "name": .string(SwiftNaming.literal(a.name)),
                        "prefix": .string(SwiftNaming.literal(a.prefix)),
                        "doc": .string(a.doc),
                    ])
                }),
        ]
        output.add("Client/Client.swift", templates.render("swift/client", clientValue))
        let tagFiles = concurrentMap(groups.map { ($0.0, $0.1) }) { tag, ops in
            var methods: [Value] = []
            for op in ops {
                methods.append(op.templateValue(paged: false))
                if op.pagedName != nil { methods.append(op.templateValue(paged: true)) }
                if op.streamName != nil { methods.append(op.templateValue(paged: false, streaming: true)) }
            }
            return templates.render("swift/client-tag", ["access": .string(access), "tag": .string(tag), "operations": .list(methods)])
        }
        for ((tag, _), text) in zip(groups, tagFiles) {
            output.add("Client/Client+\(tag).swift", text)
        }
        for name in Self.supportFiles {
            output.add("Support/\(name).swift", templates.render("swift/support/\(name)", ["access": .string(access)]))
        }
        output.files.sort { $0.path < $1.path }
        output.warnings += sdk.warnings.map {
            OutputSet.Warning(file: $0.location.file, line: $0.location.mark.line, column: $0.location.mark.column, message: $0.message)
        }
    }
}
