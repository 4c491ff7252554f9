@testable import SpecForgeEmit
import Testing

/// JSON strings in examples: quotes, backslashes and control characters escaped, and every
/// non-ASCII character as `\u` escapes (UTF-16 pairs above U+FFFF) where only ASCII may be written.
@Suite struct JSONTextQuoteTests {
    func quoted(_ s: String, asciiOnly: Bool) -> String {
        var out = ""
        JSONText.quote(s, into: &out, asciiOnly: asciiOnly)
        return out
    }

    @Test func plainTextIsWrittenAsItIs() {
        #expect(quoted("my-project 1", asciiOnly: true) == "\"my-project 1\"")
        #expect(quoted("", asciiOnly: false) == "\"\"")
        #expect(quoted("café ✓", asciiOnly: false) == "\"café ✓\"")
    }

    @Test func escapes() {
        #expect(quoted("say \"hi\"\\n", asciiOnly: false) == "\"say \\\"hi\\\"\\\\n\"")
        #expect(quoted("a\nb\tc\r\u{08}\u{0C}\u{01}", asciiOnly: false) == "\"a\\nb\\tc\\r\\b\\f\\u0001\"")
        #expect(quoted("café 😀", asciiOnly: true) == "\"caf\\u00e9 \\ud83d\\ude00\"")
    }
}
