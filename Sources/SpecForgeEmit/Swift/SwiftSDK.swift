import SpecForgeIR

/// What the Swift SDK of a model declares: its types, its client methods by tag, and the
/// client's authentication parameters. The Swift emitter renders it; the Markdown reference
/// reads it to show calls that match the generated SDK exactly.
struct SwiftSDK: Sendable {
    /// Every top-level declaration, in file order (named schemas, then types operations declare).
    let decls: [SwiftDecl]
    let declsByName: [String: SwiftDecl]
    /// Client methods grouped by the file (tag) they go into.
    let groups: [(tag: String, ops: [SwiftOperationView])]
    let operationsByID: [String: SwiftOperationView]
    /// The client's init parameters for the spec's security schemes.
    let authentication: [(parameter: String, header: String, prefix: String, doc: String)]

    init(model: APIModel) {
        var resolver = SwiftTypeResolver(model: model)
        var decls: [SwiftDecl] = []
        var declsByName: [String: SwiftDecl] = [:]
        for schema in model.schemas {
            // A schema whose request and response shapes differ declares both.
            for decl in resolver.declarations(of: schema) {
                decls.append(decl)
                declsByName[decl.name] = decl
            }
        }
        var client = SwiftClientBuilder(resolver: resolver, declsByName: declsByName)
        let groups = client.operations(model)
        for decl in client.resolver.extraDecls {
            decls.append(decl)
            declsByName[decl.name] = decl
        }
        var byID: [String: SwiftOperationView] = [:]
        for (_, ops) in groups { for op in ops { byID[op.operationId] = op } }
        self.decls = decls
        self.declsByName = declsByName
        self.groups = groups
        self.operationsByID = byID
        self.authentication = SwiftClientBuilder.authentication(model)
    }
}
