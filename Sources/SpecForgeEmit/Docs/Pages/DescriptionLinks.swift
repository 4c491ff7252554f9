#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import SpecForgeParse

/// Links the spec's own descriptions make, made to work on the generated pages (the default
/// mode): a spec's authors write them for their own site. A link with a scheme is kept; a link
/// to a heading of the page is kept; a path (`/guides/x`, `guides/x`) is resolved against the
/// document's `externalDocs.url`; what is left (an anchor no heading of the page has, a path
/// with nothing to resolve it against) is written as its text, and reported.
struct DescriptionLinks {
    /// The document's `externalDocs.url`, if any.
    var base: String?

    struct Result {
        var page: [UInt8]
        /// The targets written as text, in page order.
        var unresolved: [String]
    }

    /// The page's UTF-8 bytes with its links fixed. Lines are read as bytes; the few that can hold
    /// a link, a fence or a heading are then read as text, as Markdown sees them.
    func apply(toPage page: [UInt8]) -> Result {
        // Read only for a link to an anchor, which few pages have.
        let anchors = Anchors(page: page)
        var unresolved: [String] = []
        var out: [UInt8] = []
        out.reserveCapacity(page.count)
        var inFence = false
        var first = true
        Self.forEachLine(of: page) { line in
            if !first { out.append(0x0A) }
            first = false
            if Self.opensOrClosesFence(line) { inFence.toggle() }
            if inFence || !Self.contains(line, Self.linkMiddle) {
                out += line
            } else {
                // An ASCII line is its bytes; another is read as characters.
                let fixed = line.allSatisfy { $0 < 0x80 }
                    ? rewrite(Array(line), anchors: anchors, unresolved: &unresolved)
                    : rewrite(Array(String(decoding: line, as: UTF8.self)), anchors: anchors, unresolved: &unresolved)
                out += fixed.utf8
            }
        }
        return Result(page: out, unresolved: unresolved)
    }

    /// The line with each Markdown link `[text](target)` (outside code spans) kept, resolved or made text.
    private func rewrite<Unit: MarkdownUnit>(_ chars: [Unit], anchors: Anchors, unresolved: inout [String]) -> String {
        var out = ""
        var i = 0
        // Where the text copied as it is starts.
        var run = 0
        var inCode = false
        while i < chars.count {
            let c = chars[i]
            if c == .backtick { inCode.toggle() }
            guard !inCode, c == .openBracket, let link = Self.link(chars, at: i) else {
                i += 1
                continue
            }
            out += Unit.string(chars[run..<i])
            let text = Unit.string(chars[(i + 1)..<link.textEnd])
            switch target(link.target, anchors: anchors) {
            case .keep:
                out += Unit.string(chars[i..<link.end])
            case .resolved(let url):
                out += "[\(text)](\(url))"
            case .text:
                unresolved.append(link.target)
                // An image's `!` before the text goes with it.
                if out.hasSuffix("!") { out.removeLast() }
                out += text
            }
            i = link.end
            run = i
        }
        out += Unit.string(chars[run...])
        return out
    }

    enum Target: Equatable { case keep, resolved(String), text }

    func target(_ target: String, anchors: Anchors) -> Target {
        let url = target.split(separator: " ", maxSplits: 1).first.map(String.init) ?? target
        if url.isEmpty { return .text }
        if Self.hasScheme(url) { return .keep }
        if url.hasPrefix("#") { return anchors.all.contains(String(url.dropFirst())) ? .keep : .text }
        if url.hasPrefix("//") { return .resolved("https:" + url) }
        let path = url.split(separator: "#", maxSplits: 1).first.map(String.init) ?? url
        if !url.hasPrefix("/"), path.hasSuffix(".md") { return .keep }
        guard let base, Self.hasScheme(base) else { return .text }
        if url.hasPrefix("/") { return .resolved(Self.origin(of: base) + url) }
        let directory = base.hasSuffix("/") ? base : String(base[..<(base.lastIndex(of: "/").map { base.index(after: $0) } ?? base.endIndex)])
        return .resolved((directory.hasSuffix("/") ? directory : directory + "/") + (url.hasPrefix("./") ? String(url.dropFirst(2)) : url))
    }

    /// `[text](target)` starting at `start`: where the text ends, the target, and where the link ends.
    static func link<Unit: MarkdownUnit>(_ chars: [Unit], at start: Int) -> (textEnd: Int, target: String, end: Int)? {
        var depth = 0
        var i = start
        while i < chars.count {
            if chars[i] == .openBracket { depth += 1 } else if chars[i] == .closeBracket {
                depth -= 1
                if depth == 0 { break }
            }
            i += 1
        }
        guard i + 1 < chars.count, chars[i] == .closeBracket, chars[i + 1] == .openParen else { return nil }
        let textEnd = i
        var j = i + 2
        var parens = 1
        while j < chars.count {
            if chars[j] == .openParen { parens += 1 } else if chars[j] == .closeParen {
                parens -= 1
                if parens == 0 { break }
            }
            j += 1
        }
        guard j < chars.count else { return nil }
        var target = Unit.string(chars[(i + 2)..<j]).trimmingSpaces()
        if target.hasPrefix("<"), let close = target.firstIndex(of: ">") { target = String(target[target.index(after: target.startIndex)..<close]) }
        return (textEnd, target, j + 1)
    }

