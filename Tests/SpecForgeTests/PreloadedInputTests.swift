import Foundation
import Testing

@testable import SpecForgeLoad

/// Input handed to libyaml's scanner as its reader would have decoded it (`PreloadedInput`)
/// gives the tree, positions and errors of input the reader reads: checked here by loading
/// each text both ways.
@Suite struct PreloadedInputTests {
    /// A load of `bytes` in one parse, preloaded or left to libyaml's reader, as text.
    static func load(_ bytes: [UInt8], preloaded: Bool) -> String {
        let result = bytes.withUnsafeBufferPointer { YAMLLoader.parse($0, file: "t.yaml", lineOffset: 0, baseDepth: 0, preloaded: preloaded) }
        return String(describing: result.map(\.node))
    }

    static let valid: [String] = [
        "", "a: 1\n", "a: 1", "key: value\r\nother: [1, 2]\r\n", "\u{FEFF}a: b\n", "\ta: b\n", "a: 'tab\there'\n",
        "café: crème\nnaïve: ✓\n", "emoji: 😀 𝄞\n", "next: a\u{85}b\n", "ls: a\u{2028}b\u{2029}c\n", "nbsp: a\u{A0}b\n",
        "long: \(String(repeating: "x", count: 1000))\nz: 1\n", "k:\n  - x\n  - {y: [z]}\n...\n", "a: &x 1\nb: *x\n",
        "edge: \u{D7FF}\u{E000}\u{FFFD}\u{10000}\u{10FFFF}\n", "# only a comment\n", "a: |\n  text\n   more\n",
    ]

    @Test("Valid input gives the tree of libyaml's reader", arguments: valid)
    func validInputIsTheReadersTree(text: String) {
        let bytes = Array(text.utf8)
        bytes.withUnsafeBufferPointer { #expect(PreloadedInput.characterCount($0) == text.unicodeScalars.count) }
        #expect(Self.load(bytes, preloaded: true) == Self.load(bytes, preloaded: false))
    }

    static let refused: [[UInt8]] = [
        Array("a: \u{7}\n".utf8), Array("a: \u{7F}\n".utf8), Array("a: \u{0}b\n".utf8), Array("a: \u{1B}[0m\n".utf8),
        Array("a: \u{FFFE}\n".utf8), Array("a: \u{84}\n".utf8), Array("a: \u{9F}\n".utf8),
        [0x61, 0x3A, 0x20, 0xC3], [0x61, 0x3A, 0x20, 0xC0, 0xAF, 0x0A], [0x61, 0x3A, 0x20, 0xED, 0xA0, 0x80, 0x0A],
        [0x61, 0x3A, 0x20, 0xF4, 0x90, 0x80, 0x80, 0x0A], [0x61, 0x3A, 0x20, 0x80, 0x0A], [0x61, 0x3A, 0x20, 0xFF, 0x0A],
        [0x61, 0x3A, 0x20, 0xE2, 0x28, 0xA1, 0x0A], Array("a: 12345678\u{7}abcdefgh\n".utf8),
    ]

    @Test func asciiIsCheckedEightBytesAtATimeAsByteByByte() {
        // Every ASCII byte, and pairs of the bytes around the limits, at every place of a word:
        // the word-at-a-time test must refuse exactly what a byte-by-byte one refuses.
        func allowed(_ b: UInt8) -> Bool { b >= 0x20 ? b != 0x7F : (b == 0x09 || b == 0x0A || b == 0x0D) }
        let edges: [UInt8] = [0x00, 0x01, 0x08, 0x09, 0x0A, 0x0B, 0x0D, 0x1F, 0x20, 0x21, 0x41, 0x7E, 0x7F]
        for place in 0..<8 {
            for b in UInt8(0)..<0x80 {
                var bytes = Array("abcdefghijklmnop".utf8)
                bytes[8 + place] = b
                bytes.withUnsafeBufferPointer { #expect(PreloadedInput.characterCount($0) == (allowed(b) ? 16 : nil), "\(b) at \(place)") }
            }
            for (b, c) in edges.flatMap({ b in edges.map { (b, $0) } }) where place < 7 {
                var bytes = Array("abcdefghijklmnop".utf8)
                (bytes[8 + place], bytes[9 + place]) = (b, c)
                bytes.withUnsafeBufferPointer { #expect(PreloadedInput.characterCount($0) == (allowed(b) && allowed(c) ? 16 : nil), "\(b), \(c) at \(place)") }
            }
        }
    }

    @Test("Input libyaml's reader refuses is left to it: its error, at its position", arguments: refused)
    func refusedInputIsTheReadersError(bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { #expect(PreloadedInput.characterCount($0) == nil) }
        let loaded = Self.load(bytes, preloaded: true)
        #expect(loaded.hasPrefix("failure("), "\(loaded)")
        #expect(loaded == Self.load(bytes, preloaded: false))
    }

    @Test(Fixtures.needsShared) func realWorldDocumentsAreTheReadersTrees() throws {
        guard let directory = Fixtures.requireShared("realworld") else { return }
        let files = try FileManager.default.contentsOfDirectory(atPath: directory)
            .filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") || $0.hasSuffix(".json") }.sorted()
        #expect(files.count > 13)
        for name in files {
            let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: directory + "/" + name)))
            bytes.withUnsafeBufferPointer { #expect(PreloadedInput.characterCount($0) != nil, "\(name)") }
            #expect(Self.load(bytes, preloaded: true) == Self.load(bytes, preloaded: false), "\(name)")
        }
    }
}
