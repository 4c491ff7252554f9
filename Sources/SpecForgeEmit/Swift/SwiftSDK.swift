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
        Self.boxRecursiveProperties(decls)
        var byID: [String: SwiftOperationView] = [:]
        for (_, ops) in groups { for op in ops { byID[op.operationId] = op } }
        self.decls = decls
        self.declsByName = declsByName
        self.groups = groups
        self.operationsByID = byID
        self.authentication = SwiftClientBuilder.authentication(model)
    }

    /// Marks the properties that close a cycle of structs holding structs (`Node.parent: Node?`):
    /// those inside one strongly connected component of the "holds directly" graph. Arrays and
    /// dictionaries already store their elements out of line, so they need no box.
    static func boxRecursiveProperties(_ decls: [SwiftDecl]) {
        var structs: [String: SwiftDecl] = [:]
        var all: [SwiftDecl] = []
        func collect(_ d: SwiftDecl) {
            if d.kind == .structure, structs[d.name] == nil { structs[d.name] = d }
            all.append(d)
            d.nested.forEach(collect)
        }
        decls.forEach(collect)
        func target(_ p: SwiftDecl.Property) -> String? {
            p.type.hasPrefix("[") ? nil : structs[p.type] != nil ? p.type : nil
        }
        // Tarjan's strongly connected components, iteratively (deep chains must not exhaust the stack).
        var index: [String: Int] = [:]
        var low: [String: Int] = [:]
        var onStack: Set<String> = []
        var stack: [String] = []
        var component: [String: Int] = [:]
        var next = 0
        for root in structs.keys.sorted() where index[root] == nil {
            var work: [(name: String, edge: Int)] = [(root, 0)]
            index[root] = next; low[root] = next; next += 1
            stack.append(root); onStack.insert(root)
            while let (name, edge) = work.last {
                let edges = structs[name]!.properties.compactMap(target)
                if edge < edges.count {
                    work[work.count - 1].edge += 1
                    let t = edges[edge]
                    if index[t] == nil {
                        index[t] = next; low[t] = next; next += 1
                        stack.append(t); onStack.insert(t)
                        work.append((t, 0))
                    } else if onStack.contains(t) {
                        low[name] = min(low[name]!, index[t]!)
                    }
                    continue
                }
                work.removeLast()
                if let parent = work.last?.name { low[parent] = min(low[parent]!, low[name]!) }
                if low[name] == index[name] {
                    while let top = stack.popLast() {
                        onStack.remove(top)
                        component[top] = index[name]
                        if top == name { break }
                    }
                }
            }
        }
        for d in all where d.kind == .structure {
            for i in d.properties.indices {
                if let t = target(d.properties[i]), component[t] == component[d.name] { d.properties[i].boxed = true }
            }
        }
    }
}
