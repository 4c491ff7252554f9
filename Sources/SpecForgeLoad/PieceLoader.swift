import Dispatch
import SpecForgeBits

/// Loads a large document as the pieces of its `PiecePlan`, parsed side by side, and joins their
/// trees. Returns nil, for one parse of the whole to give the tree or the error, unless every
/// piece parsed into exactly the mapping entries its plan expected (keys on the planned lines,
/// at the planned column), no mapping got a key twice from two pieces, and the aliases stayed
/// within the limit for the whole document.
enum PieceLoader {
    static func load(_ buffer: UnsafeBufferPointer<UInt8>, file: String, pieceSize: Int) -> Node? {
        guard let plan = PiecePlan(buffer, pieceSize: pieceSize) else { return nil }
        let pieces = Self.pieces(plan.parts)
        guard pieces.count > 1 else { return nil }
        var results = [(node: Node, aliasExpansion: Int)?](repeating: nil, count: pieces.count)
        results.withUnsafeMutableBufferPointer { slots in
            // Each iteration writes only its own slot; the buffer outlives concurrentPerform.
            nonisolated(unsafe) let slots = slots
            nonisolated(unsafe) let buffer = buffer
            DispatchQueue.concurrentPerform(iterations: pieces.count) { i in
                let (lines, depth, isKey) = pieces[i]
                let start = plan.start(lines.lowerBound)
                let piece = UnsafeBufferPointer(rebasing: buffer[start..<plan.start(lines.upperBound)])
                guard plan.isJSON else {
                    slots[i] = try? YAMLLoader.parse(piece, file: file, lineOffset: lines.lowerBound, baseDepth: depth).get()
                    return
                }
                // JSON members in braces of their own, on the line before theirs; a key line
                // (`"paths": {`) gets its object closed at once.
                var braced: [UInt8] = [UInt8(ascii: "{"), 0x0A]
                braced.reserveCapacity(piece.count + 4)
                braced += piece
                braced += isKey ? [0x7D, 0x7D] : [0x7D]
                slots[i] = braced.withUnsafeBufferPointer {
                    try? YAMLLoader.parse($0, file: file, lineOffset: lines.lowerBound - 1, baseDepth: depth).get()
                }
            }
        }
        guard results.reduce(0, { $0 + ($1?.aliasExpansion ?? 0) }) <= YAMLLoader.maxAliasExpansion else { return nil }
        var next = 0
        var joiner = Joiner(plan: plan, results: results)
        guard let entries = joiner.entries(of: plan.parts, next: &next), let first = entries.first else { return nil }
        // A block mapping starts at its first key; a JSON object at its `{`.
        return Node(.mapping(Mapping(entries)), mark: plan.isJSON ? Mark(line: 1, column: 1) : first.keyMark)
    }

    /// The lines of every piece to parse, the collections around it, and whether it is the key
    /// line of an entry cut below its key, in document order.
    static func pieces(_ parts: [PiecePlan.Part]) -> [(lines: Range<Int>, depth: Int, isKey: Bool)] {
        parts.flatMap { part -> [(lines: Range<Int>, depth: Int, isKey: Bool)] in
            switch part {
            case .lines(let lines, _, let depth): [(lines, depth, false)]
            case .entry(let key, let children, let depth): [(key..<key + 1, depth, true)] + pieces(children)
            }
        }
    }

    /// Joins the parsed pieces into the entries of their mappings, checking each against the plan.
    private struct Joiner {
        let plan: PiecePlan
        let results: [(node: Node, aliasExpansion: Int)?]

        /// The entries of `parts`, whose pieces are the results from `next` on.
        mutating func entries(of parts: [PiecePlan.Part], next: inout Int) -> [Mapping.Entry]? {
            var out: [Mapping.Entry] = []
            for part in parts {
                switch part {
                case .lines(_, let keys, _):
                    guard let got = entries(of: next, keys: keys) else { return nil }
                    next += 1
                    out += got
                case .entry(let key, let children, _):
                    // The key line alone parses into the key with an empty plain value (a block
                    // mapping below it starts at its first key), or in JSON with an empty object
                    // (which starts at its `{`).
                    guard let got = entries(of: next, keys: [key]), got.count == 1 else { return nil }
                    let isEmpty =
                        plan.isJSON
                        ? got[0].value.mapping?.entries.isEmpty == true
                        : got[0].value.scalar.map { $0.isPlain && $0.text.isEmpty } == true
                    guard isEmpty else { return nil }
                    next += 1
                    guard let inner = entries(of: children, next: &next), let first = inner.first else { return nil }
                    let mark = plan.isJSON ? got[0].value.mark : first.keyMark
                    out.append(Mapping.Entry(key: got[0].key, keyMark: got[0].keyMark, value: Node(.mapping(Mapping(inner)), mark: mark)))
                }
            }
            // Each piece checked its own keys; keys from different pieces are checked here.
            var seen = Set<NameKey>(minimumCapacity: out.count)
            for entry in out where !seen.insert(NameKey(entry.key)).inserted { return nil }
            return out
        }

        /// The entries of result `index`, when it is a mapping whose keys are on the lines `keys`,
        /// all at the column of the first.
        func entries(of index: Int, keys: [Int]) -> [Mapping.Entry]? {
            guard let result = results[index], let mapping = result.node.mapping, mapping.entries.count == keys.count else { return nil }
            let column = plan.indentation(keys[0]) + 1
            for (entry, line) in zip(mapping.entries, keys) where entry.keyMark != Mark(line: line + 1, column: column) {
                return nil
            }
            return mapping.entries
        }
    }
}
