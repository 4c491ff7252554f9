import Dispatch
import SpecForgeIR
import SpecForgeRender
import SpecForgeWrite

/// Emits Swift models and a client for the API.
///
/// Layout: `Client/Client.swift` with the client and its transport plumbing,
/// `Client/Client+<Tag>.swift` with one method per operation of the tag, `Models/<Tag>.swift`
/// with the types those methods are the first to use (`SwiftModelFiles`; or, with
/// `files: .perDeclaration`, `Models/<Type>.swift` per declaration), and `Support/*.swift` with
/// the runtime helpers.
public struct SwiftEmitter: Emitter {
    public struct Options: Sendable {
        /// How the models are spread over files: beside the client file that first uses them
        /// (the default), or one file per declaration.
        public enum ModelFiles: String, Sendable, CaseIterable {
            case perTag = "per-tag"
            case perType = "per-type"
        }
        public var module: String
        public var access: String
        /// With a count, the sharded layout of `SwiftShards` instead of a file per declaration.
        public var shards: Int?
        public var modelFiles: ModelFiles
        /// By security scheme name, the text sent before an API key (`Token `).
        public var credentialPrefixes: [String: String]
        public init(
            module: String, access: String, shards: Int? = nil, modelFiles: ModelFiles = .perTag, credentialPrefixes: [String: String] = [:]
        ) {
            self.module = module
            self.modelFiles = modelFiles
            self.access = access
            self.shards = shards
            self.credentialPrefixes = credentialPrefixes
        }
    }

    let model: APIModel
    let options: Options
    let templates: TemplateLibrary
    let sdk: SharedSwiftSDK

    /// `sdk`: the SDK of `model` with the options' credential prefixes, when the reference's Swift tab shares it.
    public init(model: APIModel, options: Options, templates: TemplateLibrary, sdk: SharedSwiftSDK? = nil) {
        self.model = model
        self.options = options
        self.templates = templates
        self.sdk = sdk ?? SharedSwiftSDK(model: model, credentialPrefixes: options.credentialPrefixes)
    }

    /// Support files rendered from `swift/support/<name>` into `Support/<name>.swift`.
    static let supportFiles = ["JSONValue", "APICoding", "APIRequest", "Parameters", "APIError", "PageSequence", "Indirect", "ResponseHeaders"]

    public func emit(into output: inout OutputSet) {
        let access = options.access == "internal" ? "internal" : options.access
        let sdk = self.sdk.sdk
        Trace.mark("Swift SDK analysed")
        let decls = sdk.decls
        let groups = sdk.groups
        let templates = self.templates
        let client = templates.render("swift/client", clientValue(sdk, access: access))
        let support = Self.supportFiles.map { templates.render("swift/support/\($0)", ["access": .string(access)]) }
        output.warnings += sdk.warnings.map {
            OutputSet.Warning(file: $0.location.file, line: $0.location.mark.line, column: $0.location.mark.column, message: $0.message)
        }
        if let count = options.shards {
            emitShards(count: count, sdk: sdk, access: access, client: client, support: support, into: &output)
            output.files.sort { $0.path < $1.path }
            return
        }

        // Which model file holds each declaration is found on another thread while the client
        // files, which do not need it, are rendered (on every core); then the model files are.
        let modelFiles = options.modelFiles
        let grouping = SideThread { () -> [(name: String, decls: [SwiftDecl])] in
            switch modelFiles {
            case .perTag: SwiftModelFiles.group(decls, by: groups)
            case .perType: decls.map { ($0.name, [$0]) }
            }
        }
        let tagFiles = concurrentMap(groups.map(\.ops)) { ops in self.clientFile(ops, access: access) }
        Trace.mark("Swift client files rendered")
        let files = grouping.join()
        let models = concurrentMap(files) { file in self.modelsFile(file.decls, access: access) }
        for (file, text) in zip(files, models) {
            output.add("Models/\(file.name).swift", bytes: text)
        }

        output.add("Client/Client.swift", client)
        for ((tag, _), text) in zip(groups, tagFiles) {
            output.add("Client/Client+\(tag).swift", bytes: text)
        }
        for (name, text) in zip(Self.supportFiles, support) {
            output.add("Support/\(name).swift", text)
        }
        output.files.sort { $0.path < $1.path }
    }

    /// A file of model declarations (`swift/model`), in the order given.
    func modelsFile(_ decls: [SwiftDecl], access: String) -> [UInt8] {
        templates.renderBytes(
            "swift/model",
            [
                "decl": .list(decls.map { $0.templateValue(access: access) }),
                "accessPublic": .bool(access == "public"),
                "accessPackage": .bool(access == "package"),
                "accessInternal": .bool(access == "internal"),
            ])
    }

    /// A file of client methods (`swift/client-tag`, an extension of `Client`), in the order given.
    func clientFile(_ ops: [SwiftOperationView], access: String) -> [UInt8] {
        templates.renderBytes("swift/client-tag", ["access": .string(access), "operations": .list(ops.map(\.operationValue))])
    }

    /// The values of the `swift/client` template: the client struct and its credentials.
    func clientValue(_ sdk: SwiftSDK, access: String) -> Value {
        let auth = sdk.authentication
        let fields = auth.flatMap { [$0.parameter] + ($0.password.map { [$0] } ?? []) }
        return [
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
    }
}

extension SwiftOperationView {
    /// The client methods of one operation (the call, and its paginated, streaming and
    /// headers-returning variants where it has them, with their request builder), each rendered
    /// above what they share.
    var operationValue: Value {
        var methods = [methodValue(paged: false)]
        if pagedName != nil { methods.append(methodValue(paged: true)) }
        if streamName != nil { methods.append(methodValue(paged: false, streaming: true)) }
        if headersName != nil { methods.append(methodValue(paged: false, withHeaders: true)) }
        if hasVariants { methods.append(methodValue(paged: false, builder: true)) }
        return ["common": commonValue, "methods": .list(methods)]
    }
}
