import Testing
@testable import SpecForgeParse

/// `Constraints` keeps its keywords in a box shared by copies: it must still behave as a value.
@Suite struct ConstraintsTests {
    @Test("A copy changed leaves the original as it was; equal keywords are equal values")
    func valueSemantics() {
        var a = Constraints()
        a.pattern = "^[a-z]+$"
        a.minLength = 2
        var b = a
        b.minLength = 3
        b.maximum = 9.5
        #expect(a.minLength == 2 && a.maximum == nil && a.pattern == "^[a-z]+$")
        #expect(b.minLength == 3 && b.maximum == 9.5 && b.pattern == "^[a-z]+$")
        #expect(a != b)
        b.minLength = 2
        b.maximum = nil
        #expect(a == b)
        #expect(Set([a, b]).count == 1)
    }

    @Test("No keywords: equal to a fresh value, also after a keyword was set to nil")
    func empty() {
        var c = Constraints()
        c.minItems = nil
        #expect(c == Constraints())
        c.minItems = 1
        c.minItems = nil
        #expect(c == Constraints())
        #expect(c.hashValue == Constraints().hashValue)
    }
}
