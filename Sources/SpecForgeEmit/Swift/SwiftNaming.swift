import SpecForgeBits
import SpecForgeLoad

/// Swift identifiers made from spec names. Every name a spec can hold becomes a usable, readable
/// identifier, the same one on every run. The rules, in the order they apply:
///
/// 1. Words: split on anything but ASCII letters and digits, and at case changes
///    (`page_size`, `pageSize` and `PAGE_SIZE` → `pageSize`; `HTTPServer` → `HTTP`, `Server`).
/// 2. A name without letters or digits is spelled out, symbol by symbol (`/` → `slash`,
///    `>=` → `greaterThanEquals`, `_` → `underscore`, `$` → `dollar`); the empty name is `empty`.
/// 3. Symbols right before a leading digit are spelled too (`+1` → `plus1`, `-1` → `minus1`);
///    any other leading digit gets an underscore (`2fa` → `_2fa`).
///    In the cases of one enum, leading symbols are spelled too when dropping them would make two
///    values one name (`-created` → `minusCreated` beside `created`).
/// 4. Keywords are written in backticks (`default` → `` `default` ``); members that cannot be
///    used even so (`self`, `init`: `x.self` is `x` itself) get a trailing underscore (`self_`).
/// 5. Type names that would shadow a type the generated code uses (`URL`, `Date`, `Result`,
///    `Client`, … `reservedTypeNames`) or a keyword (`Type`, `Self`) get a suffix: `Model` at
///    the top level, `Value` when nested.
/// 6. Names that still collide (they differed only in case or punctuation) are numbered in the
///    order they appear in the spec: `fooBar`, `fooBar_2`; type names also ignoring case (file names).
enum SwiftNaming {
    /// Words that must be escaped with backticks to be used as an identifier.
    static let keywords: Set<String> = [
        "associatedtype", "borrowing", "class", "consuming", "deinit", "enum", "extension", "fileprivate", "func",
        "import", "init", "inout", "internal", "let", "nonisolated", "open", "operator", "private", "precedencegroup",
        "protocol", "public", "rethrows", "static", "struct", "subscript", "typealias", "var", "break", "case",
        "catch", "continue", "default", "defer", "do", "else", "fallthrough", "for", "guard", "if", "in", "repeat",
        "return", "throw", "switch", "where", "while", "Any", "as", "await", "false", "is", "nil", "self", "Self",
        "super", "throws", "true", "try", "Type", "Protocol", "package", "some", "any",
    ]

    /// Member names that backticks do not make usable: `value.self` is the value itself and
    /// `Type.init` its initializer, so a property, case or method of this name gets a `_` suffix.
    static let unusableMembers: Set<String> = ["self", "init"]
    private static let unusableMemberSet = SmallStringSet(unusableMembers)

    /// Type names the generated code relies on (every type its templates name, and the modules
    /// it imports); a schema of the same name gets a suffix instead (rule 5).
    static let reservedTypeNames: Set<String> = [
        "String", "Int", "Int32", "Int64", "Double", "Float", "Bool", "Date", "URL", "UUID", "Data", "Array",
        "Dictionary", "Optional", "Set", "Result", "Error", "Never", "Void", "Any", "AnyObject", "Codable",
        "Decodable", "Encodable", "Hashable", "Equatable", "Sendable", "Encoder", "Decoder", "CodingKey",
        "CodingKeys", "Character", "Substring", "Sequence", "Collection", "AsyncSequence", "AsyncIterator",
        "Self", "Type", "Protocol", "Foundation", "HTTPTypes", "OpenAPIRuntime", "OpenAPIURLSession",
        "HTTPField", "HTTPFields", "HTTPRequest", "HTTPResponse", "HTTPBody", "ClientTransport",
        "ClientMiddleware", "URLSessionTransport", "JSONEncoder", "JSONDecoder", "Task", "Duration",
        "JSONValue", "Client", "APIError", "APIRequest", "APIResponse", "APICoding", "ParameterValue",
        "QueryItems", "FormFields", "FormFieldEncoder", "PageSequence", "Indirect", "UnknownCaseRepresentable",
        "KeyedDecodingContainer", "KeyedEncodingContainer", "K",
        "ParameterStyle", "ParameterParts", "AnyCodingKey", "HeaderMiddleware", "CharacterSet",
        "Swift", "AsyncIteratorProtocol", "CustomStringConvertible", "DecodingError", "EncodingError",
        "Element", "Hasher", "ISO8601FormatStyle", "Iterator", "RawRepresentable", "RawValue", "UTF8",
        "Wrapped", "URLSession", "URLRequest", "URLResponse", "URLComponents", "URLQueryItem",
        "ISO8601DateFormatter", "DateFormatter", "JSONSerialization", "Locale", "TimeZone", "Calendar",
        "Decimal", "Identifiable", "Comparable", "MainActor", "Actor", "T", "Credentials", "SecurityScheme", "ClosedRange", "DocumentedBody", "FormEncoding",
    ]

