@testable import SpecForgeEmit
import Testing

/// Doc comments: a description's lines, split on its "\n" characters, trailing blanks and blank
/// first and last lines dropped.
@Suite struct DocLinesTests {
    @Test func linesEndAtEachNewlineCharacter() {
        #expect(SwiftNaming.docLines(nil) == nil)
        #expect(SwiftNaming.docLines("\n \n") == nil)
        #expect(SwiftNaming.docLines("\n\nFirst line. \t\n\nThird.\n\n") == ["First line.", "", "Third."])
        #expect(SwiftNaming.docLines("café\u{301}\nnaïve  ") == ["café\u{301}", "naïve"])
    }

    @Test func aCarriageReturnLineFeedIsOneCharacterNotALineBreak() {
        // As `split(separator: "\n")` reads it: "\r\n" is a single character, neither "\n" nor "\r".
        #expect(SwiftNaming.docLines("one\r\ntwo\nthree\r\n") == ["one\r\ntwo", "three\r\n"])
        #expect(SwiftNaming.docLines("a\r\r\nb\n\r\nc") == ["a\r\r\nb", "\r\nc"])
    }

    @Test func trailingBlanksAreDroppedByCharacter() {
        #expect(SwiftNaming.docLines("café  \t\r") == ["café"])
        #expect(SwiftNaming.docLines("a \t \nb\r\r") == ["a", "b"])
        // A space after a prepended mark (U+0600) is part of that character, which stays.
        #expect(SwiftNaming.docLines("x\u{600} ") == ["x\u{600} "])
        #expect(SwiftNaming.docLines("x\u{600} \t") == ["x\u{600} "])
    }
}
