/// A parsed Mustache template.
///
/// Supports the Mustache spec's interpolation (`{{x}}` HTML-escaped, `{{{x}}}` and `{{& x}}` raw),
/// dotted names, the implicit iterator `{{.}}`, sections, inverted sections, comments, partials
/// (`{{> name}}`, indented when standalone) and standalone-line removal.
public struct Template: Sendable {
    public let name: String
    let program: Program
    /// The partials (`{{> name}}`) the template includes, with their positions.
    public let partials: [PartialReference]

    public init(name: String, text: String) throws(TemplateError) {
        self.name = name
        var parser = TemplateParser(name: name, text: text)
        self.program = Program(try parser.parse())
        self.partials = parser.partials
    }
}

/// A `{{> name}}` tag and where it stands in its template.
public struct PartialReference: Sendable {
    public var name: String
    public var line: Int
    public var column: Int
}

public struct TemplateError: Error, Sendable, CustomStringConvertible {
    public var template: String
    public var line: Int
    public var column: Int
    public var message: String

    public var description: String { "\(template):\(line):\(column): error: \(message)" }
}

/// Text and indents are kept as UTF-8 bytes, the form they are rendered in.
enum TemplateNode: Sendable {
    case text([UInt8])
    case variable([String], escaped: Bool)
    case section([String], [TemplateNode], inverted: Bool)
    case partial(String, indent: [UInt8])
}

/// Splits template text into tokens, applies the standalone-line rule and nests sections.
struct TemplateParser {
    let name: String
    let bytes: [UInt8]
    private(set) var partials: [PartialReference] = []

    init(name: String, text: String) {
        self.name = name
        self.bytes = Array(text.utf8)
    }

    private enum TagKind { case variable, raw, open, inverted, close, comment, partial }

    private enum Token {
        case text(Range<Int>)
        case tag(TagKind, String, at: Int)
    }

    mutating func parse() throws(TemplateError) -> [TemplateNode] {
        let tokens = try tokenize()
        // Standalone tags: computed on the untrimmed text, then applied.
        var trimStart = [Int: Int]()  // token index → new lower bound
        var trimEnd = [Int: Int]()  // token index → new upper bound
        var indents = [Int: [UInt8]]()
        for (i, token) in tokens.enumerated() {
            guard case .tag(let kind, _, _) = token, kind != .variable, kind != .raw else { continue }
            // What stands before the tag on its line.
            var lineStart: Int?
            if i == 0 {
                lineStart = 0
            } else if case .text(let r) = tokens[i - 1] {
                var j = r.upperBound
                while j > r.lowerBound, bytes[j - 1] == 0x20 || bytes[j - 1] == 0x09 { j -= 1 }
                if j == r.lowerBound ? (i - 1 == 0) : bytes[j - 1] == 0x0A { lineStart = j }
            }
            guard let before = lineStart else { continue }
            // What stands after it.
            var lineEnd: Int?
            if i == tokens.count - 1 {
                lineEnd = -1
            } else if case .text(let r) = tokens[i + 1] {
                var j = r.lowerBound
                while j < r.upperBound, bytes[j] == 0x20 || bytes[j] == 0x09 || bytes[j] == 0x0D { j += 1 }
                if j == r.upperBound, i + 1 == tokens.count - 1 {
                    lineEnd = j
                } else if j < r.upperBound, bytes[j] == 0x0A {
                    lineEnd = j + 1
                }
            }
            guard let after = lineEnd else { continue }
            if i > 0, case .text(let r) = tokens[i - 1] {
                trimEnd[i - 1] = before
                if kind == .partial { indents[i] = Array(bytes[before..<r.upperBound]) }
            }
            if after >= 0 { trimStart[i + 1] = after }
        }

        // Nest. The partials' positions are counted in one pass (they come in text order).
        var positions = PositionCounter(bytes)
        var stack: [(name: String, path: [String], inverted: Bool, nodes: [TemplateNode], at: Int)] = [
            ("", [], false, [], 0)
        ]
        for (i, token) in tokens.enumerated() {
            switch token {
            case .text(let r):
                let lo = trimStart[i] ?? r.lowerBound
                let hi = max(lo, trimEnd[i] ?? r.upperBound)
                if lo < hi { stack[stack.count - 1].nodes.append(.text(Array(bytes[lo..<hi]))) }
            case .tag(let kind, let tagName, let at):
                switch kind {
                case .comment:
                    break
                case .variable, .raw:
                    stack[stack.count - 1].nodes.append(.variable(Self.path(tagName), escaped: kind == .variable))
                case .partial:
                    stack[stack.count - 1].nodes.append(.partial(tagName, indent: indents[i] ?? []))
                    let (line, column) = positions.position(of: at)
                    partials.append(PartialReference(name: tagName, line: line, column: column))
                case .open, .inverted:
                    stack.append((tagName, Self.path(tagName), kind == .inverted, [], at))
                case .close:
                    guard stack.count > 1, stack[stack.count - 1].name == tagName else {
                        let open = stack.count > 1 ? "'\(stack[stack.count - 1].name)'" : "no open section"
                        throw error(at: at, "closing tag '\(tagName)' does not match \(open)")
                    }
                    let section = stack.removeLast()
                    stack[stack.count - 1].nodes.append(.section(section.path, section.nodes, inverted: section.inverted))
                }
            }
        }
        guard stack.count == 1 else {
            throw error(at: stack[stack.count - 1].at, "section '\(stack[stack.count - 1].name)' is never closed")
        }
        return stack[0].nodes
    }

