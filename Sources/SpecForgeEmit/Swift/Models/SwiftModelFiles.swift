import SpecForgeBits

/// How the models are spread over files in the default layout: beside each client file
/// (`Client/Client+<Group>.swift`), `Models/<Group>.swift` holds the declarations its methods
/// are the first to use, directly or through other declarations (a property's type, an alias's
/// target, a union's member), in the client files' order; `Models/Other.swift` holds those no
/// operation uses. Within a file the declarations keep the SDK's order.
///
/// A file per group rather than per declaration: the compiler pays a fixed cost per file (an
/// object file, its debug information and helpers each), which was about a third of a large
/// SDK's build (the Waldur SDK's clean debug build: 2,498 files 174 s of CPU, grouped into 574
/// files 122 s; README, "Building the generated SDK").
enum SwiftModelFiles {
    static func group(_ decls: [SwiftDecl], by groups: [(tag: String, ops: [SwiftOperationView])]) -> [(name: String, decls: [SwiftDecl])] {
        var index: [NameKey: Int] = [:]
        // The first declaration of a name keeps it (assigned last, going backwards).
        for (i, d) in decls.enumerated().reversed() { index[NameKey(d.name)] = i }
        // The declarations a type expression names, found once per distinct expression.
        var named: [NameKey: [Int]] = [:]
        func declarations(in type: String) -> [Int] {
            let key = NameKey(type)
            if let known = named[key] { return known }
            let found = SwiftSDK.identifiers(in: type).compactMap { index[NameKey($0)] }
            named[key] = found
            return found
        }
        var owner = [Int?](repeating: nil, count: decls.count)
        func refs(_ d: SwiftDecl, into found: inout [Int]) {
            for p in d.properties { found += declarations(in: p.type) }
            for c in d.unionCases { found += declarations(in: c.type) }
            if !d.aliasTarget.isEmpty { found += declarations(in: d.aliasTarget) }
            for n in d.nested { refs(n, into: &found) }
        }
        for (g, group) in groups.enumerated() {
            var stack: [Int] = []
            for op in group.ops {
                var types = op.parameters.map(\.type) + [op.resultType] + op.statusCases.map(\.type) + op.errors.map(\.type)
                if let headers = op.headersType { types.append(headers) }
                // Pushed in reverse, so the first type is visited first.
                for type in types.reversed() { stack += declarations(in: type).reversed() }
                while let i = stack.popLast() {
                    guard owner[i] == nil else { continue }
                    owner[i] = g
                    var found: [Int] = []
                    refs(decls[i], into: &found)
                    stack += found.reversed()
                }
            }
        }
        var files = Array(repeating: [SwiftDecl](), count: groups.count)
        var other: [SwiftDecl] = []
        for (i, d) in decls.enumerated() {
            if let g = owner[i] { files[g].append(d) } else { other.append(d) }
        }
        var result = zip(groups, files).filter { !$0.1.isEmpty }.map { (name: $0.0.tag, decls: $0.1) }
        if !other.isEmpty {
            let taken = Set(groups.map { $0.tag.lowercased() })
            var name = "Other"
            var n = 2
            while taken.contains(name.lowercased()) { name = "Other\(n)"; n += 1 }
            result.append((name, other))
        }
        return result
    }
}
