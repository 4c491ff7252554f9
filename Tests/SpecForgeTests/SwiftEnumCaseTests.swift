import Testing

/// The case that holds values an enum does not list never takes the name of a listed value.
@Suite("Swift SDK: the unknown case of an enum")
struct SwiftEnumCaseTests {
    @Test("A value named `unknown` keeps the name; the catch-all is then `undocumented`")
    func valueNamedUnknown() throws {
        let sdk = try swiftSDK(
            #"""
            openapi: 3.0.3
            info: {title: Snippet, version: "1"}
            paths: {}
            components:
              schemas:
                Health: {type: string, enum: [ok, unknown]}
            """#)
        let model = try #require(sdk["Models/Health.swift"])
        #expect(model.contains("""
                case ok
                case unknown
                /// A value this SDK does not know (added to the API after it was generated); decoded instead of failing.
                case undocumented(String)

                /// The known cases and their raw values, in the same order.
                private static let knownCases: [Self] = [.ok, .unknown]
                private static let knownRawValues: [String] = ["ok", "unknown"]
            """))
        #expect(model.contains("            self = .undocumented(rawValue)\n"))
        #expect(model.contains("        case .unknown: \"unknown\"\n        case .undocumented(let value): value\n"))
    }

    @Test("Values named `unknown` and `undocumented`: the catch-all is numbered after them")
    func bothNamesTaken() throws {
        let sdk = try swiftSDK(
            #"""
            openapi: 3.0.3
            info: {title: Snippet, version: "1"}
            paths: {}
            components:
              schemas:
                Level: {type: string, enum: [Unknown, undocumented]}
            """#)
        let model = try #require(sdk["Models/Level.swift"])
        #expect(model.contains("    case unknown\n    case undocumented\n"))
        #expect(model.contains("    case undocumented_2(String)\n"))
    }

    @Test("Without a value named `unknown`, the catch-all is `unknown` (integer enums too)")
    func catchAllIsUnknown() throws {
        let sdk = try swiftSDK(
            #"""
            openapi: 3.0.3
            info: {title: Snippet, version: "1"}
            paths: {}
            components:
              schemas:
                Priority: {type: integer, enum: [1, 2]}
            """#)
        #expect(sdk["Models/Priority.swift"]?.contains("    case _1\n    case _2\n") == true)
        #expect(sdk["Models/Priority.swift"]?.contains("    case unknown(Int)\n") == true)
    }
}