    /// The names of a dotted tag; none for the implicit iterator `.` (a name of dots alone names
    /// the empty key, which nothing has).
    private static func path(_ name: String) -> [String] {
        if name == "." { return [] }
        // Most names have no dot (splitting a string by a character is far dearer than looking).
        if !name.utf8.contains(UInt8(ascii: ".")) { return [name] }
        let names = name.split(separator: ".").map(String.init)
        return names.isEmpty ? [""] : names
    }

    private func tokenize() throws(TemplateError) -> [Token] {
        var tokens: [Token] = []
        var i = 0
        var textStart = 0
        let n = bytes.count
        while i < n {
            guard bytes[i] == 0x7B, i + 1 < n, bytes[i + 1] == 0x7B else {
                i += 1
                continue
            }
            if textStart < i { tokens.append(.text(textStart..<i)) }
            let tagStart = i
            var j = i + 2
            var kind = TagKind.variable
            var closing: [UInt8] = [0x7D, 0x7D]
            if j < n {
                switch bytes[j] {
                case 0x7B: kind = .raw; closing = [0x7D, 0x7D, 0x7D]; j += 1  // {
                case 0x26: kind = .raw; j += 1  // &
                case 0x23: kind = .open; j += 1  // #
                case 0x5E: kind = .inverted; j += 1  // ^
                case 0x2F: kind = .close; j += 1  // /
                case 0x21: kind = .comment; j += 1  // !
                case 0x3E: kind = .partial; j += 1  // >
                default: break
                }
            }
            guard let end = find(closing, from: j) else {
                throw error(at: tagStart, "unclosed tag")
            }
            // The name without the spaces and tabs around it.
            var (nameStart, nameEnd) = (j, end)
            while nameStart < nameEnd, bytes[nameStart] == 0x20 || bytes[nameStart] == 0x09 { nameStart += 1 }
            while nameEnd > nameStart, bytes[nameEnd - 1] == 0x20 || bytes[nameEnd - 1] == 0x09 { nameEnd -= 1 }
            let tagName = String(decoding: bytes[nameStart..<nameEnd], as: UTF8.self)
            if kind != .comment, tagName.isEmpty {
                throw error(at: tagStart, "empty tag")
            }
            tokens.append(.tag(kind, tagName, at: tagStart))
            i = end + closing.count
            textStart = i
        }
        if textStart < n { tokens.append(.text(textStart..<n)) }
        return tokens
    }

    private func find(_ needle: [UInt8], from start: Int) -> Int? {
        var i = start
        while i + needle.count <= bytes.count {
            if bytes[i] == needle[0], needle.count == 1 || bytes[i + 1] == needle[1],
                needle.count < 3 || bytes[i + 2] == needle[2]
            {
                return i
            }
            i += 1
        }
        return nil
    }

    private func error(at offset: Int, _ message: String) -> TemplateError {
        var positions = PositionCounter(bytes)
        let (line, column) = positions.position(of: offset)
        return TemplateError(template: name, line: line, column: column, message: message)
    }
}

/// Lines and columns (1-based, a column per character) of offsets into UTF-8 text, asked for in
/// increasing order: each is counted on from the one before, not from the start of the text.
struct PositionCounter {
    private let bytes: [UInt8]
    private var offset = 0
    private var line = 1
    private var column = 1

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    mutating func position(of target: Int) -> (line: Int, column: Int) {
        if target < offset { (offset, line, column) = (0, 1, 1) }
        while offset < target {
            let b = bytes[offset]
            if b == 0x0A { line += 1; column = 1 } else if b & 0xC0 != 0x80 { column += 1 }
            offset += 1
        }
        return (line, column)
    }
}
