import SpecForgeBits
import SpecForgeLoad
import SpecForgeIR
import SpecForgeParse

/// What the Swift SDK of a model declares: its types, its client methods by tag, and the
/// client's authentication parameters. The Swift emitter renders it; the Markdown reference
/// reads it to show calls that match the generated SDK exactly.
struct SwiftSDK: Sendable {
    /// Every top-level declaration, in file order (named schemas, then types operations declare).
    let decls: [SwiftDecl]
    let declsByName: [NameKey: SwiftDecl]
    /// Client methods grouped by the file (tag) they go into.
    let groups: [(tag: String, ops: [SwiftOperationView])]
    let operationsByID: [NameKey: SwiftOperationView]
    /// The client's init parameters for the spec's security schemes.
    let authentication: [SwiftCredential]
    /// What the SDK cannot represent, where the spec says it.
    let warnings: [(location: Location, message: String)]

    /// `credentialPrefixes`: by security scheme name, the text sent before an API key (`Token `).
    init(model: APIModel, credentialPrefixes: [String: String] = [:]) {
        var resolver = SwiftTypeResolver(model: model)
        var decls: [SwiftDecl] = []
        var declsByName: [NameKey: SwiftDecl] = [:]
        for schema in model.schemas {
            // A schema whose request and response shapes differ declares both.
            for decl in resolver.declarations(of: schema) {
                decls.append(decl)
                declsByName[NameKey(decl.name)] = decl
            }
        }
        let authentication = SwiftClientBuilder.authentication(model, prefixes: credentialPrefixes)
        var client = SwiftClientBuilder(resolver: resolver, declsByName: declsByName, credentials: authentication)
        let groups = client.operations(model)
        for decl in client.resolver.extraDecls {
            decls.append(decl)
            declsByName[NameKey(decl.name)] = decl
        }
        Self.declareRecursiveAliases(decls)
        Self.boxRecursiveProperties(decls)
        var byID: [NameKey: SwiftOperationView] = [:]
        for (_, ops) in groups { for op in ops { byID[NameKey(op.operationId)] = op } }
        self.decls = decls
        self.declsByName = declsByName
        self.groups = groups
        self.operationsByID = byID
        self.authentication = authentication
        self.warnings = client.warnings
    }

    /// Turns the type aliases that refer to themselves (`Tree = [String: Tree]`, or `A = [B]`
    /// with `B = [String: A]`) into single-value structs: a nominal type may contain itself through
    /// a collection, an alias may not. Every alias of such a cycle becomes one.
    static func declareRecursiveAliases(_ decls: [SwiftDecl]) {
        var aliases: [String: SwiftDecl] = [:]
        for d in decls where d.kind == .alias { aliases[d.name] = d }
        guard !aliases.isEmpty else { return }
        var edges: [String: [String]] = [:]
        for (name, d) in aliases {
            edges[name] = identifiers(in: d.aliasTarget).filter { aliases[$0] != nil }
        }
        let component = stronglyConnected(aliases.keys.sorted()) { edges[$0] ?? [] }
        var size: [Int: Int] = [:]
        for (_, c) in component { size[c, default: 0] += 1 }
        for (name, d) in aliases where size[component[name]!]! > 1 || edges[name]!.contains(name) {
            d.kind = .structure
            d.singleValue = true
            d.properties = [
                .init(name: "value", jsonName: "value", type: d.aliasTarget, optional: false, explicitNull: false, doc: nil, isBinary: false)
            ]
            d.doc = (d.doc.map { $0 + [""] } ?? []) + ["Coded as its `value`, a `\(d.aliasTarget)` (a type rather than an alias, as the value contains itself)."]
        }
    }

