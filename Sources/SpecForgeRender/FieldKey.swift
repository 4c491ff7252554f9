import SpecForgeBits

/// A name looked up in `Fields`, prepared for comparing with many keys quickly. A name matches a
/// key when their UTF-8 bytes are the same (as Mustache names are literal: no Unicode
/// normalization, `café` written with a combining accent is another name).
///
/// The keys of view models are string literals and the names in templates are short: nearly all
/// are small strings (at most 15 UTF-8 bytes, stored in the string's two words themselves, in a
/// canonical form: the same bytes, the same bits). Two small strings are compared as two pairs
/// of words; any other pair by length, then byte by byte.
struct FieldKey: Sendable {
    let text: String
    private let length: Int
    private let bits: StringBits
    private let small: Bool

    init(_ text: String) {
        self.text = text
        self.length = text.utf8.count
        self.bits = StringBits(text)
        self.small = StringBits.layoutHolds && bits.isSmall
    }

    /// Whether `other` has the same UTF-8 bytes.
    @inline(__always)
    func matches(_ other: String) -> Bool {
        if small {
            let b = StringBits(other)
            if b.isSmall { return b == bits }
        }
        return other.utf8.count == length && other.utf8.elementsEqual(text.utf8)
    }

    /// The index of the last of `elements` whose key matches, read in place: for a small name,
    /// the pair of words compared with each key's first (a key stored otherwise is `matches`'s).
    @inline(__always)
    func lastMatch<Element>(in elements: UnsafeBufferPointer<Element>, key: (Element) -> String) -> Int? {
        var i = elements.count
        guard small else {
            while i > 0 {
                i -= 1
                if matches(key(elements[i])) { return i }
            }
            return nil
        }
        while i > 0 {
            i -= 1
            let other = key(elements[i])
            let b = StringBits(other)
            if b == bits || (!b.isSmall && matches(other)) { return i }
        }
        return nil
    }
}
