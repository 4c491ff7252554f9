import Dispatch
import SpecForgeIR
import SpecForgeParse

/// Makes a rule's example value meet its schema's constraints: a string its `pattern` (a value
/// made from the pattern when the rule's does not match) and length bounds, a number its
/// bounds, an array its `minItems`. The spec's own examples are never changed.
enum ConstrainedValues {
    static func apply(_ value: JSONValue, _ c: Constraints) -> JSONValue {
        switch value {
        case .string(var s):
            if let pattern = c.pattern, !matches(s, pattern), let made = RegexExample.make(pattern), matches(made, pattern) {
                s = made
            }
            if let min = c.minLength, s.count < min {
                // Padded with `x`, or with its own last character where the pattern refuses an `x`.
                let padded = s + String(repeating: "x", count: min - s.count)
                if let pattern = c.pattern, !matches(padded, pattern), let last = s.last {
                    s += String(repeating: last, count: min - s.count)
                } else {
                    s = padded
                }
            }
            if let max = c.maxLength, s.count > max { s = String(s.prefix(max)) }
            return .string(s)
        case .int(let i):
            var d = Double(i)
            if let min = c.minimum, d < min { d = min.rounded(.up) }
            if let max = c.maximum, d > max { d = max.rounded(.down) }
            return .int(Int(d))
        case .double(var d):
            if let min = c.minimum, d < min { d = min }
            if let max = c.maximum, d > max { d = max }
            return .double(d)
        case .array(let items):
            guard let min = c.minItems, items.count < min, let first = items.first else { return value }
            return .array(items + Array(repeating: first, count: min - items.count))
        default:
            return value
        }
    }

    /// Whether `pattern` matches somewhere in `s`, scalar by scalar as ICU's and ECMAScript's
    /// engines do (not character by character); a pattern that cannot be read matches anything.
    static func matches(_ s: String, _ pattern: String) -> Bool { patterns.matches(s, pattern) }

    private static let patterns = Patterns()

    /// Each pattern read once per run, and matched under a lock: a `Regex` whose captures are
    /// not known to the compiler (`AnyRegexOutput`) is not `Sendable`, so one is never used by
    /// two threads at once. Patterns are few and short; the pages wait on this rarely.
    private final class Patterns: @unchecked Sendable {
        private let lock = DispatchSemaphore(value: 1)
        private var regexes: [String: Regex<AnyRegexOutput>?] = [:]

        func matches(_ s: String, _ pattern: String) -> Bool {
            lock.wait()
            defer { lock.signal() }
            if regexes[pattern] == nil { regexes[pattern] = .some(try? Regex(pattern).matchingSemantics(.unicodeScalar)) }
            guard let regex = regexes[pattern]! else { return true }
            return (try? regex.firstMatch(in: s)) != nil
        }
    }
}

/// One string a regular expression matches: literals kept, classes give their first member,
/// groups their first alternative, quantifiers their least count (at least one for `+`).
enum RegexExample {
    static func make(_ pattern: String) -> String? {
        var chars = Array(pattern)
        var i = 0
        let out = sequence(&chars, &i)
        return out
    }

    /// A sequence up to `|` or `)`; alternatives after `|` are skipped.
    private static func sequence(_ p: inout [Character], _ i: inout Int) -> String? {
        var out = ""
        while i < p.count, p[i] != ")" {
            if p[i] == "|" {
                skipAlternatives(&p, &i)
                break
            }
            guard let atom = atom(&p, &i) else { return nil }
            let (minCount, _) = quantifier(&p, &i)
            out += String(repeating: atom, count: minCount)
        }
        return out
    }

    private static func skipAlternatives(_ p: inout [Character], _ i: inout Int) {
        var depth = 0
        while i < p.count {
            if p[i] == "\\" { i += 2; continue }
            if p[i] == "(" { depth += 1 }
            if p[i] == ")" {
                if depth == 0 { return }
                depth -= 1
            }
            i += 1
        }
    }

    private static func atom(_ p: inout [Character], _ i: inout Int) -> String? {
        let c = p[i]
        i += 1
        switch c {
        case "^", "$": return ""
        case ".": return "a"
        case "\\":
            guard i < p.count else { return nil }
            let e = p[i]
            i += 1
            switch e {
            case "d": return "1"
            case "w": return "a"
            case "s": return " "
            case "D", "W", "S": return "-"
            case "b", "B": return ""
            default: return String(e)
            }
        case "[":
            return charClass(&p, &i)
        case "(":
            if i + 1 < p.count, p[i] == "?" {
                // (?: …), (?= …) and the like: a plain group is enough for an example.
                i += 2
            }
            let inner = sequence(&p, &i)
            guard i < p.count, p[i] == ")" else { return nil }
            i += 1
            return inner
        default:
            return String(c)
        }
    }

    private static func charClass(_ p: inout [Character], _ i: inout Int) -> String? {
        var negated = false
        if i < p.count, p[i] == "^" {
            negated = true
            i += 1
        }
        var members: [Character] = []
        var excluded: Set<Character> = []
        var first = true
        while i < p.count, p[i] != "]" || first {
            first = false
            var c = p[i]
            i += 1
            if c == "\\", i < p.count {
                let e = p[i]
                i += 1
                switch e {
                case "d": c = "1"
                case "w": c = "a"
                case "s": c = " "
                default: c = e
                }
            }
            if i + 1 < p.count, p[i] == "-", p[i + 1] != "]" {
                let end = p[i + 1]
                i += 2
                if let a = c.unicodeScalars.first?.value, let b = end.unicodeScalars.first?.value, a <= b {
                    for v in a...min(b, a + 200) { if let s = Unicode.Scalar(v) { excluded.insert(Character(s)) } }
                }
            } else {
                excluded.insert(c)
            }
            members.append(c)
        }
        guard i < p.count else { return nil }
        i += 1
        if negated {
            return "aZ0_-".first { !excluded.contains($0) }.map(String.init)
        }
        return members.first.map(String.init)
    }

    /// The least count of a quantifier after an atom (1 without one).
    private static func quantifier(_ p: inout [Character], _ i: inout Int) -> (Int, Int?) {
        guard i < p.count else { return (1, 1) }
        var result: (Int, Int?) = (1, 1)
        switch p[i] {
        case "*": i += 1; result = (0, nil)
        case "+": i += 1; result = (1, nil)
        case "?": i += 1; result = (0, 1)
        case "{":
            guard let close = p[i...].firstIndex(of: "}") else { return (1, 1) }
            let body = String(p[(i + 1)..<close])
            let parts = body.split(separator: ",", omittingEmptySubsequences: false)
            if let n = Int(parts.first ?? "") {
                result = (n, parts.count > 1 ? Int(parts[1]) : n)
                i = close + 1
            }
        default: return (1, 1)
        }
        if i < p.count, p[i] == "?" || p[i] == "+" { i += 1 }
        return result
    }
}
