import Foundation
import SpecForgeIR

/// The names @hey-api/openapi-ts (0.99, default `@hey-api/sdk` settings: flat functions, nesting
/// by operationId) gives the SDK functions of a whole document:
///
/// - an operation's id: its `operationId` with leading characters that cannot start an
///   identifier removed and other non-identifier characters made separators, else
///   `{method}-{path}` with `{x}` read as `by-x` and `/`, `:`, `+` as separators; in camel case;
///   an id already taken (in document order) gets `2`, `3`, …;
/// - the function: the `operationId`'s segments (split at `.` and `/`) joined, else the id, in
///   camel case; made a JavaScript identifier (a leading digit or symbol gets `_`, other symbols
///   become `_`), a reserved word or runtime global gets a trailing `_`; a name an earlier
///   function has gets `2`, `3`, … (all functions are in one file).
struct TypeScriptNaming {
    private var names: [String: String] = [:]

    init(operations: [OperationIR]) {
        var ids: Set<String> = []
        var functions: Set<String> = []
        for op in operations {
            let base =
                op.hasOperationId
                ? Self.camelCase(Self.namespaceIdentifier(op.operationId))
                : Self.camelCase(op.method.rawValue + "-" + Self.pathWords(op.path))
            let id = Self.numbered(base, taken: ids)
            ids.insert(id)
            let segments = op.hasOperationId ? op.operationId.split(whereSeparator: { $0 == "." || $0 == "/" }).map(String.init) : []
            let function = Self.numbered(Self.identifier(Self.camelCase(segments.isEmpty ? id : segments.joined(separator: "."))), taken: functions)
            functions.insert(function)
            names[Self.key(op)] = function
        }
    }

    func function(of op: OperationIR) -> String? { names[Self.key(op)] }

    private static func key(_ op: OperationIR) -> String { op.method.rawValue + " " + op.path }

    static func numbered(_ name: String, taken: Set<String>) -> String {
        guard taken.contains(name) else { return name }
        var n = 2
        while taken.contains(name + String(n)) { n += 1 }
        return name + String(n)
    }

    /// `{x}` as `by-x`; `/`, `:` and `+` as `-`.
    static func pathWords(_ path: String) -> String {
        var out = ""
        var inBraces = false
        for c in path {
            switch c {
            case "{" where !inBraces:
                inBraces = true
                out += "by-"
            case "}" where inBraces: inBraces = false
            case "/", ":", "+": out.append("-")
            default: out.append(c)
            }
        }
        return out
    }

    /// Leading characters that cannot start an identifier dropped; other non-identifier characters (and `$`, `+`) as `-`.
    static func namespaceIdentifier(_ s: String) -> String {
        String(s.drop { !$0.isLetter }.map { $0.isLetter || $0.isNumber || $0 == "_" ? $0 : "-" })
    }

    /// A JavaScript identifier: a first character that cannot start one gets `_` before it (a
    /// digit) or is replaced by it; other characters that cannot be in one become `_`; a reserved
    /// word or runtime global gets `_` after it.
    static func identifier(_ name: String) -> String {
        var out = ""
        for (i, c) in name.enumerated() {
            let continues = c.isLetter || c.isNumber || c == "_" || c == "$"
            if i == 0, !(c.isLetter || c == "_" || c == "$") {
                out += continues ? "_" + String(c) : "_"
            } else {
                out.append(continues ? c : "_")
            }
        }
        if out.isEmpty { return "_" }
        return reserved.contains(out) ? out + "_" : out
    }

    /// JavaScript and TypeScript reserved words and the runtime globals (browser, Node) a
    /// generated function must not shadow. Camel-case names start in lower case, so only
    /// lower-case ones can be met.
    static let reserved: Set<String> = Set(
        """
        arguments async await break case catch class const continue debugger default delete do else enum eval
        export extends false finally for from function if implements import in instanceof interface let new null
        package private protected public return static super switch this throw true try typeof var void while with
        yield any as bigint boolean namespace never number string symbol type undefined unknown
        document fetch history location navigator window atob btoa clearInterval clearTimeout console crypto
        globalThis performance queueMicrotask setInterval setTimeout structuredClone exports global module process require
        """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))

    // MARK: camel case

    /// Characters that separate words.
    static func isSeparator(_ c: Character) -> Bool { "_.$+:- `\\[](){}/".contains(c) }

    /// Camel case as hey-api spells it: words split at separators and case changes (`HTTPServer`
    /// → `http-server`, `getIDs` → `get-ids`: a trailing `s` is a plural, not a word), all lower
    /// case, then each word after the first capitalized (and a letter after digits: `v2users` → `v2Users`).
    static func camelCase(_ input: String) -> String {
        let trimmed = input.trimmingCharacters(in: .whitespacesAndNewlines)
        guard trimmed.count > 1 else { return trimmed.allSatisfy(isSeparator) ? "" : trimmed.lowercased() }
        var chars = Array(trimmed)
        if trimmed != trimmed.lowercased() { chars = splitCase(chars) }
        let lower = String(chars.drop(while: isSeparator)).lowercased()
        let digitsUpper = replacing(lower, pattern: #"\d+([\p{Alphabetic}\p{N}_]|$)"#) { match, after, _ in
            after.map { "_-.".contains($0) } == true ? match : match.uppercased()
        }
        return replacing(digitsUpper, pattern: #"[_.$+:\- `\\\[\](){}/]+([\p{Alphabetic}\p{N}_]|$)"#) { _, _, group in group.uppercased() }
    }

    /// A `-` before each word that starts in upper case.
    private static func splitCase(_ input: [Character]) -> [Character] {
        var value = input
        var lastLower = false
        var lastUpper = false
        var lastLastUpper = false
        var index = 0
        while index < value.count {
            let c = value[index]
            let lastLastPreserved = index > 2 ? value[index - 3] == "-" : true
            var nextIndex = index + 1
            while nextIndex < value.count, isSeparator(value[nextIndex]) { nextIndex += 1 }
            let next: Character? = nextIndex < value.count ? value[nextIndex] : nil
            let separatorBeforeNext = nextIndex != index + 1
            if c.isUppercase, lastLower || (next.map { !separatorBeforeNext && $0 != "s" && $0.isLowercase } ?? false) {
                value.insert("-", at: index)
                index += 1
                lastLastUpper = lastUpper
                lastLower = false
                lastUpper = true
            } else if lastUpper, lastLastUpper, c.isLowercase, !lastLastPreserved,
                !(c == "s" && (next.map { $0.lowercased() != String($0) } ?? true))
            {
                value.insert("-", at: index - 1)
                lastLastUpper = lastUpper
                lastLower = true
                lastUpper = false
            } else {
                lastLastUpper = lastUpper
                lastLower = c.isLowercase
                lastUpper = c.isUppercase
            }
            index += 1
        }
        return value
    }

    /// Each match of `pattern` replaced by `replace(match, the character after it, its first group)`.
    private static func replacing(_ s: String, pattern: String, _ replace: (String, Character?, String) -> String) -> String {
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
}
