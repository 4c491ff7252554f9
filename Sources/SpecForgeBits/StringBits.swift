/// A string's two words, for comparing short ASCII strings as two integers.
///
/// The standard library keeps a string of at most 15 UTF-8 bytes in its own two words, in one
/// canonical form: the same bytes, the same bits. On 64-bit platforms the top byte of the second
/// word of such a string holds its flags (bit 61 small, bit 62 ASCII) and its UTF-8 count (bits
/// 56–59); `layoutHolds` says so, `checkLayout()` verifies it. Two short ASCII strings are then equal exactly
/// when their words are, where `==` would first ask whether they are ASCII, or normalized. Any
/// other string is compared with `==` by the callers (Unicode's equivalences included).
public struct StringBits: Equatable, Sendable {
    public let low: UInt64
    public let high: UInt64

    @inlinable @inline(__always)
    public init(_ s: String) { (low, high) = unsafeBitCast(s, to: (UInt64, UInt64).self) }

    /// The words of the string stored at `place`, read without copying the string (a copy
    /// retains its storage, to be released again).
    @inlinable @inline(__always)
    public init(at place: UnsafePointer<String>) {
        (low, high) = UnsafeRawPointer(place).load(as: (UInt64, UInt64).self)
    }

    /// Whether this is a short ASCII string held in its words (false wherever the layout differs).
    @inlinable @inline(__always)
    public var isSmallASCII: Bool { Self.layoutHolds && hasSmallASCIIFlags }

    /// Whether this is a short string held in its words, ASCII or not (meaningful where
    /// `layoutHolds`): its UTF-8 bytes are the first `count` bytes of its words.
    @inlinable @inline(__always)
    public var isSmall: Bool { high & Self.smallFlag != 0 }

    /// The flag of a short string in its second word (bit 61).
    public static let smallFlag: UInt64 = 1 << 61

    /// The flags of a short ASCII string, read without asking `layoutHolds` (in a loop after
    /// asking it once).
    @inlinable @inline(__always)
    public var hasSmallASCIIFlags: Bool { high & (3 << 61) == 3 << 61 }

    /// Whether this is a string stored out of line (not short) whose flags say it is ASCII: the
    /// top bit of its first word, which holds its count (low 48 bits) and flags.
    @inlinable @inline(__always)
    public var isLargeASCII: Bool { high & Self.smallFlag == 0 && low >> 63 == 1 }

    /// The UTF-8 count of a string stored out of line.
    @inlinable @inline(__always)
    public var largeCount: UInt64 { low & 0xFFFF_FFFF_FFFF }

    /// The UTF-8 count of a short string.
    @inlinable
    public var count: Int { Int(high >> 56 & 0xF) }

    /// The UTF-8 bytes of a string stored out of line in the standard library's own storage (a
    /// native string, or a literal), read where they are: the storage's address is in the low
    /// 60 bits of the second word and the bytes begin 32 bytes after it (a literal's address is
    /// stored 32 bytes early); nil for a short string, or one whose bytes stand elsewhere
    /// (bridged, shared, foreign: the tail-allocated flag, bit 60 of the first word, is clear).
    /// Good for as long as the string is.
    @inlinable @inline(__always)
    public var tailAllocatedUTF8: UnsafeBufferPointer<UInt8>? {
        guard Self.layoutHolds, high & Self.smallFlag == 0, low & (1 << 60) != 0 else { return nil }
        let start = UnsafePointer<UInt8>(bitPattern: UInt(truncatingIfNeeded: (high & 0x0FFF_FFFF_FFFF_FFFF) &+ 32))
        return UnsafeBufferPointer(start: start, count: Int(truncatingIfNeeded: largeCount))
    }

    /// The index of the first of `elements` whose string (`string`) equals `key`, read in place:
    /// a short ASCII key is compared with each short ASCII string as two integers and told apart
    /// from a long ASCII string of another count by the counts; any other pair is compared with
    /// `==` (Unicode's equivalences included).
    @inlinable @inline(__always)
    public static func firstIndex<Element>(of key: String, in elements: UnsafeBufferPointer<Element>, _ string: (Element) -> String) -> Int? {
        let name = StringBits(key)
        guard name.isSmallASCII else { return elements.firstIndex { string($0) == key } }
        for i in elements.indices {
            let other = string(elements[i])
            let bits = StringBits(other)
            if bits == name || (!bits.hasSmallASCIIFlags && !(bits.isLargeASCII && bits.largeCount != UInt64(name.count)) && other == key) { return i }
        }
        return nil
    }

