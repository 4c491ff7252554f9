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
    private let words: (UInt64, UInt64)
    private let small: Bool

    /// The small-string flag of a string's second word on 64-bit platforms (bit 61), as the
    /// standard library's `_StringObject` lays it out.
    private static let smallFlag: UInt64 = 1 << 61
    /// Whether strings are two words here, the layout the word comparison reads.
    private static let twoWords = MemoryLayout<String>.size == 16 && MemoryLayout<Int>.size == 8

    init(_ text: String) {
        self.text = text
        self.length = text.utf8.count
        self.words = Self.twoWords ? unsafeBitCast(text, to: (UInt64, UInt64).self) : (0, 0)
        self.small = Self.twoWords && words.1 & Self.smallFlag != 0
    }

    /// Whether `other` has the same UTF-8 bytes.
    @inline(__always)
    func matches(_ other: String) -> Bool {
        if small {
            let w = unsafeBitCast(other, to: (UInt64, UInt64).self)
            if w.1 & Self.smallFlag != 0 { return w == words }
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
            let w = unsafeBitCast(other, to: (UInt64, UInt64).self)
            if w == words || (w.1 & Self.smallFlag == 0 && matches(other)) { return i }
        }
        return nil
    }
}
