/// A fixed set of short ASCII words asked whether it holds a string many times over (Swift's
/// keywords, for every identifier made). A string of at most 15 UTF-8 bytes is stored by the
/// standard library in the string's own two words, in one canonical form (the same bytes, the
/// same bits): an ASCII one is compared with the set's words of its length as pairs of integers,
/// where `Set.contains` would hash it first. Any other string is asked of a `Set` (which also
/// matches a non-ASCII spelling that Unicode deems equivalent, as the Kelvin sign is to `K`).
struct SmallStringSet: Sendable {
    /// By UTF-8 length (0...15), the bits of the words of that length; empty when the words
    /// are not all short ASCII (the set then answers every question).
    private let byLength: [[Bits]]
    private let all: Set<String>

    private struct Bits: Equatable, Sendable {
        var low: UInt64
        var high: UInt64

        init(_ s: String) { (low, high) = unsafeBitCast(s, to: (UInt64, UInt64).self) }

        /// As the standard library's `_StringObject` lays out a string on 64-bit platforms, the
        /// top byte of the second word of a small string: bit 61 small (`FieldKey` reads it too),
        /// bit 62 ASCII, bits 56–59 the UTF-8 count. `layoutHolds` checks it at first use.
        var isSmallASCII: Bool { high & (3 << 61) == 3 << 61 }
        var count: Int { Int(high >> 56 & 0xF) }
    }

    /// Whether strings are laid out as `Bits` reads them (else the set answers every question).
    private static let layoutHolds: Bool = {
        guard MemoryLayout<String>.size == 16, MemoryLayout<Int>.size == 8 else { return false }
        let ascii = Bits("keyword"), other = Bits("clé"), long = Bits(String(repeating: "k", count: 40))
        return ascii.isSmallASCII && ascii.count == 7 && !other.isSmallASCII && !long.isSmallASCII
    }()

    init(_ words: Set<String>) {
        all = words
        var byLength = [[Bits]](repeating: [], count: 16)
        for word in words {
            guard Self.layoutHolds, Bits(word).isSmallASCII else {
                byLength = []
                break
            }
            byLength[Bits(word).count].append(Bits(word))
        }
        self.byLength = byLength
    }

    /// Whether short ASCII strings are compared as bits (the words and the layout allow it).
    var usesBits: Bool { !byLength.isEmpty }

    func contains(_ s: String) -> Bool {
        let bits = Bits(s)
        guard !byLength.isEmpty, bits.isSmallASCII else { return all.contains(s) }
        return byLength[bits.count].contains(bits)
    }
}
