/// A string's two words, for comparing short ASCII strings as two integers.
///
/// The standard library keeps a string of at most 15 UTF-8 bytes in its own two words, in one
/// canonical form: the same bytes, the same bits. On 64-bit platforms the top byte of the second
/// word of such a string holds its flags (bit 61 small, bit 62 ASCII) and its UTF-8 count (bits
/// 56–59); `layoutHolds` checks that at first use. Two short ASCII strings are then equal exactly
/// when their words are, where `==` would first ask whether they are ASCII, or normalized. Any
/// other string is compared with `==` by the callers (Unicode's equivalences included).
public struct StringBits: Equatable, Sendable {
    public let low: UInt64
    public let high: UInt64

    @inline(__always)
    public init(_ s: String) { (low, high) = unsafeBitCast(s, to: (UInt64, UInt64).self) }

    /// Whether this is a short ASCII string held in its words (false wherever the layout differs).
    @inline(__always)
    public var isSmallASCII: Bool { Self.layoutHolds && hasSmallASCIIFlags }

    /// The flags of a short ASCII string, read without asking `layoutHolds` (in a loop after
    /// asking it once).
    @inline(__always)
    public var hasSmallASCIIFlags: Bool { high & (3 << 61) == 3 << 61 }

    /// The UTF-8 count of a short string.
    public var count: Int { Int(high >> 56 & 0xF) }

    /// Whether strings are laid out as described above on this platform.
    public static let layoutHolds: Bool = {
        guard MemoryLayout<String>.size == 16, MemoryLayout<Int>.size == 8 else { return false }
        let flags: UInt64 = 3 << 61
        func bits(_ s: String) -> (UInt64, UInt64) { unsafeBitCast(s, to: (UInt64, UInt64).self) }
        let ascii = bits("keyword"), other = bits("clé"), long = bits(String(repeating: "k", count: 40))
        return ascii.1 & flags == flags && Int(ascii.1 >> 56 & 0xF) == 7 && other.1 & flags != flags && long.1 & flags != flags
    }()
}