    /// How symbols are spelled in names that have no letters or digits (rule 2), or right before
    /// a leading digit (rule 3).
    static let symbolWords: [Character: String] = [
        "/": "slash", "\\": "backslash", "+": "plus", "-": "minus", "*": "asterisk", ".": "dot", ",": "comma",
        ":": "colon", ";": "semicolon", "_": "underscore", "$": "dollar", "@": "at", "#": "hash", "%": "percent",
        "&": "ampersand", "=": "equals", "<": "lessThan", ">": "greaterThan", "!": "exclamation", "?": "question",
        "~": "tilde", "^": "caret", "|": "pipe", "'": "apostrophe", "\"": "quote", "`": "backtick",
        "(": "openParenthesis", ")": "closeParenthesis", "[": "openBracket", "]": "closeBracket",
        "{": "openBrace", "}": "closeBrace", " ": "space",
    ]

    /// The case names of an enum's values (before numbering collisions): rule 3's spelling of
    /// leading symbols applies to values that would otherwise share a name with another value.
    static func caseNames(_ values: [String]) -> [String] {
        let plain = values.map { lowerCamel($0) }
        var seen = NameSet(expected: plain.count)
        var repeated = NameSet()
        for name in plain where !seen.insert(name) { _ = repeated.insert(name) }
        return zip(values, plain).map { value, name in
            repeated.contains(name) ? lowerCamel(value, spellingLeadingSymbols: true) : name
        }
    }

    /// The words of a name, symbols spelled where rules 2 and 3 say so (and every leading symbol
    /// with `spellingLeadingSymbols`).
    static func nameWords(_ name: String, spellingLeadingSymbols: Bool = false) -> [String] {
        let parts = words(name)
        guard let first = parts.first else {
            // Rule 2: nothing to keep; spell every character (symbols by name, others by code point).
            if name.isEmpty { return ["empty"] }
            return name.map { c in
                symbolWords[c] ?? c.unicodeScalars.map { "u" + String($0.value, radix: 16, uppercase: true) }.joined()
            }
        }
        // Rule 3: `+1` → `plus`, `1`.
        guard let f = first.utf8.first, spellingLeadingSymbols || (f >= 0x30 && f <= 0x39) else { return parts }
        let bytes = Array(name.utf8)
        var i = bytes.firstIndex { ($0 >= 0x30 && $0 <= 0x39) || ($0 | 0x20 >= 0x61 && $0 | 0x20 <= 0x7A) }! - 1
        var prefix: [String] = []
        while i >= 0, bytes[i] < 0x80, bytes[i] != UInt8(ascii: "_"), bytes[i] != UInt8(ascii: " "),
            let w = symbolWords[Character(Unicode.Scalar(bytes[i]))]
        {
            prefix.insert(w, at: 0)
            i -= 1
        }
        return prefix + parts
    }

    /// Splits a spec name into words: on non-alphanumerics, and before an upper-case letter that
    /// follows a lower-case one or starts a capitalised word after an acronym (`HTTPServer` → `HTTP`, `Server`).
    static func words(_ name: String) -> [String] {
        // ASCII bytes only: fast, and non-ASCII characters are separators anyway.
        let bytes = Array(name.utf8)
        return wordRanges(bytes).map { String(decoding: bytes[$0], as: UTF8.self) }
    }

    /// Where the words of `words` are in the name's bytes.
    static func wordRanges(_ bytes: [UInt8]) -> [Range<Int>] {
        var words: [Range<Int>] = []
        words.reserveCapacity(8)
        var start = -1
        for i in bytes.indices {
            let c = bytes[i]
            guard c.isASCIIUpper || c.isASCIILower || c.isASCIIDigit else {
                if start >= 0 { words.append(start..<i); start = -1 }
                continue
            }
            if start >= 0, i > start, c.isASCIIUpper {
                let last = bytes[i - 1]
                let nextIsLower = i + 1 < bytes.count && bytes[i + 1].isASCIILower
                if last.isASCIILower || last.isASCIIDigit || (last.isASCIIUpper && nextIsLower) {
                    words.append(start..<i)
                    start = i
                }
            }
            if start < 0 { start = i }
        }
        if start >= 0 { words.append(start..<bytes.count) }
        return words
    }


