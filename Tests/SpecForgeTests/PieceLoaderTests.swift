import Foundation
@testable import SpecForgeLoad
import Testing

/// A large document is parsed in pieces side by side: the tree, its positions and the errors are
/// those of one parse, wherever the cuts fall.
@Suite struct PieceLoaderTests {
    /// The document loaded in pieces of `pieceSize` bytes and in one go.
    func bothWays(_ yaml: String, pieceSize: Int = 1) -> (pieces: Result<Node, LoadError>, whole: Result<Node, LoadError>) {
        let bytes = Array(yaml.utf8)
        return (
            Result { () throws(LoadError) in try YAMLLoader.load(bytes: bytes, file: "doc.yaml", pieceSize: pieceSize) },
            Result { () throws(LoadError) in try YAMLLoader.load(bytes: bytes, file: "doc.yaml", pieceSize: 0) }
        )
    }

    func pieces(_ yaml: String, pieceSize: Int = 1) -> Int {
        let bytes = Array(yaml.utf8)
        return bytes.withUnsafeBufferPointer { PiecePlan($0, pieceSize: pieceSize).map { PieceLoader.pieces($0.parts).count } ?? 0 }
    }

    static let paths = """
        openapi: 3.0.3
        # the operations
        paths:
          /pets:
            get:
              operationId: listPets
              description: |
                Lists the pets.

                  Indented text stays text.
          /pets/{id}:

            get: {operationId: getPet}
        components:
          schemas:
            Pet:
              type: object
            Owner:
              type: string
        """

    @Test func piecesGiveTheTreeAndPositionsOfOneParse() throws {
        #expect(pieces(Self.paths) > 4)
        let (pieces, whole) = bothWays(Self.paths)
        let tree = try pieces.get()
        #expect(tree == (try whole.get()))
        #expect(tree["paths"]?.mapping?.entry("/pets/{id}")?.keyMark == Mark(line: 11, column: 3))
        #expect(tree["components"]?["schemas"]?["Owner"]?["type"]?.mark == Mark(line: 19, column: 13))
        #expect(tree["paths"]?["/pets"]?["get"]?["description"]?.string == "Lists the pets.\n\n  Indented text stays text.\n")
    }

    @Test func aCutInsideAMultiLineScalarOrFlowCollectionFallsBackToOneParse() throws {
        let quoted = "a:\n  b: \"first\n  c: still the scalar\"\n  d: [1,\n  e]\n  f: 2\n"
        #expect(pieces(quoted) > 1)
        let (pieces, whole) = bothWays(quoted)
        #expect(try pieces.get() == whole.get())
        #expect(try pieces.get()["a"]?["b"]?.string == "first c: still the scalar")
    }

    @Test func aliasesToAnotherPieceResolveAsInOneParse() throws {
        let yaml = "a:\n  x: &shared {type: string}\n  y: 1\nb:\n  z: *shared\n"
        let (pieces, whole) = bothWays(yaml)
        #expect(try pieces.get() == whole.get())
        #expect(try pieces.get()["b"]?["z"]?["type"]?.string == "string")
    }

    @Test func aKeyRepeatedInAnotherPieceIsTheErrorOfOneParse() throws {
        let yaml = "paths:\n  /a: 1\n  /b: 2\n  /a: 3\n"
        let (pieces, whole) = bothWays(yaml)
        #expect(throws: LoadError.self) { try pieces.get() }
        #expect(String(describing: pieces) == String(describing: whole))
        #expect(String(describing: pieces).contains("doc.yaml:4:3: error: duplicate key '/a'"))
    }

    @Test func invalidYAMLInAPieceIsTheErrorOfOneParse() throws {
        for yaml in ["a:\n  b: 1\n c: 2\n", "a:\n  b: 1\nc:\n  d: [1\n", "a:\n  b: 1\n  more\n  c: 2\n"] {
            let (pieces, whole) = bothWays(yaml)
            #expect(String(describing: pieces) == String(describing: whole), "\(yaml)")
            #expect(throws: LoadError.self) { try pieces.get() }
        }
    }

    static let json = """
        {
          "openapi": "3.0.3",
          "paths": {
            "/pets": {
              "get": {"operationId": "listPets", "tags": [
                "pets"
              ]}
            },
            "/pets/{id}": {

              "get": {
                "operationId": "getPet"
              }
            }
          },
          "components": {
            "schemas": {
              "Pet": {"type": "object"},
              "Owner": {
                "type": "string"
              }
            }
          }
        }
        """

    @Test func prettyPrintedJSONIsCutBetweenMembersWithTheTreeAndPositionsOfOneParse() throws {
        #expect(pieces(Self.json) > 4)
        let (pieces, whole) = bothWays(Self.json)
        let tree = try pieces.get()
        #expect(tree == (try whole.get()))
        #expect(tree.mark == Mark(line: 1, column: 1))
        // An object cut below its key starts at its `{`, as in one parse.
        #expect(tree["paths"]?.mark == Mark(line: 3, column: 12))
        #expect(tree["paths"]?.mapping?.entry("/pets/{id}")?.keyMark == Mark(line: 9, column: 5))
        #expect(tree["components"]?["schemas"]?["Owner"]?["type"]?.mark == Mark(line: 20, column: 17))
    }

