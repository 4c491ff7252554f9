import SpecForgeBits
import Testing

/// The word-at-a-time questions about a string's bytes answer as the byte-by-byte ones do.
@Suite struct TextScanTests {
    static func needsEscape(_ s: String, nonASCII: Bool) -> Bool {
        s.utf8.contains { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C || (nonASCII && $0 >= 0x80) }
    }

    @Test("Every length up to 40, each byte that matters at each place, and the bytes beside them")
    func answersAsTheBytesDo() {
        let specials: [String] = ["\"", "\\", "\n", "\t", "\u{1F}", "\u{0}", "é", "€", " ", "!", "#", "[", "]", "\u{7F}", "~"]
        for length in 0...40 {
            let plain = String(repeating: "a", count: length)
            #expect(TextScan.isASCII(plain) && !TextScan.needsEscape(plain) && !TextScan.needsEscape(plain, nonASCII: true))
            for at in 0...length {
                for special in specials {
                    let s = String(plain.prefix(at)) + special + String(plain.dropFirst(at))
                    // Made on the heap too (a long string's flags, not a short one's words).
                    let heap = String(decoding: Array(s.utf8) + Array(repeating: UInt8(ascii: "b"), count: 16), as: UTF8.self)
                    for text in [s, heap] {
                        #expect(TextScan.isASCII(text) == text.utf8.allSatisfy { $0 < 0x80 }, "\(Array(text.utf8))")
                        #expect(TextScan.needsEscape(text) == Self.needsEscape(text, nonASCII: false), "\(Array(text.utf8))")
                        #expect(TextScan.needsEscape(text, nonASCII: true) == Self.needsEscape(text, nonASCII: true), "\(Array(text.utf8))")
                    }
                }
            }
        }
    }

    @Test("A long string's bytes are read where the standard library stores them: a native string's and a literal's; a short string has none there")
    func longStringsAreReadInPlace() {
        let literal = "a literal of more than fifteen bytes"
        let native = String(repeating: "ü", count: 33) + "!"
        let fromSubstring = String(literal.dropFirst(2))
        for text in [literal, native, fromSubstring] {
            #expect(StringBits(text).tailAllocatedUTF8.map(Array.init) == Array(text.utf8))
        }
        #expect(StringBits("short").tailAllocatedUTF8 == nil)
        #expect(StringBits.layoutVerified)
    }

    @Test("ByteWords.below marks exactly the bytes below the bound, whatever stands beside them")
    func belowIsExactPerByte() {
        for bound: UInt8 in [0x01, 0x09, 0x20, 0x7F, 0x80] {
            for byte in 0...255 {
                for place in 0..<8 {
                    // The other bytes run through values below, at and above the bound.
                    let bytes = (0..<8).map { $0 == place ? UInt8(byte) : UInt8(truncatingIfNeeded: byte &+ $0 &* 37) }
                    let word = bytes.withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) }
                    let marks = ByteWords.below(word, bound)
                    let expected = bytes.enumerated().reduce(UInt64(0)) { $0 | ($1.element < bound ? UInt64(0x80) << (UInt64($1.offset) * 8) : 0) }
                    #expect(marks == expected, "bound \(bound), bytes \(bytes)")
                }
            }
        }
    }
}