    /// The type names in a type expression (`[String: Foo.Bar?]` → `String`, `Foo`, `Bar`): the
    /// runs of letters, digits, `_` and non-ASCII characters (names are made by `SwiftNaming`;
    /// the rest of an expression is ASCII punctuation and spaces), read on the UTF-8 bytes.
    static func identifiers(in type: String) -> [String] {
        var names: [String] = []
        var type = type
        type.withUTF8 { bytes in
            var start = -1
            for i in 0...bytes.count {
                let b = i < bytes.count ? bytes[i] : 0x20
                let inName = b >= 0x80 || b == UInt8(ascii: "_") || (b | 0x20 >= UInt8(ascii: "a") && b | 0x20 <= UInt8(ascii: "z"))
                    || (b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9"))
                if inName {
                    if start < 0 { start = i }
                } else if start >= 0 {
                    names.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self))
                    start = -1
                }
            }
        }
        return names
    }

    /// Tarjan's strongly connected components, iteratively (deep chains must not exhaust the
    /// stack): the component number of every node reachable from `nodes`.
    static func stronglyConnected(_ nodes: [String], edges: (String) -> [String]) -> [String: Int] {
        var number: [String: Int] = [:]
        var names: [String] = []
        func index(_ name: String) -> Int {
            if let i = number[name] { return i }
            number[name] = names.count
            names.append(name)
            return names.count - 1
        }
        for node in nodes { _ = index(node) }
        var out: [[Int]] = []
        var i = 0
        while i < names.count {
            out.append(edges(names[i]).map(index))
            i += 1
        }
        let component = stronglyConnected(count: names.count) { out[$0] }
        var byName: [String: Int] = [:]
        for (i, name) in names.enumerated() where component[i] >= 0 { byName[name] = component[i] }
        return byName
    }

    /// Tarjan's algorithm on nodes numbered `0..<count`: each node's component number (nodes of
    /// one strongly connected component share it).
    static func stronglyConnected(count: Int, edges: (Int) -> [Int]) -> [Int] {
        var index = [Int](repeating: -1, count: count)
        var low = [Int](repeating: 0, count: count)
        var onStack = [Bool](repeating: false, count: count)
        var stack: [Int] = []
        var component = [Int](repeating: -1, count: count)
        var next = 0
        for root in 0..<count where index[root] < 0 {
            var work: [(node: Int, edges: [Int], edge: Int)] = [(root, edges(root), 0)]
            index[root] = next; low[root] = next; next += 1
            stack.append(root); onStack[root] = true
            while let (node, out, edge) = work.last {
                if edge < out.count {
                    work[work.count - 1].edge += 1
                    let t = out[edge]
                    if index[t] < 0 {
                        index[t] = next; low[t] = next; next += 1
                        stack.append(t); onStack[t] = true
                        work.append((t, edges(t), 0))
                    } else if onStack[t] {
                        low[node] = min(low[node], index[t])
                    }
                    continue
                }
                work.removeLast()
                if let parent = work.last?.node { low[parent] = min(low[parent], low[node]) }
                if low[node] == index[node] {
                    while let top = stack.popLast() {
                        onStack[top] = false
                        component[top] = index[node]
                        if top == node { break }
                    }
                }
            }
        }
        return component
    }

    /// Marks the properties that close a cycle of structs holding structs (`Node.parent: Node?`):
    /// those inside one strongly connected component of the "holds directly" graph. Arrays and
    /// dictionaries already store their elements out of line, so they need no box. Structs are
    /// known by their full path (`Order.Item`), and a type name written in a declaration is
    /// looked up as Swift does: among the nested types of that declaration, then of each
    /// enclosing one, then at the top level (two nested `Item`s of different parents are two types).
    static func boxRecursiveProperties(_ decls: [SwiftDecl]) {
        // Structs numbered by full path, the first declaration of a path keeping it.
        var structIndex: [NameKey: Int] = [:]
        var structs: [SwiftDecl] = []
        // What a written name may be short for inside some scope: every tail of a nested path
        // (`Item` and `Line.Item` of `Order.Line.Item`); other names are top-level or no struct.
        var nestedTails: Set<NameKey> = []
        // Each declaration with the full paths of its scopes, innermost first (`Order.Item`, `Order`).
        var all: [(decl: SwiftDecl, path: String, scopes: [String])] = []
        func collect(_ d: SwiftDecl, _ enclosing: [String]) {
            let path = enclosing.first.map { $0 + "." + d.name } ?? d.name
            if d.kind == .structure, structIndex[NameKey(path)] == nil {
                structIndex[NameKey(path)] = structs.count
                structs.append(d)
                if !enclosing.isEmpty {
                    var tail = Substring(path)
                    while let dot = tail.firstIndex(of: ".") {
                        tail = tail[tail.index(after: dot)...]
                        nestedTails.insert(NameKey(String(tail)))
                    }
                }
            }
            let scopes = [path] + enclosing
            all.append((d, path, scopes))
            for n in d.nested { collect(n, scopes) }
        }
        for d in decls { collect(d, []) }
        var aliases: [NameKey: String] = [:]
        for d in decls where d.kind == .alias { aliases[NameKey(d.name)] = d.aliasTarget }
        /// The struct a property of the declaration with `scopes` holds directly: its type, or
        /// the type an alias of it names (aliases are top-level).
        func target(_ p: SwiftDecl.Property, in scopes: [String]) -> Int? {
            guard !p.type.hasPrefix("[") else { return nil }
            if nestedTails.contains(NameKey(p.type)) {
                for scope in scopes {
                    if let i = structIndex[NameKey(scope + "." + p.type)] { return i }
                }
            }
            var type = p.type
            var hops = 0
            while let next = aliases[NameKey(type)], hops < 32 { type = next; hops += 1 }
            return type.hasPrefix("[") ? nil : structIndex[NameKey(type)]
        }
        // Each struct's properties' targets (by struct number), found once for the graph and the boxing.
        var targets = [[Int?]](repeating: [], count: structs.count)
        for (d, path, scopes) in all {
            guard let i = structIndex[NameKey(path)], structs[i] === d else { continue }
            targets[i] = d.properties.map { target($0, in: scopes) }
        }
        let component = stronglyConnected(count: structs.count) { targets[$0].compactMap { $0 } }
        for (i, d) in structs.enumerated() {
            for (p, t) in targets[i].enumerated() {
                if let t, component[t] == component[i] { d.properties[p].boxed = true }
            }
        }
    }
}
