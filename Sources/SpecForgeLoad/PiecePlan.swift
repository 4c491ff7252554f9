import Dispatch

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// How a large block-style document is cut into pieces that libyaml can parse on their own, side
/// by side: runs of sibling mapping entries, cut only before a line that starts a key at the
/// indentation of its siblings. An entry too large for one piece is cut again below its key.
/// Pretty-printed JSON (one member per line) is cut the same way between members, each run
/// parsed in braces of its own; its line breaks are never inside a string.
///
/// The plan looks at indentation only; `PieceLoader` checks that every piece parsed into exactly
/// the entries the plan expected, and loads the whole document in one go when anything differs
/// (a multi-line quoted scalar or flow collection cut in two, an alias to another piece, a
/// duplicate key across pieces), so the tree and the errors are those of one parse.
struct PiecePlan: Sendable {
    /// A piece: consecutive lines parsed as one mapping whose entries go into the parent mapping,
    /// or one entry whose key is on `key` and whose mapping value is assembled from `children`.
    indirect enum Part: Sendable {
        case lines(Range<Int>, keys: [Int], depth: Int)
        case entry(key: Int, children: [Part], depth: Int)
    }

    /// Byte offset at which each line starts, and one past the end.
    let lineStarts: [Int]
    /// By line: its indentation in spaces, and its first byte after them (0 for a blank line).
    let indents: [Int]
    let firsts: [UInt8]
    /// By line: its last byte but spaces and a carriage return (0 for a blank line), and how
    /// many bytes it holds from its first to that one.
    let lasts: [UInt8]
    let lengths: [Int]
    /// Whether the document is pretty-printed JSON (`{` alone on the first line, `}` on the
    /// last, one member per line): its pieces are runs of members, each parsed in braces.
    private(set) var isJSON = false
    /// The pieces of the root mapping, in document order.
    private(set) var parts: [Part] = []
    /// The most bytes a piece holds unless one entry alone is larger and cannot be cut.
    let pieceSize: Int

    /// The plan of `bytes`, or nil when the document is not a block mapping of plain keys at
    /// column 1, or is too small to be worth cutting.
    init?(_ bytes: UnsafeBufferPointer<UInt8>, pieceSize: Int) {
        guard pieceSize > 0, bytes.count > pieceSize, bytes.first != 0xEF else { return nil }
        guard let base = bytes.baseAddress else { return nil }
        let n = bytes.count
        // The line tables of the two halves (cut at a line's start) are made side by side.
        let middle = memchr(base + n / 2, 0x0A, n - n / 2).map { UnsafeRawPointer($0) - UnsafeRawPointer(base) + 1 } ?? n
        nonisolated(unsafe) var halves = [LineTable?](repeating: nil, count: 2)
        nonisolated(unsafe) let buffer = bytes
        halves.withUnsafeMutableBufferPointer { slots in
            nonisolated(unsafe) let slots = slots
            DispatchQueue.concurrentPerform(iterations: 2) { h in
                slots[h] = h == 0 ? LineTable(buffer, 0..<middle) : LineTable(buffer, middle..<n)
            }
        }
        let (head, tail) = (halves[0]!, halves[1]!)
        let starts = head.starts + tail.starts.dropFirst()
        let indents = head.indents + tail.indents
        let firsts = head.firsts + tail.firsts
        let lasts = head.lasts + tail.lasts
        let lengths = head.lengths + tail.lengths
        self.lineStarts = starts
        self.indents = indents
        self.firsts = firsts
        self.lasts = lasts
        self.lengths = lengths
        self.pieceSize = pieceSize
        if firsts.first == UInt8(ascii: "{") {
            guard let parts = splitJSONDocument() else { return nil }
            self.parts = parts
            isJSON = true
            return
        }
        // Directives, document markers and anything but plain keys at the top: one parse.
        guard let parts = split(0..<indents.count, indent: 0, depth: 0) else { return nil }
        self.parts = parts
    }

