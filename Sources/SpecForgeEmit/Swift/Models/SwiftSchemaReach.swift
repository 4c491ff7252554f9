import SpecForgeIR

/// Which schemas a request or a response reaches: what decides the request variants of
/// `SwiftTypeResolver` (schemas both sent and received whose read-only or write-only
/// properties make the two shapes differ).
extension SwiftTypeResolver {
    /// The schemas, reachable from `roots`, that have a read-only or write-only property or hold
    /// (at any depth) a schema that does.
    static func reachingReadOrWriteOnly(from roots: [SchemaIR]) -> Set<ObjectIdentifier> {
        // Schemas numbered as first met; each one's parents kept as a list threaded through
        // flat arrays (no array per schema).
        var index: [ObjectIdentifier: Int] = [:]
        var ids: [ObjectIdentifier] = []
        var visited: [Bool] = []
        var firstParent: [Int] = []
        var edgeParent: [Int] = []
        var edgeNext: [Int] = []
        func number(_ s: SchemaIR) -> Int {
            let id = ObjectIdentifier(s)
            if let i = index[id] { return i }
            index[id] = ids.count
            ids.append(id)
            visited.append(false)
            firstParent.append(-1)
            return ids.count - 1
        }
        var marked: [Int] = []
        var stack = roots
        while let s = stack.popLast() {
            let i = number(s)
            guard !visited[i] else { continue }
            visited[i] = true
            if s.fields.contains(where: { $0.schema.readOnly || $0.schema.writeOnly }) { marked.append(i) }
            s.forEachSubschema { child in
                let c = number(child)
                edgeParent.append(i)
                edgeNext.append(firstParent[c])
                firstParent[c] = edgeParent.count - 1
                stack.append(child)
            }
        }
        var reaching = [Bool](repeating: false, count: ids.count)
        for i in marked { reaching[i] = true }
        var queue = marked
        while let c = queue.popLast() {
            var e = firstParent[c]
            while e >= 0 {
                let parent = edgeParent[e]
                if !reaching[parent] {
                    reaching[parent] = true
                    queue.append(parent)
                }
                e = edgeNext[e]
            }
        }
        return Set(ids.indices.lazy.filter { reaching[$0] }.map { ids[$0] })
    }

    /// Named schemas reachable from `roots` (iterative; each schema visited once).
    static func reachableNamed(from roots: [SchemaIR]) -> Set<ObjectIdentifier> {
        var seen: Set<ObjectIdentifier> = []
        var named: Set<ObjectIdentifier> = []
        var stack = roots
        while let s = stack.popLast() {
            guard seen.insert(ObjectIdentifier(s)).inserted else { continue }
            if s.name != nil { named.insert(ObjectIdentifier(s)) }
            s.forEachSubschema { stack.append($0) }
        }
        return named
    }
}
