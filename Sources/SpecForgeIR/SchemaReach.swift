import SpecForgeBits

extension SchemaIR {
    /// The schemas reachable from `roots` through `forEachSubschema` (each once, in the order
    /// first met, by identity), each with whether it reaches a schema for which `holds` is true, itself
    /// included. `known` answers for schemas judged before: they are not entered, and a `true`
    /// answer counts as a schema that holds.
    ///
    /// One walk and one pass back: each schema's parents are kept as a list threaded through flat
    /// arrays (no array per schema), and what holds is carried from child to parent once.
    public static func reaching(
        from roots: [SchemaIR], where holds: (SchemaIR) -> Bool, known: ((SchemaIR) -> Bool?)? = nil
    ) -> [(id: ObjectKey, reaches: Bool)] {
        // The walk's state in one value: local functions capturing these as variables made each
        // access checked for exclusivity at run time.
        var walk = Walk()
        var stack = roots.filter { known?($0) == nil }
        while let s = stack.popLast() {
            let i = walk.number(s)
            guard !walk.visited[i] else { continue }
            walk.visited[i] = true
            if holds(s) { walk.mark(i) }
            s.forEachSubschema { child in
                if let known, let answer = known(child) {
                    if answer { walk.mark(i) }
                    return
                }
                let c = walk.number(child)
                walk.edgeParent.append(i)
                walk.edgeNext.append(walk.firstParent[c])
                walk.firstParent[c] = walk.edgeParent.count - 1
                stack.append(child)
            }
        }
        while let c = walk.found.popLast() {
            var e = walk.firstParent[c]
            while e >= 0 {
                walk.mark(walk.edgeParent[e])
                e = walk.edgeNext[e]
            }
        }
        let (ids, reaches) = (walk.ids, walk.reaches)
        return ids.indices.map { (ids[$0], reaches[$0]) }
    }

    /// The schemas met by `reaching`, numbered in the order met, and the edges back to their parents.
    private struct Walk {
        var index: [ObjectKey: Int] = [:]
        var ids: [ObjectKey] = []
        var visited: [Bool] = []
        var reaches: [Bool] = []
        var firstParent: [Int] = []
        var edgeParent: [Int] = []
        var edgeNext: [Int] = []
        var found: [Int] = []

        mutating func number(_ s: SchemaIR) -> Int {
            let id = ObjectKey(s)
            if let i = index[id] { return i }
            index[id] = ids.count
            ids.append(id)
            visited.append(false)
            reaches.append(false)
            firstParent.append(-1)
            return ids.count - 1
        }

        mutating func mark(_ i: Int) {
            guard !reaches[i] else { return }
            reaches[i] = true
            found.append(i)
        }
    }
}
