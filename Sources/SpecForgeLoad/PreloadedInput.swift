import CYaml

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import SpecForgeBits

/// Input handed to libyaml's scanner as it would have read it.
///
/// libyaml's reader decodes its input character by character into a buffer of its own, checking
/// that it is UTF-8 and that every character is one YAML allows: some 30 instructions a byte, a
/// seventh of the load of a 4 MB document. Input that already is well-formed UTF-8 of allowed
/// characters needs none of that: its bytes are what the reader would have put in the buffer.
/// So the buffer is filled here, at once, with the NUL the reader puts after the last character,
/// and the parser is told its input has ended: the reader is never called. Input that is not
/// (a control character, malformed UTF-8) is left to libyaml's reader, for its own error at its
/// own position.
enum PreloadedInput {
    /// Zero bytes after the final NUL: the scanner looks a few characters ahead.
    static let padding = 8

    /// Fills the buffer of a parser just initialized (its input set, UTF-8) with `bytes`;
    /// false, and the parser untouched, when libyaml's reader must read them.
    static func fill(_ parser: inout yaml_parser_t, with bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let characters = characterCount(bytes),
            let memory = malloc(bytes.count + padding)?.assumingMemoryBound(to: UInt8.self)
        else { return false }
        if let source = bytes.baseAddress, bytes.count > 0 { memcpy(memory, source, bytes.count) }
        memset(memory + bytes.count, 0, padding)
        // The parser's own buffer (from yaml_malloc, i.e. malloc) is let go; ours is freed by
        // yaml_parser_delete in its place.
        free(parser.buffer.start)
        parser.buffer.start = memory
        parser.buffer.pointer = memory
        parser.buffer.last = memory + bytes.count + 1  // the NUL the reader appends at the end
        parser.buffer.end = memory + bytes.count + padding
        parser.unread = characters + 1
        parser.offset = bytes.count
        parser.eof = 1  // with the raw buffer empty: the reader returns at once
        return true
    }

    /// The number of characters in `bytes` when they are well-formed UTF-8 of characters libyaml
    /// accepts (#x9, #xA, #xD, #x20–#x7E, #x85, #xA0–#xD7FF, #xE000–#xFFFD, #x10000–#x10FFFF),
    /// else nil.
    static func characterCount(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var characters = 0
        var i = 0
        let n = bytes.count
        guard let base = bytes.baseAddress else { return 0 }
        let raw = UnsafeRawPointer(base)
        while i < n {
            // Eight ASCII bytes at a time, each test exact per byte: bytes below 0x20 other than
            // a tab or a line break, and DEL, are not allowed.
            let high = ByteWords.highBits
            while i + 8 <= n {
                let word = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                guard word & high == 0 else { break }
                let control = ByteWords.below(word, 0x20)
                let delete = ByteWords.equal(word, 0x7F)
                if control | delete != 0 {
                    let allowed = ByteWords.equal(word, 0x09) | ByteWords.equal(word, 0x0A) | ByteWords.equal(word, 0x0D)
                    guard control & ~allowed == 0, delete == 0 else { return nil }
                }
                i += 8
                characters += 8
            }
            guard i < n else { break }
            let lead = bytes[i]
            if lead < 0x80 {
                guard lead >= 0x20 ? lead != 0x7F : (lead == 0x09 || lead == 0x0A || lead == 0x0D) else { return nil }
                i += 1
            } else {
                let width: Int
                var value: UInt32
                switch lead {
                case 0xC0...0xDF: (width, value) = (2, UInt32(lead & 0x1F))
                case 0xE0...0xEF: (width, value) = (3, UInt32(lead & 0x0F))
                case 0xF0...0xF7: (width, value) = (4, UInt32(lead & 0x07))
                default: return nil
                }
                guard i + width <= n else { return nil }
                for k in 1..<width {
                    let octet = bytes[i + k]
                    guard octet & 0xC0 == 0x80 else { return nil }
                    value = value << 6 | UInt32(octet & 0x3F)
                }
                // Overlong forms, surrogates and values past U+10FFFF fall outside these ranges.
                let allowed: Bool
                switch width {
                case 2: allowed = value == 0x85 || value >= 0xA0
                case 3: allowed = (value >= 0x800 && value <= 0xD7FF) || (value >= 0xE000 && value <= 0xFFFD)
                default: allowed = value >= 0x10000 && value <= 0x10FFFF
                }
                guard allowed else { return nil }
                i += width
            }
            characters += 1
        }
        return characters
    }
}
