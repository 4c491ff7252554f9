import Testing

@testable import SpecForgeEmit

/// `SmallStringSet` answers as `Set<String>.contains` does, on the strings it compares as bits
/// and on those it leaves to the set.
@Suite struct SmallStringSetTests {
    static let probes: [String] = [
        "", "i", "in", "if", "is", "inout", "let", "Self", "self", "Type", "type", "precedencegroup", "precedencegroupX",
        "associatedtype", "K", "Kelvin", "\u{212A}", "\u{212A}elvin", "caf\u{E9}", "cafe\u{301}", "snake_case", "camelCase",
        Fixtures.heapString("let"), Fixtures.heapString("K"), Fixtures.heapString("Kelvin"), Fixtures.heapString("snake_case"), String(repeating: "x", count: 40),
    ]

    @Test func answersAsTheSetOfSwiftKeywords() {
        let words = SmallStringSet(SwiftNaming.keywords)
        #expect(words.usesBits)
        for probe in Self.probes + SwiftNaming.keywords.map(Fixtures.heapString) + Array(SwiftNaming.keywords) {
            #expect(words.contains(probe) == SwiftNaming.keywords.contains(probe), "\(probe)")
        }
    }

    @Test func answersAsASetWithWordsUnicodeDeemsEquivalent() {
        // "K" is equivalent to the Kelvin sign: a set asks Unicode, and so must this.
        let set: Set<String> = ["K", "Kelvin", "café", "let"]
        let words = SmallStringSet(set)
        for probe in Self.probes {
            #expect(words.contains(probe) == set.contains(probe), "\(probe)")
        }
        // Words that are not all short ASCII: the set answers every question.
        let long: Set<String> = ["let", String(repeating: "y", count: 20)]
        #expect(!SmallStringSet(long).usesBits)
        for probe in Self.probes + [String(repeating: "y", count: 20)] {
            #expect(SmallStringSet(long).contains(probe) == long.contains(probe), "\(probe)")
        }
    }
}
