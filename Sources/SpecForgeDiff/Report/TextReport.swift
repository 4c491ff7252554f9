/// The plain-text report: sections of new, deleted and modified endpoints, each change on its
/// own line, nested two spaces per level under `- `.
public enum TextReport {
    public static func render(_ report: DiffReport) -> String {
        var out = ""
        func line(_ text: String) {
            out += text
            out += "\n"
        }
        func emit(_ change: Change, level: Int) {
            let prefix = level == 0 ? "" : String(repeating: "  ", count: level - 1) + "- "
            line(prefix + change.text)
            for child in change.children { emit(child, level: level + 1) }
        }
        func title(_ name: String, _ count: Int) {
            let text = "### \(name): " + (count == 0 ? "None" : "\(count)")
            line(text)
            line(String(repeating: "-", count: text.utf8.count))
        }
        guard report.anyChange else {
            line("No changes")
            return out
        }
        if report.endpointsChanged {
            title("New Endpoints", report.added.count)
            for e in report.added { line(e.text + "  ") }
            line("")
            title("Deleted Endpoints", report.deleted.count)
            for e in report.deleted { line(e.text + "  ") }
            line("")
            title("Modified Endpoints", report.modified.count)
            for e in report.modified {
                line(e.text)
                for child in e.children { emit(child, level: 1) }
                line("")
            }
        } else {
            line("No endpoint changes, but there are some other changes")
        }
        if !report.other.isEmpty {
            line("Other Changes")
            line("-------------")
            for change in report.other {
                emit(change, level: 0)
                if !change.children.isEmpty { line("") }
            }
        }
        return out
    }
}
