/// A string as the key of a dictionary or a set that is looked up many times (names made from
/// names, declarations by name, operations by tag): equal exactly when the strings are (`==`,
/// Unicode's equivalences included), hashed in a few multiplications instead of SipHash.
///
/// `String`'s own hash runs SipHash over the string's normalized bytes: some 300 instructions
/// for a short name, 385,000 times in a run over a large document. Here an ASCII string is
/// hashed from its bytes read eight at a time, as `wyhash` does (two words in, a 128-bit
/// product folded, per 16 bytes). A string that holds anything else goes to `String`'s hash, and
/// so does an ASCII string that holds `K`, `;` or `` ` ``: those three are what a non-ASCII
/// character can be equivalent to (the Kelvin sign, the Greek question mark, the Greek varia;
/// nothing else normalizes to ASCII), and equal strings must hash alike. Not a defence against
/// keys chosen to collide, which a generator's input is not.
public struct NameKey: Hashable, Sendable, ExpressibleByStringLiteral, CustomStringConvertible {
    public let string: String

    @inlinable @inline(__always)
    public init(_ string: String) { self.string = string }

    @inlinable
    public init(stringLiteral value: String) { string = value }

    public var description: String { string }

    @inlinable @inline(__always)
    public static func == (a: NameKey, b: NameKey) -> Bool {
        let x = StringBits(a.string), y = StringBits(b.string)
        if x == y { return true }
        // Two short ASCII strings are equal only when their words are.
        if StringBits.layoutHolds {
            // Two short ASCII strings are equal only when their words are; any two ASCII strings
            // when their counts and bytes are (where `==` would go through its general comparison).
            let xSmall = x.hasSmallASCIIFlags, ySmall = y.hasSmallASCIIFlags
            if xSmall, ySmall { return false }
            if xSmall || x.isLargeASCII, ySmall || y.isLargeASCII {
                if (xSmall ? UInt64(x.count) : x.largeCount) != (ySmall ? UInt64(y.count) : y.largeCount) { return false }
                if let same = sameBytes(a.string, b.string) { return same }
            }
        }
        return a.string == b.string
    }

    /// Whether two strings of the same UTF-8 count hold the same bytes, read in place eight at a
    /// time; nil when either is not stored contiguously.
    @usableFromInline
    static func sameBytes(_ a: String, _ b: String) -> Bool? {
        let same = a.utf8.withContiguousStorageIfAvailable { p in
            b.utf8.withContiguousStorageIfAvailable { q -> Bool in
                let x = UnsafeRawBufferPointer(p), y = UnsafeRawBufferPointer(q)
                let n = x.count
                guard n == y.count else { return false }
                guard n >= 8 else { return x.elementsEqual(y) }
                var i = 0
                while i + 8 <= n {
                    if load(x, i) != load(y, i) { return false }
                    i += 8
                }
                return i == n || load(x, n - 8) == load(y, n - 8)
            }
        }
        return same ?? nil
    }

    @inlinable
    public func hash(into hasher: inout Hasher) { hasher.combine(_rawHashValue(seed: 0)) }

    @inlinable @inline(__always)
    public func _rawHashValue(seed: Int) -> Int {
        let bits = StringBits(string)
        if StringBits.layoutHolds, bits.high & StringBits.smallFlag != 0 {
            // A short string: its bytes are in its words (the second's top byte holds its count).
            let high = bits.high & 0x00FF_FFFF_FFFF_FFFF
            if bits.hasSmallASCIIFlags, Self.unusual(bits.low) | Self.unusual(high) == 0 {
                return Self.finish(Self.mix(bits.low, high, UInt64(UInt(bitPattern: seed))), count: bits.count)
            }
            return string._rawHashValue(seed: seed)
        }
        return Self.longHash(string, seed: seed)
    }

    /// The hash of a string stored out of line: its bytes read in place, 16 at a time, the last
    /// block padded with zeros as a short string's second word is.
    @usableFromInline
    static func longHash(_ string: String, seed: Int) -> Int {
        let hashed = string.utf8.withContiguousStorageIfAvailable { bytes -> Int? in
            let raw = UnsafeRawBufferPointer(bytes)
            let n = raw.count
            var state = UInt64(UInt(bitPattern: seed))
            var unusual: UInt64 = 0
            var i = 0
            while n - i >= 16 {
                let a = load(raw, i), b = load(raw, i + 8)
                unusual |= Self.unusual(a) | Self.unusual(b)
                state = mix(a, b, state)
                i += 16
            }
            if i < n || n == 0 {
                // The rest (0...15 bytes): from the last eight bytes, shifted past those read
                // already (byte by byte in a string of fewer than eight).
                let left = n - i
                var a: UInt64 = 0, b: UInt64 = 0
                if n < 8 {
                    for j in 0..<n { a |= UInt64(raw[j]) << UInt64(8 * j) }
                } else {
                    let last = load(raw, n - 8)
                    a = left >= 8 ? load(raw, i) : last >> UInt64(8 * (8 - left))
                    b = left > 8 ? last >> UInt64(8 * (16 - left)) : 0
                }
                unusual |= Self.unusual(a) | Self.unusual(b)
                state = mix(a, b, state)
            }
            return unusual == 0 ? finish(state, count: n) : nil
        }
        if let hashed, let hashed { return hashed }
        return string._rawHashValue(seed: seed)
    }

    @usableFromInline @inline(__always)
    static func load(_ bytes: UnsafeRawBufferPointer, _ offset: Int) -> UInt64 {
        UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
    }

    /// Nonzero when a word of bytes holds a non-ASCII byte, a `K`, a `;` or a `` ` ``.
    @usableFromInline @inline(__always)
    static func unusual(_ w: UInt64) -> UInt64 {
        (w & ByteWords.highBits) | ByteWords.contains(w, UInt8(ascii: "K")) | ByteWords.contains(w, UInt8(ascii: ";"))
            | ByteWords.contains(w, UInt8(ascii: "`"))
    }

    @usableFromInline @inline(__always)
    static func mix(_ a: UInt64, _ b: UInt64, _ state: UInt64) -> UInt64 {
        let (high, low) = (a ^ 0xA076_1D64_78BD_642F).multipliedFullWidth(by: b ^ state ^ 0xE703_7ED1_A0B4_28DB)
        return high ^ low
    }

    @usableFromInline @inline(__always)
    static func finish(_ state: UInt64, count: Int) -> Int {
        let (high, low) = (state ^ UInt64(count)).multipliedFullWidth(by: 0x8EBC_6AF0_9C88_C6E3)
        return Int(truncatingIfNeeded: high ^ low)
    }
}
