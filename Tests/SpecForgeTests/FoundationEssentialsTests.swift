import Foundation
import Testing

@testable import SpecForgeEmit
@testable import SpecForgeKit
@testable import SpecForgeParse
@testable import SpecForgeWrite

/// The command line links FoundationEssentials only (full Foundation and ICU cost ~3 ms of every
/// run's start). What it did with Foundation's text and path functions it now does itself;
/// here each is held to the Foundation function it replaces, on the cases that tell them apart.
@Suite struct FoundationEssentialsTests {
    #if os(Linux)
    /// What the dynamic linker loads for the command: FoundationEssentials, not Foundation or ICU.
    @Test func theCommandLoadsNeitherFoundationNorICU() throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/ldd")
        process.arguments = [CommandLineTests.binary.path]
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let libraries = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(libraries.contains("libFoundationEssentials"))
        #expect(!libraries.contains("libFoundation.so"))
        #expect(!libraries.contains("ICU"))
    }
    #endif

    static let spaced = [
        "", " ", "\t", "a", " a ", "\ta b\t", "\u{00A0}x\u{2003}", "\u{3000}全角\u{3000}", " \u{301}e ", "\n a \n",
        "\u{85}x\u{2028}", "\r\nline\r\n", "\u{200B}zero-width\u{200B}", "\u{FEFF}bom", "a\u{1680}", "  \u{202F}  ",
    ]

    @Test(arguments: spaced)
    func spacesTrimmedAsFoundationTrims(text: String) {
        #expect(text.trimmingSpaces() == text.trimmingCharacters(in: .whitespaces))
        #expect(text.trimmingSpacesAndNewlines() == text.trimmingCharacters(in: .whitespacesAndNewlines))
        #expect(text[...].trimmingSpaces() == text[...].trimmingCharacters(in: .whitespaces))
    }

    @Test(arguments: [
        ("see https://example.com", "://"), ("no scheme here", "://"), ("été ](#x) and ](#x)", "](#x)"), ("<a id=\"top\">", "id=\""),
        ("", "x"), ("abc", ""), ("fatalError(\"x\")", "fatalError("), ("ab", "abc"), ("𝄞://𝄞", "://"),
    ])
    func textFoundAsFoundationFindsIt(text: String, needle: String) {
        let foundation = needle.isEmpty ? nil : text.range(of: needle)
        if needle.isEmpty { #expect(text.firstUTF8Range(of: needle) == text.startIndex..<text.startIndex) } else {
            #expect(text.firstUTF8Range(of: needle) == foundation)
            #expect(text.containsUTF8(needle) == text.contains(needle))
        }
        // In a substring, found at the same place of the whole text.
        let tail = text.dropFirst()
        if !needle.isEmpty { #expect(tail.firstUTF8Range(of: needle) == tail.range(of: needle)) }
    }

    @Test(arguments: ["a%20b", "%", "%2", "%zz", "%C3%A9t%C3%A9", "%FF", "%2F%7E%25", "plain", "/components/schemas/A%2FB", "%c3%a9", "%E2%82"])
    func percentEncodingRemovedAsFoundationRemovesIt(text: String) {
        #expect(SourceSet.percentDecoded(text) == text.removingPercentEncoding)
    }

    @Test(arguments: ["a/b", "/a", "/", "", "a/b/", "/a/b/c.yaml", "./x", "../specs/layout.yaml", "a/b//", "/a//"])
    func directoryAsNSStringFindsIt(path: String) {
        #expect(SourceSet.directory(of: path) == (path as NSString).deletingLastPathComponent)
    }

    /// A name without a slash has no directory (swift-corelibs-foundation traps on it).
    @Test func aBareNameHasNoDirectory() {
        #expect(SourceSet.directory(of: "specforge.yaml") == "")
    }

    @Test func traceNumbersAsPrintfWritesThem() {
        for x in [0, 0.5, 3.25, 12.75, 98.4, 123.5, 1234.0, 24.6, 41.0] {
            #expect(Trace.fixed(x, width: 6) == String(format: "%6.1f", x))
        }
    }

    /// Never a value the formatter does not read (the Swift tab force-unwraps it); the forms
    /// specs write are read by both.
    @Test(arguments: [
        "2024-05-01T12:30:00Z", "2019-08-24T14:15:22Z", "2024-02-29T00:00:00Z", "2023-02-29T00:00:00Z", "2024-05-01T12:30:00+02:00",
        "2024-05-01T12:30:00-07:30", "2024-05-01T24:00:00Z", "2024-13-01T00:00:00Z", "2024-05-01T12:30:00.123Z", "2024-05-01",
        "2024-05-01T12:30:00", "2024-05-01 12:30:00Z", "2024-05-01T12:30:00+0200", "2024-05-01t12:30:00z", "1900-02-29T00:00:00Z",
        "2000-02-29T00:00:00Z", "2024-04-31T00:00:00Z", "2024-05-01T12:60:00Z", "2024-05-01T12:30:60Z", "not a date",
    ])
    func datesReadOnlyWhenTheFormatterReadsThem(text: String) {
        if InternetDateTime.isValid(text) { #expect(ISO8601DateFormatter().date(from: text) != nil) }
    }

    @Test(arguments: [
        "2024-05-01T12:30:00Z", "2019-08-24T14:15:22Z", "2024-02-29T00:00:00Z", "2023-02-29T00:00:00Z", "2024-04-31T00:00:00Z",
        "2024-05-01T24:00:00Z", "2024-05-01T12:30:00+02:00", "2024-05-01T12:30:00-07:30", "0000-01-01T00:00:00Z",
    ])
    func datesInTheFormattersOwnShapeRead(text: String) {
        #expect(InternetDateTime.isValid(text))
        #expect(ISO8601DateFormatter().date(from: text) != nil)
    }

    /// hey-api's two replacements, once as regular expressions (ICU, as before) and now as scans.
    @Test func typeScriptCamelCaseAsTheRegularExpressionsGaveIt() {
        var inputs = [
            "v2users", "get_v2_users", "a1", "1a", "a12-b", "a12_b", "a12.b", "x9", "99", "__a__b__", "a--b", "a-_b", "a_-b", "a__",
            "foo$bar", "a b c", "a[0]", "ab::cd", "٣a", "a٣٣-b", "Ⅻx", "a²b", "x_", "x-", "_", "a\u{301}1b", "a1\u{301}",
            "ioK8s.api:v1", "item2_", "item22.", "z3e-num_1Период",
        ]
        // Random texts over the characters the patterns tell apart.
        var seed: UInt64 = 0x9E37_79B9_7F4A_7C15
        let alphabet = Array("ab1_-.$ 2Z`[]()/:+{}٣é")
        for _ in 0..<2000 {
            var s = ""
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let length = Int(seed >> 60) + 1
            for _ in 0..<length {
                seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                s.append(alphabet[Int(seed >> 33) % alphabet.count])
            }
            inputs.append(s)
        }
        for input in inputs {
            #expect(TypeScriptNaming.camelCase(input) == Self.camelCaseWithICU(input), "\(input)")
        }
    }

    /// `TypeScriptNaming.camelCase` as it was written with NSRegularExpression.
    static func camelCaseWithICU(_ input: String) -> String {
        let trimmed = input.trimmingCharacters(in: .whitespacesAndNewlines)
        guard trimmed.count > 1 else { return trimmed.allSatisfy(TypeScriptNaming.isSeparator) ? "" : trimmed.lowercased() }
        var chars = Array(trimmed)
        if trimmed != trimmed.lowercased() { chars = TypeScriptNaming.splitCase(chars) }
        let lower = String(chars.drop(while: TypeScriptNaming.isSeparator)).lowercased()
        let digitsUpper = replacing(lower, pattern: #"\d+([\p{Alphabetic}\p{N}_]|$)"#) { match, after, _ in
            after.map { "_-.".contains($0) } == true ? match : match.uppercased()
        }
        return replacing(digitsUpper, pattern: #"[_.$+:\- `\\\[\](){}/]+([\p{Alphabetic}\p{N}_]|$)"#) { _, _, group in group.uppercased() }
    }

    static func replacing(_ s: String, pattern: String, _ replace: (String, Character?, String) -> String) -> String {
        guard let regex = try? NSRegularExpression(pattern: pattern) else { return s }
        let ns = s as NSString
        var out = ""
        var last = 0
        for m in regex.matches(in: s, range: NSRange(location: 0, length: ns.length)) {
            out += ns.substring(with: NSRange(location: last, length: m.range.location - last))
            let end = m.range.location + m.range.length
            let after = end < ns.length ? Character(ns.substring(with: NSRange(location: end, length: 1))) : nil
            let group = m.range(at: 1).location == NSNotFound ? "" : ns.substring(with: m.range(at: 1))
            out += replace(ns.substring(with: m.range), after, group)
            last = end
        }
        return out + ns.substring(from: last)
    }

    /// Schema patterns read by Swift's regular expressions (scalar by scalar) as ICU read them.
    @Test(arguments: [
        (#"^[a-z]+$"#, ["abc", "abC", "", "été"]), (#"^\d{3}-\d{4}$"#, ["555-1234", "55-1234", "٥٥٥-١٢٣٤"]),
        (#"^[-a-zA-Z0-9_]+$"#, ["slug-1_x", "no space", "ünï"]), (#"^\S+@\S+\.\S+$"#, ["a@b.co", "a b@c.d", "a@b"]),
        (#"^(?:[a-z0-9-]+\.)+[a-z]{2,}$"#, ["example.com", "a.b.c.org", "localhost"]), (#"[A-Z]"#, ["abc", "aBc"]),
        (#"^\p{L}+$"#, ["Ünïcödé", "abc1"]), (#"^[\w.-]+$"#, ["file.name-1", "a/b"]), (#"^\+?[0-9 ]{7,15}$"#, ["+358 40 123 4567", "12"]),
        (#"^#[0-9a-fA-F]{6}$"#, ["#A0b1C2", "#12345"]), (#"^e\u0301$"#, ["e\u{301}", "é"]), (#"^.$"#, ["é", "e\u{301}", "🇫🇮"]),
    ])
    func patternsMatchedAsICUMatchedThem(pattern: String, texts: [String]) throws {
        let regex = try NSRegularExpression(pattern: pattern)
        for text in texts {
            let icu = regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
            #expect(ConstrainedValues.matches(text, pattern) == icu, "\(pattern) on \(text)")
        }
    }
}
