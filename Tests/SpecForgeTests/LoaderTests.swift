import SpecForgeBits
@testable import SpecForgeLoad
import Testing

/// Loading YAML and JSON into a value tree that keeps key order and positions.
@Suite struct LoaderTests {
    @Test func mappingsKeepTheirKeyOrder() throws {
        let node = try Fixtures.node("zeta: 1\nalpha: 2\nmid: 3\n")
        #expect(node.mapping?.entries.map(\.key) == ["zeta", "alpha", "mid"])
    }

    @Test func everyNodeKnowsItsLineAndColumn() throws {
        let node = try Fixtures.node("""
            paths:
              /pets:
                get:
                  operationId: listPets
            """)
        let get = try #require(node["paths"]?["/pets"]?["get"])
        #expect(get.mark == Mark(line: 4, column: 7))
        #expect(get["operationId"]?.mark == Mark(line: 4, column: 20))
        #expect(node["paths"]?.mapping?.entry("/pets")?.keyMark == Mark(line: 2, column: 3))
    }

    @Test func quotedScalarsStayText() throws {
        let node = try Fixtures.node("a: 'true'\nb: true\nc: '12'\nd: 12\ne: null\nf: ''\n")
        #expect(node["a"]?.scalar?.bool == nil)
        #expect(node["b"]?.scalar?.bool == true)
        #expect(node["c"]?.scalar?.int == nil)
        #expect(node["d"]?.scalar?.int == 12)
        #expect(node["e"]?.scalar?.isNull == true)
        #expect(node["f"]?.scalar?.isNull == false)
    }

    @Test func jsonLoadsThroughTheSameParser() throws {
        let node = try Fixtures.node(#"{"openapi": "3.1.0", "info": {"title": "T", "version": "1"}, "list": [1, "two"]}"#)
        #expect(node["openapi"]?.string == "3.1.0")
        #expect(node["list"]?.sequence?.count == 2)
        #expect(node["list"]?.sequence?[1].scalar?.isPlain == false)
    }

    @Test func anchorsAndAliasesAreExpanded() throws {
        let node = try Fixtures.node("base: &b {type: string}\nother: *b\n")
        #expect(node["other"]?["type"]?.string == "string")
    }

    @Test func invalidYAMLReportsFileLineAndColumn() throws {
        let error = try #require(throws: LoadError.self) { try Fixtures.node("a: 1\nb: [1, 2\nc: 3\n", file: "bad.yaml") }
        #expect(error.description.hasPrefix("bad.yaml:3:"), "\(error)")
        #expect(error.description.contains(": error: invalid YAML or JSON"))
    }

    @Test func duplicateKeysAreAnError() throws {
        let error = try #require(throws: LoadError.self) { try Fixtures.node("a: 1\nb: 2\na: 3\n", file: "dup.yaml") }
        #expect(error.description == "dup.yaml:3:1: error: duplicate key 'a'")
    }

    @Test func duplicateKeysAreFoundInMappingsOfAnySize() throws {
        // Small mappings compare keys one by one, larger ones keep a set of them: both find it.
        for size in [2, 15, 16, 17, 40] {
            let yaml = (0..<size).map { "k\($0): \($0)\n" }.joined() + "k0: again\n"
            let error = try #require(throws: LoadError.self) { try Fixtures.node(yaml, file: "dup.yaml") }
            #expect(error.description == "dup.yaml:\(size + 1):1: error: duplicate key 'k0'")
        }
    }

    @Test func anEmptyFileIsAnError() throws {
        #expect(throws: LoadError.self) { try Fixtures.node("", file: "empty.yaml") }
    }
}

/// A mapping finds its keys as `==` finds them: short ASCII names by their words, any other way
/// of storing or spelling a key by comparison.
@Suite struct MappingLookupTests {
    @Test func keysAreFoundAsEqualityFindsThem() {
        let mark = Mark(line: 1, column: 1)
        let keys = ["type", Fixtures.heapString("format"), "description", "x-a-rather-long-extension-key", "caf\u{E9}", "\u{212A}", "", "type"]
        let mapping = Mapping(keys.enumerated().map { i, key in Mapping.Entry(key: key, keyMark: mark, value: Node(.scalar(Scalar(String(i))), mark: mark)) })
        let probes = ["type", Fixtures.heapString("type"), "format", Fixtures.heapString("format"), "description", "x-a-rather-long-extension-key",
                      "cafe\u{301}", "café", "K", "", "items", "typ", "types"]
        for probe in probes {
            let expected = keys.firstIndex { $0 == probe }.map(String.init)
            #expect(mapping[probe]?.string == expected, "\(probe)")
            #expect(mapping.entry(probe)?.value.string == expected, "\(probe)")
        }
        #expect(StringBits.layoutHolds)
        #expect(StringBits.layoutVerified)
    }

    @Test func shortASCIIScalarsAreTheStringsDecodingMakes() {
        func bits(_ s: String) -> (UInt64, UInt64) { unsafeBitCast(s, to: (UInt64, UInt64).self) }
        let alphabet = Array("abcdefghijklmnopqrstuvwxyz0123456789 _-:/{}\"\n\t\u{7F}".utf8)
        for count in 0...15 {
            for offset in [0, 7, 21] {
                let bytes = (0..<count).map { alphabet[($0 + offset) % alphabet.count] }
                let made = bytes.withUnsafeBytes { StringBits.smallASCII($0) }
                let decoded = String(decoding: bytes, as: UTF8.self)
                #expect(made == decoded)
                #expect(made.map(bits) ?? (0, 0) == bits(decoded), "\(decoded)")
            }
        }
        // Sixteen bytes or more, or any byte that is not ASCII, go to String(decoding:).
        #expect(Array("sixteen_bytes___".utf8).withUnsafeBytes { StringBits.smallASCII($0) } == nil)
        #expect(Array("caf\u{E9}".utf8).withUnsafeBytes { StringBits.smallASCII($0) } == nil)
        #expect(Array("\u{212A}".utf8).withUnsafeBytes { StringBits.smallASCII($0) } == nil)
    }
}