    /// The string of `bytes` when they are at most 15 ASCII bytes, made as the standard library
    /// makes a short string (its bytes in its words, the flags and count in the second's top
    /// byte) without the validation and dispatch of `String(decoding:as:)`; nil otherwise.
    @inlinable
    public static func smallASCII(_ bytes: UnsafeRawBufferPointer) -> String? {
        guard layoutHolds, bytes.count <= 15 else { return nil }
        let (low, high) = words(bytes)
        guard (low | high) & 0x8080_8080_8080_8080 == 0 else { return nil }
        return unsafeBitCast((low, high | (0xE0 | UInt64(bytes.count)) << 56), to: String.self)
    }

    /// The (at most 15) `bytes` as two little-endian words, zero beyond them: read with a few
    /// loads that stay within the bytes (two overlapping ones from eight bytes up), not a copy.
    @inlinable @inline(__always)
    static func words(_ bytes: UnsafeRawBufferPointer) -> (UInt64, UInt64) {
        let n = bytes.count
        guard let p = bytes.baseAddress, n > 0 else { return (0, 0) }
        func load<T: FixedWidthInteger>(_ offset: Int, _: T.Type) -> UInt64 { UInt64(T(littleEndian: p.loadUnaligned(fromByteOffset: offset, as: T.self))) }
        if n >= 8 {
            // The last eight bytes, shifted down past the ones the first load has.
            return (load(0, UInt64.self), n == 8 ? 0 : load(n - 8, UInt64.self) >> UInt64((16 - n) * 8))
        }
        if n >= 4 { return (load(0, UInt32.self) | load(n - 4, UInt32.self) << UInt64((n - 4) * 8), 0) }
        let first = load(0, UInt8.self), middle = load(n / 2, UInt8.self), last = load(n - 1, UInt8.self)
        return (first | middle << UInt64(n / 2 * 8) | last << UInt64((n - 1) * 8), 0)
    }

    /// Whether strings are laid out as described above: the standard library's layout on 64-bit
    /// little-endian platforms. A constant, so that asking costs nothing where it is asked for
    /// every name; `checkLayout()` verifies it against this runtime's strings.
    #if (arch(x86_64) || arch(arm64)) && _endian(little)
    public static let layoutHolds = true
    #else
    public static let layoutHolds = false
    #endif

    /// Stops the process if `layoutHolds` claims a layout this runtime's strings do not have (a
    /// standard library that changed it): names would otherwise be compared wrongly. Called
    /// where a document is loaded; the check itself runs once.
    public static func checkLayout() {
        precondition(!layoutHolds || layoutVerified, "this Swift runtime lays out short strings otherwise than SpecForge reads them (StringBits)")
    }

    /// Whether strings of this runtime have the flags, count and bytes where `StringBits` reads them.
    public static let layoutVerified: Bool = {
        guard MemoryLayout<String>.size == 16, MemoryLayout<Int>.size == 8 else { return false }
        let flags: UInt64 = 3 << 61
        func bits(_ s: String) -> (UInt64, UInt64) { unsafeBitCast(s, to: (UInt64, UInt64).self) }
        let ascii = bits("keyword"), other = bits("clé"), long = bits(String(repeating: "k", count: 40))
        let longOther = bits(String(repeating: "é", count: 20))
        return ascii.1 & flags == flags && Int(ascii.1 >> 56 & 0xF) == 7 && ascii.0 == 0x6472_6f77_7965_6b
            && other.1 & flags != flags && other.1 & smallFlag != 0 && long.1 & flags != flags
            && long.0 >> 63 == 1 && long.0 & 0xFFFF_FFFF_FFFF == 40 && longOther.0 >> 63 == 0 && longOther.1 & smallFlag == 0
            && [String(repeating: "k", count: 40), String(repeating: "é", count: 20), "a literal of more than fifteen bytes"].allSatisfy { (text: String) in
                StringBits(text).tailAllocatedUTF8.map(Array.init) == Array(text.utf8)
            }
            && ["", "a", "keyword", "eight_by", "fifteen_bytes__"].allSatisfy { (word: String) in
                let made = Array(word.utf8).withUnsafeBytes { smallASCII($0) }
                return made.map(bits) ?? (0, 1) == bits(String(decoding: Array(word.utf8), as: UTF8.self)) && made == word
            }
    }()
}
