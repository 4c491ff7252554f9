import SpecForgeBits

/// A fixed set of short ASCII words asked whether it holds a string many times over (Swift's
/// keywords, for every identifier made): a short ASCII string is compared with the set's words of
/// its length as pairs of integers (`StringBits`), where `Set.contains` would hash it first. Any
/// other string is asked of a `Set` of `NameKey`s (which also matches a non-ASCII spelling that Unicode deems
/// equivalent, as the Kelvin sign is to `K`).
struct SmallStringSet: Sendable {
    /// By UTF-8 length (0...15), the words of that length; empty when the words are not all
    /// short ASCII (the set then answers every question).
    private let byLength: [[StringBits]]
    private let all: Set<NameKey>

    init(_ words: Set<String>) {
        all = Set(words.map { NameKey($0) })
        var byLength = [[StringBits]](repeating: [], count: 16)
        for word in words {
            let bits = StringBits(word)
            guard bits.isSmallASCII else {
                byLength = []
                break
            }
            byLength[bits.count].append(bits)
        }
        self.byLength = byLength
    }

    /// Whether short ASCII strings are compared as bits (the words and the layout allow it).
    var usesBits: Bool { !byLength.isEmpty }

    func contains(_ s: String) -> Bool {
        let bits = StringBits(s)
        guard !byLength.isEmpty, bits.isSmallASCII else { return all.contains(NameKey(s)) }
        return byLength[bits.count].contains(bits)
    }
}
