import SpecForgeLoad

/// A problem found in an input file, reported compiler-style: `path:line:col: error: text`.
public struct Diagnostic: Error, Sendable, CustomStringConvertible, Hashable {
    public enum Severity: String, Sendable { case error, warning }

    public var severity: Severity
    public var file: String
    public var mark: Mark
    public var message: String

    public init(_ severity: Severity, file: String, mark: Mark, _ message: String) {
        self.severity = severity
        self.file = file
        self.mark = mark
        self.message = message
    }

    public var description: String { "\(file):\(mark): \(severity.rawValue): \(message)" }
}

/// One or more errors; thrown when a document cannot be used.
public struct Diagnostics: Error, Sendable, CustomStringConvertible {
    public var items: [Diagnostic]

    public init(_ items: [Diagnostic]) { self.items = items }

    public var description: String { items.map(\.description).joined(separator: "\n") }
}
