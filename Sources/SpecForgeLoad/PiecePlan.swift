import Dispatch

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import SpecForgeBits

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

    /// The document's lines, and its size (where a line after the last would start).
    let lines: [Line]
    let size: Int
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
        // A document of more than 4 GB (offsets past 32 bits) is parsed in one go.
        guard let lines = Line.lines(of: bytes) else { return nil }
        self.lines = lines
        self.size = bytes.count
        self.pieceSize = pieceSize
        if lines.first?.first == UInt8(ascii: "{") {
            guard let parts = splitJSONDocument() else { return nil }
            self.parts = parts
            isJSON = true
            return
        }
        // Directives, document markers and anything but plain keys at the top: one parse.
        guard let parts = split(0..<lines.count, indent: 0, depth: 0) else { return nil }
        self.parts = parts
    }

    /// Where a line starts (the document's size for the line after the last), its indentation,
    /// its first and last bytes but spaces, and how many bytes lie from the one to the other.
    func start(_ line: Int) -> Int { line < lines.count ? Int(lines[line].start) : size }
    func indentation(_ line: Int) -> Int { Int(lines[line].indent) }
    func firstByte(_ line: Int) -> UInt8 { lines[line].first }
    func lastByte(_ line: Int) -> UInt8 { lines[line].last }
    func length(_ line: Int) -> Int { Int(lines[line].length) }

    /// Bytes from the start of `from` to the start of `to`.
    func size(_ from: Int, _ to: Int) -> Int { start(to) - start(from) }

    /// Whether a line is blank or a comment (only these are ignored between entries).
    private func isQuiet(_ line: Int) -> Bool { firstByte(line) == 0 || firstByte(line) == UInt8(ascii: "#") }

    /// A byte a plain key at the start of a line may begin with (and no YAML indicator).
    static func startsKey(_ c: UInt8) -> Bool {
        (c >= UInt8(ascii: "a") && c <= UInt8(ascii: "z")) || (c >= UInt8(ascii: "A") && c <= UInt8(ascii: "Z"))
            || (c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9")) || c == UInt8(ascii: "_") || c == UInt8(ascii: "/") || c == UInt8(ascii: "$")
    }

    /// The pieces of the mapping whose entries are the lines `range` at indentation `indent`, or
    /// nil when a line at `indent` or less does not start a plain key (then it is one piece).
    private func split(_ range: Range<Int>, indent: Int, depth: Int) -> [Part]? {
        // The lines read in place: this walks every line of the document once per level cut.
        let found: [Int]? = lines.withUnsafeBufferPointer { lines in
            var keys: [Int] = []
            for line in range {
                let l = lines[line]
                guard Int(l.indent) <= indent, l.first != 0, l.first != UInt8(ascii: "#") else { continue }
                guard Int(l.indent) == indent, Self.startsKey(l.first) else { return nil }
                keys.append(line)
            }
            return keys
        }
        guard let keys = found, !keys.isEmpty else { return nil }
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
        guard lastByte(key) == UInt8(ascii: ":"), let first = (key + 1..<end).first(where: { !isQuiet($0) }),
            indentation(first) > indentation(key), Self.startsKey(firstByte(first))
        else { return nil }
        // The value's mapping counts as one more level of nesting, like in one parse.
        return split(key + 1..<end, indent: indentation(first), depth: depth + 1)
    }

    // MARK: JSON

    /// The pieces of a pretty-printed JSON document's members: `{` alone on the first line and
    /// `}` alone on the last, members at one indentation below.
    private func splitJSONDocument() -> [Part]? {
        guard indentation(0) == 0, length(0) == 1,
            let close = lines.indices.last(where: { !isQuiet($0) }), close > 0, indentation(close) == 0,
            firstByte(close) == UInt8(ascii: "}"), length(close) == 1,
            let first = (1..<close).first(where: { !isQuiet($0) }), indentation(first) > 0
        else { return nil }
        return splitJSON(1..<close, indent: indentation(first), depth: 0)
    }

    /// The pieces of an object whose members start on the lines `range` at indentation `indent`
    /// (with a `"`); a line there or less indented that is no member must close one's value.
    private func splitJSON(_ range: Range<Int>, indent: Int, depth: Int) -> [Part]? {
        var keys: [Int] = []
        for line in range where !isQuiet(line) && indentation(line) <= indent {
            guard indentation(line) == indent else { return nil }
            switch firstByte(line) {
            case UInt8(ascii: "\""): keys.append(line)
            case UInt8(ascii: "}"), UInt8(ascii: "]"): continue
            default: return nil
            }
        }
        guard let firstKey = keys.first, (range.lowerBound..<firstKey).allSatisfy(isQuiet) else { return nil }
        // Members are parsed apart: the comma between two must be there, at the end of the
        // first's last line (else one parse finds the error).
        for key in keys.dropFirst() {
            guard let before = (range.lowerBound..<key).last(where: { !isQuiet($0) }), lastByte(before) == UInt8(ascii: ",") else { return nil }
        }
        return runs(of: keys, in: range, depth: depth, cuttingValues: splitJSONValue)
    }

    /// The pieces of the members of the object that is the value of the member on line `key`
    /// (its lines end before `end`): the key line ends with `{`, and the member's last line is
    /// the object's `}` (or `},`) alone at the key's indentation; that line is not parsed.
    private func splitJSONValue(key: Int, end: Int, depth: Int) -> [Part]? {
        guard lastByte(key) == UInt8(ascii: "{"),
            let close = (key + 1..<end).last(where: { !isQuiet($0) }), indentation(close) == indentation(key), firstByte(close) == UInt8(ascii: "}"),
            length(close) == 1 || (length(close) == 2 && lastByte(close) == UInt8(ascii: ",")),
            let first = (key + 1..<close).first(where: { !isQuiet($0) }), indentation(first) > indentation(key)
        else { return nil }
        return splitJSON(key + 1..<close, indent: indentation(first), depth: depth + 1)
    }
}