    var lineCount: Int { indents.count }

    /// Bytes from the start of `from` to the start of `to`.
    func size(_ from: Int, _ to: Int) -> Int { lineStarts[to] - lineStarts[from] }

    /// Whether a line is blank or a comment (only these are ignored between entries).
    private func isQuiet(_ line: Int) -> Bool { firsts[line] == 0 || firsts[line] == UInt8(ascii: "#") }

    /// A byte a plain key at the start of a line may begin with (and no YAML indicator).
    static func startsKey(_ c: UInt8) -> Bool {
        (c >= UInt8(ascii: "a") && c <= UInt8(ascii: "z")) || (c >= UInt8(ascii: "A") && c <= UInt8(ascii: "Z"))
            || (c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9")) || c == UInt8(ascii: "_") || c == UInt8(ascii: "/") || c == UInt8(ascii: "$")
    }

    /// The pieces of the mapping whose entries are the lines `range` at indentation `indent`, or
    /// nil when a line at `indent` or less does not start a plain key (then it is one piece).
    private func split(_ range: Range<Int>, indent: Int, depth: Int) -> [Part]? {
        var keys: [Int] = []
        for line in range where !isQuiet(line) && indents[line] <= indent {
            guard indents[line] == indent, Self.startsKey(firsts[line]) else { return nil }
            keys.append(line)
        }
        guard !keys.isEmpty else { return nil }
        return runs(of: keys, in: range, depth: depth, cuttingValues: splitValue)
    }

    /// The pieces of the entries starting on the lines `keys` (the entries fill `range`): runs
    /// of at most `pieceSize` bytes, unless one entry alone is larger; such an entry is cut
    /// below its key when `cut` can (key line, end of the entry, depth).
    private func runs(of keys: [Int], in range: Range<Int>, depth: Int, cuttingValues cut: (Int, Int, Int) -> [Part]?) -> [Part] {
        var parts: [Part] = []
        var runStart = range.lowerBound
        var runKeys: [Int] = []
        for (k, key) in keys.enumerated() {
            let end = k + 1 < keys.count ? keys[k + 1] : range.upperBound
            if size(key, end) > pieceSize, let children = cut(key, end, depth) {
                if !runKeys.isEmpty { parts.append(.lines(runStart..<key, keys: runKeys, depth: depth)) }
                parts.append(.entry(key: key, children: children, depth: depth))
                runStart = end
                runKeys = []
                continue
            }
            if !runKeys.isEmpty, size(runStart, end) > pieceSize {
                parts.append(.lines(runStart..<key, keys: runKeys, depth: depth))
                runStart = key
                runKeys = []
            }
            runKeys.append(key)
        }
        if !runKeys.isEmpty { parts.append(.lines(runStart..<range.upperBound, keys: runKeys, depth: depth)) }
        return parts
    }

    /// The pieces of the value of the entry whose key is on line `key` (its lines end before
    /// `end`), when the key line holds the key alone and the value is a block mapping below it.
    private func splitValue(key: Int, end: Int, depth: Int) -> [Part]? {
        guard lasts[key] == UInt8(ascii: ":"), let first = (key + 1..<end).first(where: { !isQuiet($0) }),
            indents[first] > indents[key], Self.startsKey(firsts[first])
        else { return nil }
        // The value's mapping counts as one more level of nesting, like in one parse.
        return split(key + 1..<end, indent: indents[first], depth: depth + 1)
    }

    // MARK: JSON

    /// The pieces of a pretty-printed JSON document's members: `{` alone on the first line and
    /// `}` alone on the last, members at one indentation below.
    private func splitJSONDocument() -> [Part]? {
        guard indents[0] == 0, lengths[0] == 1,
            let close = indents.indices.last(where: { !isQuiet($0) }), close > 0, indents[close] == 0,
            firsts[close] == UInt8(ascii: "}"), lengths[close] == 1,
            let first = (1..<close).first(where: { !isQuiet($0) }), indents[first] > 0
        else { return nil }
        return splitJSON(1..<close, indent: indents[first], depth: 0)
    }

    /// The pieces of an object whose members start on the lines `range` at indentation `indent`
    /// (with a `"`); a line there or less indented that is no member must close one's value.
    private func splitJSON(_ range: Range<Int>, indent: Int, depth: Int) -> [Part]? {
        var keys: [Int] = []
        for line in range where !isQuiet(line) && indents[line] <= indent {
            guard indents[line] == indent else { return nil }
            switch firsts[line] {
            case UInt8(ascii: "\""): keys.append(line)
            case UInt8(ascii: "}"), UInt8(ascii: "]"): continue
            default: return nil
            }
        }
        guard let firstKey = keys.first, (range.lowerBound..<firstKey).allSatisfy(isQuiet) else { return nil }
        // Members are parsed apart: the comma between two must be there, at the end of the
        // first's last line (else one parse finds the error).
        for key in keys.dropFirst() {
            guard let before = (range.lowerBound..<key).last(where: { !isQuiet($0) }), lasts[before] == UInt8(ascii: ",") else { return nil }
        }
        return runs(of: keys, in: range, depth: depth, cuttingValues: splitJSONValue)
    }

    /// The pieces of the members of the object that is the value of the member on line `key`
    /// (its lines end before `end`): the key line ends with `{`, and the member's last line is
    /// the object's `}` (or `},`) alone at the key's indentation; that line is not parsed.
    private func splitJSONValue(key: Int, end: Int, depth: Int) -> [Part]? {
        guard lasts[key] == UInt8(ascii: "{"),
            let close = (key + 1..<end).last(where: { !isQuiet($0) }), indents[close] == indents[key], firsts[close] == UInt8(ascii: "}"),
            lengths[close] == 1 || (lengths[close] == 2 && lasts[close] == UInt8(ascii: ",")),
            let first = (key + 1..<close).first(where: { !isQuiet($0) }), indents[first] > indents[key]
        else { return nil }
        return splitJSON(key + 1..<close, indent: indents[first], depth: depth + 1)
    }
}

/// By line of a stretch of a document (the lines that start in it): where each starts (and
/// where the next one does), its indentation, its first and last bytes but spaces (and a
/// carriage return), and how many bytes lie from the one to the other.
struct LineTable {
    var starts: [Int]
    var indents: [Int] = []
    var firsts: [UInt8] = []
    var lasts: [UInt8] = []
    var lengths: [Int] = []

