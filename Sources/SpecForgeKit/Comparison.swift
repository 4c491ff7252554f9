import SpecForgeDiff
import SpecForgeEmit
import SpecForgeLoad
import SpecForgeParse
import SpecForgeRender
import SpecForgeWrite

/// `specforge diff`: two documents loaded and parsed as for generation, then compared.
public enum Comparison {
    /// Loads and validates a document (and the files its `$ref`s reach) for comparison; the
    /// parser's warnings are added to `warnings`.
    public static func input(_ path: String, warnings: inout [Diagnostic]) throws -> DiffInput {
        let path = SourceSet.normalize(path)
        let root = try Files.node(path)
        let sources = SourceSet(root: path, node: root, load: { (p: String) throws(LoadError) -> Node in try Files.node(p) })
        let (document, parseWarnings) = try DocumentParser.parse(sources: sources, rootFile: path)
        warnings += parseWarnings
        return DiffInput(sources: sources, rootFile: path, document: document)
    }

    /// Compares two documents; both are loaded side by side. The report's warnings include
    /// those of reading either document.
    public static func compare(old: String, new: String) throws -> (report: DiffReport, old: DiffInput, new: DiffInput) {
        let loaded = concurrentMap([old, new]) { path in
            Result { () throws -> (DiffInput, [Diagnostic]) in
                var warnings: [Diagnostic] = []
                return (try input(path, warnings: &warnings), warnings)
            }
        }
        let (a, warningsA) = try loaded[0].get(), (b, warningsB) = try loaded[1].get()
        var report = DiffReport.compare(a, b)
        report.warnings = warningsA + warningsB + report.warnings
        return (report, a, b)
    }

    /// The changes page: the template `diff/page` (title and version) around the report laid out as Markdown.
    public static func page(_ report: DiffReport, version: String, templates: TemplateLibrary) -> String {
        var body = MarkdownPage.body(report)
        if body.hasSuffix("\n") { body.removeLast() }
        return templates.render("diff/page", ["version": .string(version), "report": .string(body)])
    }

    /// The changes page with the built-in templates.
    public static func page(_ report: DiffReport, version: String) throws -> String {
        page(report, version: version, templates: try Templates.library(Templates.builtin))
    }
}
