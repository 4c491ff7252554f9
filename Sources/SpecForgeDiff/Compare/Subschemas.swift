import SpecForgeLoad
import SpecForgeParse

/// `allOf` / `oneOf` / `anyOf` members: references are matched by reference, members written in
/// place by being identical, then by `title`, then (one left on each side, both untitled) as a pair.
extension Differ {
    struct Member {
        var index: Int
        var component: String
        var title: String

        var name: String {
            if !title.isEmpty { return "subschema #\(index + 1): \(title)" }
            if !component.isEmpty { return "#/components/schemas/\(component)" }
            return "subschema #\(index + 1)"
        }
    }

    func subschemas(_ a: Node?, _ aFile: String, _ b: Node?, _ bFile: String) -> [Change] {
        let x = (a?.sequence ?? []).map { base.resolve($0, in: aFile) }
        let y = (b?.sequence ?? []).map { revision.resolve($0, in: bFile) }
        guard !x.isEmpty || !y.isEmpty else { return [] }
        func member(_ r: DiffInput.Resolved, _ i: Int) -> Member {
            Member(index: i, component: r.ref.isEmpty ? "" : String(r.ref[r.ref.index(after: r.ref.lastIndex(of: "/") ?? r.ref.startIndex)...]),
                   title: r.node["title"]?.string ?? "")
        }
        var added: [Member] = [], deleted: [Member] = []
        var modified: [(Member, Member, [Change])] = []
        func modify(_ i: Int, _ j: Int) {
            let changes = schema(x[i], y[j])
            if !changes.isEmpty { modified.append((member(x[i], i), member(y[j], j), changes)) }
        }

        // By reference.
        var refsB: [String: [Int]] = [:]
        for (j, r) in y.enumerated() where !r.ref.isEmpty { refsB[r.ref, default: []].append(j) }
        for (i, r) in x.enumerated() where !r.ref.isEmpty {
            if var list = refsB[r.ref], !list.isEmpty {
                let j = list.removeFirst()
                refsB[r.ref] = list
                modify(i, j)
            } else {
                deleted.append(member(r, i))
            }
        }
        var refsA: [String: Int] = [:]
        for r in x where !r.ref.isEmpty { refsA[r.ref, default: 0] += 1 }
        for (j, r) in y.enumerated() where !r.ref.isEmpty {
            if let n = refsA[r.ref], n > 0 { refsA[r.ref] = n - 1 } else { added.append(member(r, j)) }
        }

        // Written in place: those without an identical counterpart.
        var addedIdx = notContained(y, in: x)
        var deletedIdx = notContained(x, in: y)
        var titled: Set<String> = [""]
        var pairs: [(Int, Int)] = []
        for j in addedIdx {
            let title = member(y[j], j).title
            if titled.contains(title) { continue }
            if let i = deletedIdx.first(where: { member(x[$0], $0).title == title }) {
                pairs.append((i, j))
                titled.insert(title)
            }
        }
        for (i, j) in pairs { modify(i, j) }
        addedIdx.removeAll { j in pairs.contains { $0.1 == j } }
        deletedIdx.removeAll { i in pairs.contains { $0.0 == i } }
        if addedIdx.count == 1, deletedIdx.count == 1, member(x[deletedIdx[0]], 0).title.isEmpty, member(y[addedIdx[0]], 0).title.isEmpty {
            modify(deletedIdx[0], addedIdx[0])
            addedIdx = []
            deletedIdx = []
        }
        added += addedIdx.map { Member(index: $0, component: "", title: member(y[$0], $0).title) }
        deleted += deletedIdx.map { Member(index: $0, component: "", title: member(x[$0], $0).title) }

        var out: [Change] = []
        if !added.isEmpty { out.append(Change(.other, "Schemas added: " + added.map(\.name).joined(separator: ", "))) }
        if !deleted.isEmpty { out.append(Change(.other, "Schemas deleted: " + deleted.map(\.name).joined(separator: ", "))) }
        for (m1, m2, changes) in modified {
            let name = m1.name == m2.name ? m1.name : "\(m1.name) -> \(m2.name)"
            out.append(Change(.other, "Modified schema: \(name)", children: changes))
        }
        return out
    }

    /// Indexes of the in-place members of `list` with no identical in-place member in `other`.
    private func notContained(_ list: [DiffInput.Resolved], in other: [DiffInput.Resolved]) -> [Int] {
        var matched: Set<Int> = []
        var out: [Int] = []
        for (i, r) in list.enumerated() where r.ref.isEmpty {
            var found = false
            for (j, o) in other.enumerated() where o.ref.isEmpty && !matched.contains(j) {
                if schema(r, o).isEmpty {
                    matched.insert(j)
                    found = true
                    break
                }
            }
            if !found { out.append(i) }
        }
        return out
    }
}
