/// The body of the changes page (whose title is the template `diff/page`): the text report laid
/// out as Markdown wants it: a blank line after each heading and before each list, lists that
/// start indented moved to the margin (nested items two spaces per level), no runs of blank lines,
/// and each line's text as `MarkdownText` writes it (fenced code left as it is).
public enum MarkdownPage {
    public static func body(_ report: DiffReport) -> String { layout(TextReport.render(report)) }

    /// Lays out text as Markdown: see the type's description.
    public static func layout(_ text: String) -> String {
        var lines: [String] = []
        // Content columns of the open list items, innermost last.
        var open: [Int] = []
        var afterBlank = true
        // Whether a list is going on (its items may be less indented than its first one).
        var inList = false
        var inFence = false
        func blank() {
            if let last = lines.last, !last.isEmpty { lines.append("") }
        }
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let unindented = raw.drop { $0 == " " }
            if unindented.hasPrefix("```") || unindented.hasPrefix("~~~") { inFence.toggle() }
            if inFence || unindented.hasPrefix("```") || unindented.hasPrefix("~~~") {
                lines.append(String(raw))
                afterBlank = false
                continue
            }
            if raw.allSatisfy({ $0 == " " || $0 == "\t" }) {
                blank()
                afterBlank = true
                continue
            }
            let indent = raw.prefix { $0 == " " }.count
            let rest = raw.dropFirst(indent)
            if indent == 0, rest.hasPrefix("#") {
                open = []
                inList = false
                blank()
                lines.append(String(raw))
                lines.append("")
                afterBlank = true
                continue
            }
            let isItem = rest.hasPrefix("- ") && (!open.isEmpty || afterBlank || indent < 4)
            if isItem {
                while let top = open.last, indent < top { open.removeLast() }
                if !inList { blank() }
                inList = true
                lines.append(String(repeating: "  ", count: open.count) + MarkdownText.line(rest))
                open.append(indent + 2)
            } else {
                // After a blank line, text not indented into an open item ends it.
                if afterBlank {
                    while let top = open.last, indent < top { open.removeLast() }
                    if open.isEmpty { inList = false }
                }
                lines.append(MarkdownText.line(raw))
            }
            afterBlank = false
        }
        while let last = lines.last, last.isEmpty { lines.removeLast() }
        return lines.joined(separator: "\n") + "\n"
    }
}