    init(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) {
        starts = [range.lowerBound]
        // Room for lines of 20 bytes on average (the tables grow past it if need be).
        let expected = range.count / 20 + 1
        starts.reserveCapacity(expected + 1)
        indents.reserveCapacity(expected)
        firsts.reserveCapacity(expected)
        lasts.reserveCapacity(expected)
        lengths.reserveCapacity(expected)
        guard let base = bytes.baseAddress else { return }
        let n = range.upperBound
        var i = range.lowerBound
        while i < n {
            var indent = 0
            while i < n, base[i] == 0x20 { indent += 1; i += 1 }
            let first: UInt8 = i < n ? base[i] : 0x0A
            // The end of the line found by memchr; its last byte but spaces and a carriage return.
            let end = memchr(base + i, 0x0A, n - i).map { UnsafeRawPointer($0) - UnsafeRawPointer(base) } ?? n
            var last = end
            while last > i, base[last - 1] == 0x20 || base[last - 1] == 0x0D { last -= 1 }
            lasts.append(last > i ? base[last - 1] : 0)
            lengths.append(max(0, last - i))
            i = end + 1
            // A blank line (or only a carriage return) neither starts nor ends anything.
            indents.append(indent)
            firsts.append(first == 0x0A || first == 0x0D ? 0 : first)
            starts.append(min(i, n))
        }
    }
}