/// A line of a document as the plan sees it: where it starts, its indentation, its first and last
/// bytes but spaces (and a carriage return; 0 for a blank line), and how many bytes lie from the
/// one to the other. Sixteen bytes a line: the table of a 4 MB document is some 2.5 MB.
struct Line {
    var start: UInt32
    var indent: UInt32
    var length: UInt32
    var first: UInt8
    var last: UInt8

    /// The lines of `bytes` (nil beyond 4 GB), made in two halves side by side (cut at a line's
    /// start): each half counts its lines first, so both write them straight into one array of
    /// the exact size.
    static func lines(of bytes: UnsafeBufferPointer<UInt8>) -> [Line]? {
        guard let base = bytes.baseAddress, bytes.count <= Int(UInt32.max) else { return nil }
        let n = bytes.count
        let middle = memchr(base + n / 2, 0x0A, n - n / 2).map { UnsafeRawPointer($0) - UnsafeRawPointer(base) + 1 } ?? n
        let halves = [0..<middle, middle..<n]
        nonisolated(unsafe) let buffer = bytes
        let counts = concurrentLines(2) { h in lineCount(buffer, halves[h]) }
        return [Line](unsafeUninitializedCapacity: counts[0] + counts[1]) { lines, initialized in
            nonisolated(unsafe) let lines = lines
            _ = concurrentLines(2) { h in
                fill(UnsafeMutableBufferPointer(rebasing: lines[(h == 0 ? 0 : counts[0])...]), from: buffer, halves[h])
            }
            initialized = counts[0] + counts[1]
        }
    }

    /// `body(0..<count)` side by side, the results in order.
    private static func concurrentLines(_ count: Int, _ body: @Sendable (Int) -> Int) -> [Int] {
        var results = [Int](repeating: 0, count: count)
        results.withUnsafeMutableBufferPointer { slots in
            nonisolated(unsafe) let slots = slots
            DispatchQueue.concurrentPerform(iterations: count) { slots[$0] = body($0) }
        }
        return results
    }

    /// How many lines start in `range`: one per line break, and one for a last line without.
    static func lineCount(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int {
        guard let base = bytes.baseAddress, !range.isEmpty else { return 0 }
        var breaks = 0
        var i = range.lowerBound
        // Eight bytes at a time: a byte's high bit is set in `breaksHere` exactly when it was a
        // line break; the multiplication adds those bits up in the top byte (a population count
        // without the instruction, which the baseline x86-64 target does not have).
        while i + 8 <= range.upperBound {
            let breaksHere = ByteWords.equal(UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self), 0x0A)
            breaks += Int(truncatingIfNeeded: ((breaksHere >> 7) &* 0x0101_0101_0101_0101) >> 56)
            i += 8
        }
        while i < range.upperBound {
            if base[i] == 0x0A { breaks += 1 }
            i += 1
        }
        return breaks + (base[range.upperBound - 1] == 0x0A ? 0 : 1)
    }

    /// Writes the lines of `range` into `lines`, which holds exactly as many; returns their number.
    @discardableResult
    static func fill(_ lines: UnsafeMutableBufferPointer<Line>, from bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int {
        guard let base = bytes.baseAddress, let out = lines.baseAddress else { return 0 }
        let n = range.upperBound
        var i = range.lowerBound
        var k = 0
        while i < n, k < lines.count {
            let start = i
            while i < n, base[i] == 0x20 { i += 1 }
            let first: UInt8 = i < n ? base[i] : 0x0A
            // The end of the line found by memchr; its last byte but spaces and a carriage return.
            let end = memchr(base + i, 0x0A, n - i).map { UnsafeRawPointer($0) - UnsafeRawPointer(base) } ?? n
            var last = end
            while last > i, base[last - 1] == 0x20 || base[last - 1] == 0x0D { last -= 1 }
            // A blank line (or only a carriage return) neither starts nor ends anything.
            (out + k).initialize(
                to: Line(
                    start: UInt32(start), indent: UInt32(i - start), length: UInt32(max(0, last - i)),
                    first: first == 0x0A || first == 0x0D ? 0 : first, last: last > i ? base[last - 1] : 0))
            k += 1
            i = end + 1
        }
        return k
    }
}
