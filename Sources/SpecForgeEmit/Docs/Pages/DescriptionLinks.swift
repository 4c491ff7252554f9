/// Links the spec's own descriptions make, made to work on the generated pages (the default
/// mode): a spec's authors write them for their own site. A link with a scheme is kept; a link
/// to a heading of the page is kept; a path (`/guides/x`, `guides/x`) is resolved against the
/// document's `externalDocs.url`; what is left (an anchor no heading of the page has, a path
/// with nothing to resolve it against) is written as its text, and reported.
struct DescriptionLinks {
    /// The document's `externalDocs.url`, if any.
    var base: String?

    struct Result {
        var page: String
        /// The targets written as text, in page order.
        var unresolved: [String]
    }

    func apply(toPage page: String) -> Result {
        let anchors = Self.anchors(of: page)
        var unresolved: [String] = []
        var out: [Substring] = []
        var inFence = false
        for line in page.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.drop(while: { $0 == " " }).hasPrefix("```") { inFence.toggle() }
            if inFence || !line.contains("](") {
                out.append(line)
            } else {
                out.append(Substring(rewrite(line, anchors: anchors, unresolved: &unresolved)))
            }
        }
        return Result(page: out.joined(separator: "\n"), unresolved: unresolved)
    }

    /// The line with each Markdown link `[text](target)` (outside code spans) kept, resolved or made text.
    private func rewrite(_ line: Substring, anchors: Set<String>, unresolved: inout [String]) -> String {
        let chars = Array(line)
        var out = ""
        var i = 0
        var inCode = false
        while i < chars.count {
            let c = chars[i]
            if c == "`" { inCode.toggle() }
            guard !inCode, c == "[", let link = Self.link(chars, at: i) else {
                out.append(c)
                i += 1
                continue
            }
            let text = String(chars[(i + 1)..<link.textEnd])
            switch target(link.target, anchors: anchors) {
            case .keep:
                out += String(chars[i..<link.end])
            case .resolved(let url):
                out += "[\(text)](\(url))"
            case .text:
                unresolved.append(link.target)
                // An image's `!` before the text goes with it.
                if out.hasSuffix("!") { out.removeLast() }
                out += text
            }
            i = link.end
        }
        return out
    }

    enum Target: Equatable { case keep, resolved(String), text }

    func target(_ target: String, anchors: Set<String>) -> Target {
        let url = target.split(separator: " ", maxSplits: 1).first.map(String.init) ?? target
        if url.isEmpty { return .text }
        if Self.hasScheme(url) { return .keep }
        if url.hasPrefix("#") { return anchors.contains(String(url.dropFirst())) ? .keep : .text }
        if url.hasPrefix("//") { return .resolved("https:" + url) }
        let path = url.split(separator: "#", maxSplits: 1).first.map(String.init) ?? url
        if !url.hasPrefix("/"), path.hasSuffix(".md") { return .keep }
        guard let base, Self.hasScheme(base) else { return .text }
        if url.hasPrefix("/") { return .resolved(Self.origin(of: base) + url) }
        let directory = base.hasSuffix("/") ? base : String(base[..<(base.lastIndex(of: "/").map { base.index(after: $0) } ?? base.endIndex)])
        return .resolved((directory.hasSuffix("/") ? directory : directory + "/") + (url.hasPrefix("./") ? String(url.dropFirst(2)) : url))
    }

    /// `[text](target)` starting at `start`: where the text ends, the target, and where the link ends.
    static func link(_ chars: [Character], at start: Int) -> (textEnd: Int, target: String, end: Int)? {
        var depth = 0
        var i = start
        while i < chars.count {
            if chars[i] == "[" { depth += 1 } else if chars[i] == "]" {
                depth -= 1
                if depth == 0 { break }
            }
            i += 1
        }
        guard i + 1 < chars.count, chars[i] == "]", chars[i + 1] == "(" else { return nil }
        let textEnd = i
        var j = i + 2
        var parens = 1
        while j < chars.count {
            if chars[j] == "(" { parens += 1 } else if chars[j] == ")" {
                parens -= 1
                if parens == 0 { break }
            }
            j += 1
        }
        guard j < chars.count else { return nil }
        var target = String(chars[(i + 2)..<j]).trimmingCharacters(in: .whitespaces)
        if target.hasPrefix("<"), let close = target.firstIndex(of: ">") { target = String(target[target.index(after: target.startIndex)..<close]) }
        return (textEnd, target, j + 1)
    }

    /// The anchors of the page's headings (outside code blocks) and explicit `id`s.
    static func anchors(of page: String) -> Set<String> {
        var out: Set<String> = []
        var inFence = false
        for line in page.split(separator: "\n") {
            let trimmed = line.drop(while: { $0 == " " })
            if trimmed.hasPrefix("```") { inFence.toggle() }
            guard !inFence else { continue }
            if trimmed.hasPrefix("#") {
                let title = trimmed.drop(while: { $0 == "#" }).trimmingCharacters(in: .whitespaces)
                out.insert(DocsNaming.anchor(title))
            }
            var rest = Substring(line)
            while let r = rest.range(of: "id=\"") {
                let after = rest[r.upperBound...]
                guard let close = after.firstIndex(of: "\"") else { break }
                out.insert(String(after[..<close]))
                rest = after[close...]
            }
        }
        return out
    }

    static func hasScheme(_ url: String) -> Bool {
        guard let colon = url.firstIndex(of: ":"), colon != url.startIndex, url.first?.isLetter == true else { return false }
        return url[..<colon].allSatisfy { $0.isLetter || $0.isNumber || "+.-".contains($0) }
    }

    /// `scheme://host[:port]` of a URL.
    static func origin(of url: String) -> String {
        guard let scheme = url.range(of: "://") else { return url }
        let rest = url[scheme.upperBound...]
        return String(url[..<scheme.upperBound]) + String(rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" })
    }
}
