/// A name looked up in `Fields`, prepared for comparing with many keys quickly.
///
/// The keys of view models are string literals and the names in templates are short: nearly all
/// are small strings (at most 15 UTF-8 bytes, stored in the string's two words themselves, a
/// canonical form: the same text has the same bits, but for a flag saying it is ASCII). Two small
/// strings are then compared as two pairs of words; any other string is compared as text.
struct FieldKey: Sendable {
    let text: String
    let length: Int
    private let words: (UInt64, UInt64)
    private let small: Bool

    /// The ASCII flag (bit 62) and the small-string flag (bit 61) of a string's second word on
    /// 64-bit platforms, as laid out by the standard library's `_StringObject`.
    private static let asciiFlag: UInt64 = 1 << 62
    private static let smallFlag: UInt64 = 1 << 61
    /// Whether strings are two words here, the layout the word comparison reads.
    private static let twoWords = MemoryLayout<String>.size == 16 && MemoryLayout<Int>.size == 8

    init(_ text: String) {
        self.text = text
        self.length = text.utf8.count
        self.words = Self.twoWords ? unsafeBitCast(text, to: (UInt64, UInt64).self) : (0, 0)
        self.small = Self.twoWords && words.1 & Self.smallFlag != 0
    }

    /// Whether `other` is the same text.
    @inline(__always)
    func matches(_ other: String) -> Bool {
        if small {
            let w = unsafeBitCast(other, to: (UInt64, UInt64).self)
            if w.1 & Self.smallFlag != 0 {
                return w.0 == words.0 && w.1 | Self.asciiFlag == words.1 | Self.asciiFlag
            }
        }
        return other.utf8.count == length && other == text
    }
}
