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
        let trimmed = input.trimmingSpacesAndNewlines()
        guard trimmed.count > 1 else { return trimmed.allSatisfy(isSeparator) ? "" : trimmed.lowercased() }
        var chars = Array(trimmed)
        if trimmed != trimmed.lowercased() { chars = splitCase(chars) }
        let lower = String(chars.drop(while: isSeparator)).lowercased()
        // hey-api's `/\d+([\p{Alphabetic}\p{N}_]|$)/gu` and `/[_.$+:\- `\\[\](){}\/]+([\p{Alphabetic}\p{N}_]|$)/gu`.
        let digitsUpper = replacing(lower, run: { $0.properties.generalCategory == .decimalNumber }) { match, after, _ in
            after.map { "_-.".unicodeScalars.contains($0) } == true ? match : match.uppercased()
        }
        return replacing(digitsUpper, run: { separators.contains($0) }) { _, _, group in group.uppercased() }
    }

    /// A `-` before each word that starts in upper case.
    static func splitCase(_ input: [Character]) -> [Character] {
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

    /// The separators of the second pattern's run.
    private static let separators = Set("_.$+:- `\\[](){}/".unicodeScalars)

    /// The scalars the patterns' group matches: `[\p{Alphabetic}\p{N}_]`.
    private static func isWordScalar(_ c: Unicode.Scalar) -> Bool {
        switch c.properties.generalCategory {
        case .decimalNumber, .letterNumber, .otherNumber: return true
        default: return c == "_" || c.properties.isAlphabetic
        }
    }

    /// Each match of the pattern `run+([\p{Alphabetic}\p{N}_]|$)` replaced by
    /// `replace(match, the scalar after it, its group)`, matched scalar by scalar from the left
    /// as a backtracking regular expression engine does: the run as long as it goes, then the
    /// group; failing that, the run one shorter with the group on its last scalar, and so on.
    private static func replacing(
        _ s: String, run isRun: (Unicode.Scalar) -> Bool, _ replace: (String, Unicode.Scalar?, String) -> String
    ) -> String {
        let scalars = Array(s.unicodeScalars)
        func text(_ range: Range<Int>) -> String {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[range])
            return String(view)
        }
        var out = ""
        var last = 0
        var start = 0
        while start < scalars.count {
            guard isRun(scalars[start]) else {
                start += 1
                continue
            }
            var end = start
            while end < scalars.count, isRun(scalars[end]) { end += 1 }
            // The group: a word scalar after the run, the end of the text, or the run's own
            // scalars from its end backwards (a shorter run, then the group on its next scalar).
            var group: Range<Int>?
            if end == scalars.count {
                group = end..<end
            } else if isWordScalar(scalars[end]) {
                group = end..<end + 1
            } else if let k = (start + 1..<end).last(where: { isWordScalar(scalars[$0]) }) {
                group = k..<k + 1
            }
            guard let group else {
                start += 1
                continue
            }
            out += text(last..<start)
            out += replace(text(start..<group.upperBound), group.upperBound < scalars.count ? scalars[group.upperBound] : nil, text(group))
            last = group.upperBound
            start = group.upperBound
        }
        return out + text(last..<scalars.count)
    }
}
