/// Tests on eight bytes at once, held in a `UInt64`, each byte's answer in its high bit.
public enum ByteWords {
    public static let highBits: UInt64 = 0x8080_8080_8080_8080

    /// The high bit of each byte of `word` that equals `byte`, exactly: the bytes are compared
    /// with their high bits set aside, so no carry crosses from one byte into the next.
    @inlinable @inline(__always)
    public static func equal(_ word: UInt64, _ byte: UInt8) -> UInt64 {
        let differs = word ^ (0x0101_0101_0101_0101 &* UInt64(byte))
        let low: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
        return ~(((differs & low) &+ low) | differs | low)
    }

    /// Nonzero exactly when some byte of `word` equals `byte` (which byte the bits mark is not
    /// exact: a borrow may mark the byte after a match too). Cheaper than `equal` where only
    /// whether matters.
    @inlinable @inline(__always)
    public static func contains(_ word: UInt64, _ byte: UInt8) -> UInt64 {
        let differs = word ^ (0x0101_0101_0101_0101 &* UInt64(byte))
        return (differs &- 0x0101_0101_0101_0101) & ~differs & highBits
    }

    /// The high bit of each byte of `word` below `byte` (at most 0x80), exactly: each byte's high
    /// bit is set before subtracting, so no borrow crosses into the next; a byte of 0x80 and up
    /// is never below.
    @inlinable @inline(__always)
    public static func below(_ word: UInt64, _ byte: UInt8) -> UInt64 {
        ~((word | highBits) &- (0x0101_0101_0101_0101 &* UInt64(byte))) & ~word & highBits
    }
}