    /// `lowerCamel` and `upperCamel` of a name whose first word starts with a letter (rules 2
    /// and 3 do not apply), made from the words' bytes in one buffer; nil for other names.
    static func camelBytes(_ name: String, upper: Bool) -> String? {
        let bytes = Array(name.utf8)
        let ranges = wordRanges(bytes)
        guard let first = ranges.first, !bytes[first.lowerBound].isASCIIDigit else { return nil }
        func lowered(_ b: UInt8) -> UInt8 { b.isASCIIUpper ? b + 0x20 : b }
        func raised(_ b: UInt8) -> UInt8 { b.isASCIILower ? b - 0x20 : b }
        // Written once into a string of the name's length (camel case drops bytes, adds none).
        if upper {
            // Each word with its first letter upper case.
            return String(unsafeUninitializedCapacity: bytes.count) { out in
                var n = 0
                for r in ranges {
                    out[n] = raised(bytes[r.lowerBound])
                    n += 1
                    for i in r.dropFirst() {
                        out[n] = bytes[i]
                        n += 1
                    }
                }
                return n
            }
        }
        // SCREAMING_SNAKE_CASE: each word lower case after its first letter.
        let screaming = ranges.count > 1 && bytes.contains(where: \.isASCIIUpper) && !bytes.contains(where: \.isASCIILower)
        // The first word all lower case when it is all capitals and digits (or screaming), else its first letter.
        let lowerFirstWord = screaming || bytes[first].allSatisfy({ $0.isASCIIUpper || $0.isASCIIDigit })
        let made = String(unsafeUninitializedCapacity: bytes.count) { out in
            var n = 0
            for (k, r) in ranges.enumerated() {
                for i in r {
                    let b = bytes[i]
                    out[n] =
                        k == 0
                        ? (lowerFirstWord || i == r.lowerBound ? lowered(b) : b)
                        : (i == r.lowerBound ? raised(b) : screaming ? lowered(b) : b)
                    n += 1
                }
            }
            return n
        }
        return unusableMemberSet.contains(made) ? made + "_" : made
    }

    /// `page_size` → `pageSize`; `UUID` → `uuid`; `HTTPServer` → `httpServer`; `SITE_NAME` → `siteName`.
    static func lowerCamel(_ name: String, spellingLeadingSymbols: Bool = false) -> String {
        spellingLeadingSymbols ? makeLowerCamel(name, spellingLeadingSymbols: true) : lowerCamels.value(name) { makeLowerCamel($0) }
    }

    private static func makeLowerCamel(_ name: String, spellingLeadingSymbols: Bool = false) -> String {
        if !spellingLeadingSymbols, let made = camelBytes(name, upper: false) { return made }
        return lowerCamelByWords(name, spellingLeadingSymbols: spellingLeadingSymbols)
    }

    /// `lowerCamel` word by word, as the rules read (`camelBytes` is the same for the names it takes).
    static func lowerCamelByWords(_ name: String, spellingLeadingSymbols: Bool = false) -> String {
        var parts = nameWords(name, spellingLeadingSymbols: spellingLeadingSymbols)
        // SCREAMING_SNAKE_CASE: `SITE_NAME` → `siteName`.
        if parts.count > 1, name.utf8.contains(where: { $0 >= 0x41 && $0 <= 0x5A }), !name.utf8.contains(where: { $0 >= 0x61 && $0 <= 0x7A }) {
            parts = parts.map { upperFirst($0.lowercased()) }
        }
        let first = parts[0]
        var out = first.utf8.allSatisfy({ ($0 >= 0x41 && $0 <= 0x5A) || ($0 >= 0x30 && $0 <= 0x39) }) ? first.lowercased() : lowerFirst(first)
        for part in parts.dropFirst() { out += upperFirst(part) }
        if let f = out.utf8.first, f >= 0x30 && f <= 0x39 { out = "_" + out }
        if unusableMemberSet.contains(out) { out += "_" }
        return out
    }

    /// `customer_estimated_cost` → `CustomerEstimatedCost`; keeps existing capitals (`HTTPServer`).
    static func upperCamel(_ name: String) -> String { upperCamels.value(name, makeUpperCamel) }

    private static func makeUpperCamel(_ name: String) -> String {
        camelBytes(name, upper: true) ?? upperCamelByWords(name)
    }

    /// `upperCamel` word by word, as the rules read (`camelBytes` is the same for the names it takes).
    static func upperCamelByWords(_ name: String) -> String {
        var out = nameWords(name).map(upperFirst).joined()
        if let f = out.utf8.first, f >= 0x30 && f <= 0x39 { out = "_" + out }
        return out
    }

    /// The identifiers made so far, by name.
    private static let lowerCamels = StringMemo(capacity: 4096)
    private static let upperCamels = StringMemo(capacity: 4096)