    /// A page's anchors, read when first asked for.
    final class Anchors {
        let page: [UInt8]
        lazy var all: Set<String> = DescriptionLinks.anchors(of: page)
        init(page: [UInt8]) { self.page = page }
    }

    /// The anchors of the page's headings (outside code blocks) and explicit `id`s.
    static func anchors(of page: [UInt8]) -> Set<String> {
        var out: Set<String> = []
        var inFence = false
        forEachLine(of: page) { bytes in
            if opensOrClosesFence(bytes) { inFence.toggle() }
            guard !inFence else { return }
            let heading = firstAfterSpaces(bytes) == UInt8(ascii: "#")
            guard heading || contains(bytes, idAttribute) else { return }
            let line = Substring(String(decoding: bytes, as: UTF8.self))
            let trimmed = line.drop(while: { $0 == " " })
            if trimmed.hasPrefix("#") {
                let title = trimmed.drop(while: { $0 == "#" }).trimmingSpaces()
                out.insert(DocsNaming.anchor(title))
            }
            var rest = line
            while let r = rest.firstUTF8Range(of: "id=\"") {
                let after = rest[r.upperBound...]
                guard let close = after.firstIndex(of: "\"") else { break }
                out.insert(String(after[..<close]))
                rest = after[close...]
            }
        }
        return out
    }

    // MARK: Lines as bytes

    static let linkMiddle = Array("](".utf8)
    static let idAttribute = Array("id=\"".utf8)

    /// Calls `body` with each line of `page` (without its line feed) as a Swift string splits it:
    /// at a line feed, but not inside a carriage return and line feed, which is one character.
    static func forEachLine(of page: [UInt8], _ body: (ArraySlice<UInt8>) -> Void) {
        var start = 0
        var from = 0
        while let feed = offset(of: 0x0A, in: page, from: from) {
            from = feed + 1
            guard feed == 0 || page[feed - 1] != 0x0D else { continue }
            body(page[start..<feed])
            start = from
        }
        body(page[start...])
    }

    /// Where `byte` is next in `bytes` from `from` on (memchr: a page is megabytes).
    static func offset<C: Collection<UInt8>>(of byte: UInt8, in bytes: C, from: Int) -> Int? {
        bytes.withContiguousStorageIfAvailable { buffer -> Int? in
            guard from < buffer.count, let base = buffer.baseAddress,
                  let hit = memchr(base + from, Int32(byte), buffer.count - from)
            else { return nil }
            return UnsafeRawPointer(hit) - UnsafeRawPointer(base)
        } ?? nil
    }

    /// The first byte after the line's leading spaces.
    static func firstAfterSpaces(_ line: ArraySlice<UInt8>) -> UInt8? {
        line.first { $0 != 0x20 }
    }

    /// Whether the line, after its spaces, starts with three backticks (as characters: a
    /// backtick with a combining mark is another character).
    static func opensOrClosesFence(_ line: ArraySlice<UInt8>) -> Bool {
        guard let start = line.firstIndex(where: { $0 != 0x20 }), line[start...].starts(with: [0x60, 0x60, 0x60]) else { return false }
        return Substring(String(decoding: line, as: UTF8.self)).drop(while: { $0 == " " }).hasPrefix("```")
    }

    /// Whether `needle`'s bytes occur in the line (needed, not enough, for them to occur as characters).
    static func contains(_ line: ArraySlice<UInt8>, _ needle: [UInt8]) -> Bool {
        line.withUnsafeBufferPointer { line in needle.withUnsafeBufferPointer { line.firstRange(of: $0) != nil } }
    }

    static func hasScheme(_ url: String) -> Bool {
        guard let colon = url.firstIndex(of: ":"), colon != url.startIndex, url.first?.isLetter == true else { return false }
        return url[..<colon].allSatisfy { $0.isLetter || $0.isNumber || "+.-".contains($0) }
    }

    /// `scheme://host[:port]` of a URL.
    static func origin(of url: String) -> String {
        guard let scheme = url.firstUTF8Range(of: "://") else { return url }
        let rest = url[scheme.upperBound...]
        return String(url[..<scheme.upperBound]) + String(rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" })
    }
}

/// What a line is read as when its links are found: characters, or bytes when it is ASCII (where
/// each byte is a character, and the brackets, parentheses and backticks are the same).
protocol MarkdownUnit: Equatable {
    static var openBracket: Self { get }
    static var closeBracket: Self { get }
    static var openParen: Self { get }
    static var closeParen: Self { get }
    static var backtick: Self { get }
    static func string(_ units: ArraySlice<Self>) -> String
}

extension Character: MarkdownUnit {
    static var openBracket: Character { "[" }
    static var closeBracket: Character { "]" }
    static var openParen: Character { "(" }
    static var closeParen: Character { ")" }
    static var backtick: Character { "`" }
    static func string(_ units: ArraySlice<Character>) -> String { String(units) }
}

extension UInt8: MarkdownUnit {
    static var openBracket: UInt8 { UInt8(ascii: "[") }
    static var closeBracket: UInt8 { UInt8(ascii: "]") }
    static var openParen: UInt8 { UInt8(ascii: "(") }
    static var closeParen: UInt8 { UInt8(ascii: ")") }
    static var backtick: UInt8 { UInt8(ascii: "`") }
    static func string(_ units: ArraySlice<UInt8>) -> String { String(decoding: units, as: UTF8.self) }
}
