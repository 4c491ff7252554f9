import Foundation
import StylesAPI
import Testing

/// A string enum of the generated SDK (`State`: `active`, `archived`) reads and writes its raw
/// values, and keeps a value it does not know as `unknown` instead of failing.
@Suite struct ValueEnumTests {
    @Test func knownValuesMapToTheirCasesAndBack() throws {
        #expect(State(rawValue: "active") == .active)
        #expect(State(rawValue: "archived") == .archived)
        #expect(State.active.rawValue == "active")
        #expect(State.archived.rawValue == "archived")
        let decoded = try JSONDecoder().decode([State].self, from: Data(#"["archived","active"]"#.utf8))
        #expect(decoded == [.archived, .active])
        #expect(String(decoding: try JSONEncoder().encode(decoded), as: UTF8.self) == #"["archived","active"]"#)
    }

    @Test func anUnknownValueIsKeptAsItIs() throws {
        #expect(State(rawValue: "Active") == .unknown("Active"))
        let decoded = try JSONDecoder().decode(State.self, from: Data(#""frozen""#.utf8))
        #expect(decoded == .unknown("frozen"))
        #expect(decoded.rawValue == "frozen")
        #expect(String(decoding: try JSONEncoder().encode(decoded), as: UTF8.self) == #""frozen""#)
    }
}