    @Test func jsonCutWhereItIsNotOneMemberPerLineFallsBackToOneParse() throws {
        // Array items at the members' indentation; a key repeated in another piece; a comma missing
        // between two members, or after an object cut below its key; a member after that object's
        // brace on its line.
        for json in [
            "{\n  \"a\": [\n  \"x\",\n  \"y\"\n  ],\n  \"b\": 1\n}\n",
            "{\n  \"a\": 1,\n  \"b\": 2,\n  \"a\": 3\n}\n",
            "{\n  \"a\": 1,\n  \"b\": 2\n  \"c\": 3\n}\n",
            "{\n  \"a\": {\n    \"x\": 1,\n    \"y\": 2\n  }\n  \"b\": 1\n}\n",
            "{\n  \"a\": {\n    \"x\": 1,\n    \"y\": 2\n  }, \"c\": 3,\n  \"b\": 1\n}\n",
        ] {
            let (pieces, whole) = bothWays(json)
            #expect(String(describing: pieces) == String(describing: whole), "\(json)")
        }
    }

    @Test func documentsOtherThanABlockMappingOfPlainKeysAreParsedInOneGo() {
        #expect(pieces("- a\n- b\n") == 0)
        #expect(pieces("%YAML 1.2\n---\na: 1\n") == 0)
        #expect(pieces("{a: 1,\nb: 2}\n") == 0)
        #expect(pieces("a: 1\n---\nb: 2\n") == 0)
        #expect(pieces("a: 1\nb: 2\n", pieceSize: 100) == 0)
    }

    @Test(Fixtures.needsShared) func realWorldDocumentsCutSmallAreTheirTreesInOneParse() throws {
        guard let directory = Fixtures.requireShared("realworld") else { return }
        let files = try FileManager.default.contentsOfDirectory(atPath: directory)
            .filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") || $0.hasSuffix(".json") }.sorted()
        #expect(files.count > 13)
        var cut = 0
        for name in files {
            let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: directory + "/" + name)))
            // Pieces of 2 KB: many cuts, and entries cut again below their keys.
            let pieceSize = 2048
            let planned = bytes.withUnsafeBufferPointer { PiecePlan($0, pieceSize: pieceSize).map { PieceLoader.pieces($0.parts).count } ?? 0 }
            let pieces = Result { () throws(LoadError) in try YAMLLoader.load(bytes: bytes, file: name, pieceSize: pieceSize) }
            let whole = Result { () throws(LoadError) in try YAMLLoader.load(bytes: bytes, file: name, pieceSize: 0) }
            #expect(String(describing: pieces) == String(describing: whole), "\(name)")
            if planned > 1, bytes.withUnsafeBufferPointer({ PieceLoader.load($0, file: name, pieceSize: pieceSize) }) != nil { cut += 1 }
        }
        // Most of them are in fact loaded in pieces (not all fall back to one parse).
        #expect(cut * 2 > files.count, "\(cut) of \(files.count)")
    }

    @Test(Fixtures.needsShared) func theWaldurDocumentInPiecesIsItsTreeInOneParse() throws {
        guard let path = Fixtures.requireShared("waldur/waldur-openapi-8.0.5.yaml") else { return }
        let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: path)))
        let whole = try YAMLLoader.load(bytes: bytes, file: path, pieceSize: 0)
        // The size the loader picks, and pieces of 16 KB (the schemas and path items cut again).
        for size in [YAMLLoader.pieceSize(of: bytes.count), 1 << 14] {
            let count = bytes.withUnsafeBufferPointer { PiecePlan($0, pieceSize: size).map { PieceLoader.pieces($0.parts).count } ?? 0 }
            #expect(count > 8)
            #expect(bytes.withUnsafeBufferPointer { PieceLoader.load($0, file: path, pieceSize: size) } == whole)
        }
    }

    /// The plan's line table, read line by line the plain way: where each line starts, its
    /// indentation, its first and last bytes but spaces (and a carriage return), their distance.
    static func referenceLines(_ bytes: [UInt8]) -> [(start: Int, indent: Int, length: Int, first: UInt8, last: UInt8)] {
        var out: [(start: Int, indent: Int, length: Int, first: UInt8, last: UInt8)] = []
        var start = 0
        while start < bytes.count {
            let end = bytes[start...].firstIndex(of: 0x0A) ?? bytes.count
            var i = start
            while i < end, bytes[i] == 0x20 { i += 1 }
            var last = end
            while last > i, bytes[last - 1] == 0x20 || bytes[last - 1] == 0x0D { last -= 1 }
            let first: UInt8 = i < end && bytes[i] != 0x0D ? bytes[i] : 0
            out.append((start, i - start, max(0, last - i), first, last > i ? bytes[last - 1] : 0))
            start = end + 1
        }
        return out
    }

    @Test("The line table (counted eight bytes at a time, filled in two halves) is the one read line by line")
    func lineTable() {
        var seed: UInt64 = 0x9E37_79B9_7F4A_7C15
        let alphabet = Array("  \n\r\nab:#{,".utf8)
        for length in [0, 1, 7, 8, 9, 63, 64, 65, 1000, 4099] {
            for _ in 0..<20 {
                let bytes = (0..<length).map { _ -> UInt8 in
                    seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                    return alphabet[Int(seed >> 33) % alphabet.count]
                }
                let got = bytes.withUnsafeBufferPointer { Line.lines(of: $0) }!.map { (Int($0.start), Int($0.indent), Int($0.length), $0.first, $0.last) }
                let expected = Self.referenceLines(bytes)
                #expect(got.count == expected.count, "\(bytes)")
                for (a, b) in zip(got, expected) where a != b {
                    Issue.record("\(a) != \(b) in \(bytes)")
                    break
                }
            }
        }
    }
}

