/// Markdown rules applied to each line of text on the changes page (outside fenced code):
/// trailing blanks other than a two-space line break removed, and bare URLs in running text
/// written as autolinks (`<https://…>`), unless quoted (`"https://…"`) or bracketed (`[https://…]`).
enum MarkdownText {
    static func line(_ line: Substring) -> String {
        var text = String(line)
        let trailing = text.reversed().prefix { $0 == " " || $0 == "\t" }.count
        if trailing > 0, trailing != 2 { text.removeLast(trailing) }
        if text.containsUTF8("://") { text = linkingBareURLs(text) }
        return text
    }

    /// A URL: a scheme, then anything but blanks, `]` and quotes, ending with `/` or a word character.
    nonisolated(unsafe) private static let url = /(?i)(?:http|ftp)s?:\/\/[^\s\]"']*(?:\/|[A-Za-z0-9_])/

    static func linkingBareURLs(_ text: String) -> String {
        let excluded = literalRanges(text)
        var out = ""
        var rest = text.startIndex
        for match in text.matches(of: url) {
            let range = match.range
            if excluded.contains(where: { $0.overlaps(range) }) { continue }
            let left = range.lowerBound > text.startIndex ? text[text.index(before: range.lowerBound)] : nil
            let right = range.upperBound < text.endIndex ? text[range.upperBound] : nil
            if (left == "[" && right == "]") || (left == "\"" && right == "\"") || (left == "'" && right == "'") { continue }
            out += text[rest..<range.lowerBound]
            out += "<" + text[range] + ">"
            rest = range.upperBound
        }
        return out + text[rest...]
    }

    /// Code spans, autolinks and inline links: their text is not running text.
    private static func literalRanges(_ text: String) -> [Range<String.Index>] {
        var ranges: [Range<String.Index>] = []
        for pattern in [/`[^`]*`/, /<[A-Za-z][A-Za-z0-9+.-]*:[^<>\s]*>/, /\[[^\]]*\]\([^)]*\)/] {
            ranges += text.matches(of: pattern).map(\.range)
        }
        return ranges
    }
}
