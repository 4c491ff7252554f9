/// Questions asked of a string's UTF-8 bytes, eight bytes at a time (a per-byte closure over
/// `utf8` costs several instructions a byte, and these are asked of most names and texts).
public enum TextScan {
    /// Whether every byte of `text` is ASCII: at once where the string's own flags say so (a
    /// native string knows whether it is ASCII), else by its bytes.
    @inlinable
    public static func isASCII(_ text: String) -> Bool {
        let bits = StringBits(text)
        if StringBits.layoutHolds, bits.hasSmallASCIIFlags || bits.isLargeASCII { return true }
        return !anyWord(text) { $0 & ByteWords.highBits != 0 }
    }

    /// Whether `text` holds a byte a string literal (Swift's or JSON's) writes escaped: a control
    /// byte (below 0x20), `"` or `\`; with `nonASCII`, also any byte of 0x80 and up.
    @inlinable
    public static func needsEscape(_ text: String, nonASCII: Bool = false) -> Bool {
        let high: UInt64 = nonASCII ? ByteWords.highBits : 0
        return anyWord(text) { w in
            ByteWords.below(w, 0x20) | ByteWords.contains(w, 0x22) | ByteWords.contains(w, 0x5C) | (w & high) != 0
        }
    }

    /// Whether `test` holds for some word of `text`'s bytes, the last word padded with spaces
    /// (a byte no question here asks about).
    /// A short string's bytes are its words (the rest of the second, past its count, padded);
    /// a long one's are read where they are stored; any other string's through `withUTF8`.
    @inlinable @inline(__always)
    static func anyWord(_ text: String, _ test: (UInt64) -> Bool) -> Bool {
        let bits = StringBits(text)
        if StringBits.layoutHolds, bits.isSmall {
            let count = bits.count
            guard count > 0 else { return false }
            if test(count >= 8 ? bits.low : padded(bits.low, count)) { return true }
            return count > 8 && test(padded(bits.high, count - 8))
        }
        if let bytes = bits.tailAllocatedUTF8 { return anyWord(bytes, test) }
        var text = text
        return text.withUTF8 { anyWord($0, test) }
    }

    /// `word`'s first `count` bytes (of fewer than eight), the rest spaces.
    @inlinable @inline(__always)
    static func padded(_ word: UInt64, _ count: Int) -> UInt64 {
        let kept: UInt64 = count >= 8 ? ~0 : (1 << (UInt64(count) * 8)) - 1
        return (word & kept) | (0x2020_2020_2020_2020 & ~kept)
    }

    @inlinable @inline(__always)
    static func anyWord(_ bytes: UnsafeBufferPointer<UInt8>, _ test: (UInt64) -> Bool) -> Bool {
        guard let base = bytes.baseAddress else { return false }
        var i = 0
        while i + 8 <= bytes.count {
            if test(UInt64(littleEndian: UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self))) { return true }
            i += 8
        }
        guard i < bytes.count else { return false }
        var last: UInt64 = 0x2020_2020_2020_2020
        withUnsafeMutableBytes(of: &last) { $0.baseAddress!.copyMemory(from: base + i, byteCount: bytes.count - i) }
        return test(UInt64(littleEndian: last))
    }
}