    static func upperFirst(_ s: String) -> String {
        guard let f = s.utf8.first, f >= 0x61 && f <= 0x7A else { return s }
        var bytes = Array(s.utf8)
        bytes[0] -= 0x20
        return String(decoding: bytes, as: UTF8.self)
    }

    static func lowerFirst(_ s: String) -> String {
        guard let f = s.utf8.first, f >= 0x41 && f <= 0x5A else { return s }
        var bytes = Array(s.utf8)
        bytes[0] += 0x20
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The identifier as written in a declaration or a use: keywords in backticks.
    static func escaped(_ identifier: String) -> String {
        keywordSet.contains(identifier) ? "`\(identifier)`" : identifier
    }

    /// `keywords` for the checks every name made passes through.
    private static let keywordSet = SmallStringSet(keywords)

    /// The identifier as an argument label in a call: only `inout`, `var` and `let` need
    /// backticks there (escaping any other keyword draws a warning).
    static func argumentLabel(_ identifier: String) -> String {
        switch identifier {
        case "inout", "var", "let": return "`\(identifier)`"
        default: return identifier
        }
    }

    /// A Swift string literal's contents for `s` (quotes, backslashes and control characters escaped).
    static func literal(_ s: String) -> String {
        // Each character that needs escaping is one ASCII byte (the bytes of others are 0x80 and up).
        guard TextScan.needsEscape(s) else { return s }
        var out = ""
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if u.value < 0x20 { out += "\\u{\(String(u.value, radix: 16))}" } else { out.unicodeScalars.append(u) }
            }
        }
        return out
    }

    /// `line` without its trailing spaces, tabs and carriage returns, character by character.
    static func trimmedByCharacter(_ line: Substring) -> String {
        var l = String(line)
        while l.last == " " || l.last == "\t" || l.last == "\r" { l.removeLast() }
        return l
    }

    /// Lines of a doc comment body (without the `///`), trailing blanks trimmed; nil when empty.
    static func docLines(_ text: String?) -> [String]? {
        guard var text else { return nil }
        // Split on the bytes of each "\n" character (a line feed not after a carriage return:
        // "\r\n" is one character, as in `split(separator: "\n")`), without walking characters,
        // on contiguous UTF-8 (made so if the string is bridged).
        var lines: [String] = []
        text.withUTF8 { buffer in
            var start = 0
            // Trailing blanks dropped on bytes: a tab or CR is always a character of its own, and
            // so is a space after an ASCII byte; a space after another character may belong to
            // it (a prepended mark), so that line is trimmed by character.
            func add(_ lineEnd: Int) {
                var end = lineEnd
                while end > start {
                    let byte = buffer[end - 1]
                    guard byte == 0x20 || byte == 0x09 || byte == 0x0D else { break }
                    if byte == 0x20, end - 1 > start, buffer[end - 2] >= 0x80 {
                        let line = String(decoding: UnsafeBufferPointer(rebasing: buffer[start..<lineEnd]), as: UTF8.self)
                        lines.append(trimmedByCharacter(Substring(line)))
                        return
                    }
                    end -= 1
                }
                lines.append(String(decoding: UnsafeBufferPointer(rebasing: buffer[start..<end]), as: UTF8.self))
            }
            var from = 0
            while let feed = buffer[from...].firstIndex(of: 0x0A) {
                from = feed + 1
                guard feed == 0 || buffer[feed - 1] != 0x0D else { continue }
                add(feed)
                start = from
            }
            add(buffer.count)
        }
        while lines.last?.isEmpty == true { lines.removeLast() }
        while lines.first?.isEmpty == true { lines.removeFirst() }
        return lines.isEmpty ? nil : lines
    }
}

/// Hands out unique names: the first use of a name keeps it, later ones get `_2`, `_3`, …
/// (`2`, `3` after a name that ends in `_` already: `self_`, `self_2`).
struct UniqueNames {
    private var taken: NameSet

    /// `expected`: how many names are about to be claimed (room is made for them at once).
    init(reserved: Set<String> = [], expected: Int = 0) {
        taken = NameSet(reserved, expected: expected)
    }

    mutating func claim(_ name: String) -> String {
        if taken.insert(name) { return name }
        let stem = name.hasSuffix("_") ? name : name + "_"
        var n = 2
        while !taken.insert("\(stem)\(n)") { n += 1 }
        return "\(stem)\(n)"
    }

    func contains(_ name: String) -> Bool { taken.contains(name) }

    /// Takes `name` as it is (nothing when it is taken already).
    mutating func reserve(_ name: String) { _ = taken.insert(name) }
}
