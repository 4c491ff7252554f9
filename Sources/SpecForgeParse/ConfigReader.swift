import SpecForgeLoad

/// Reads a YAML configuration mapping strictly: every key must be known, every value of the
/// expected kind; problems are collected as diagnostics with file:line:column.
public struct ConfigReader {
    public let file: String
    public private(set) var diagnostics: [Diagnostic] = []

    public init(file: String) { self.file = file }

    /// The entries of `node` as a mapping; reports keys outside `allowed` (when given).
    public mutating func mapping(_ node: Node?, _ what: String, allowed: [String]? = nil) -> Mapping? {
        guard let node else { return nil }
        guard let map = node.mapping else {
            if node.scalar?.isNull == true { return Mapping() }
            error(node.mark, "\(what) must be a mapping, found \(node.kindName)")
            return nil
        }
        if let allowed {
            for entry in map.entries where !allowed.contains(entry.key) {
                error(entry.keyMark, "unknown key '\(entry.key)' in \(what) (expected one of: \(allowed.joined(separator: ", ")))")
            }
        }
        return map
    }

    public mutating func string(_ node: Node?, _ what: String) -> String? {
        guard let node else { return nil }
        guard let s = node.scalar, !s.isNull else {
            error(node.mark, "\(what) must be a string, found \(node.kindName)")
            return nil
        }
        return s.text
    }

    public mutating func bool(_ node: Node?, _ what: String) -> Bool? {
        guard let node else { return nil }
        guard let b = node.scalar?.bool else {
            error(node.mark, "\(what) must be true or false")
            return nil
        }
        return b
    }

    public mutating func integer(_ node: Node?, _ what: String) -> Int? {
        guard let node else { return nil }
        guard let n = node.scalar?.int else {
            error(node.mark, "\(what) must be a whole number")
            return nil
        }
        return n
    }

    /// A string or a list of strings.
    public mutating func strings(_ node: Node?, _ what: String) -> [String]? {
        guard let node else { return nil }
        if let s = node.scalar, !s.isNull { return [s.text] }
        guard let items = node.sequence else {
            error(node.mark, "\(what) must be a string or a list of strings, found \(node.kindName)")
            return nil
        }
        return items.compactMap { string($0, what) }
    }

    public mutating func sequence(_ node: Node?, _ what: String) -> [Node]? {
        guard let node else { return nil }
        guard let items = node.sequence else {
            error(node.mark, "\(what) must be a list, found \(node.kindName)")
            return nil
        }
        return items
    }

    public mutating func error(_ mark: Mark, _ message: String) {
        diagnostics.append(Diagnostic(.error, file: file, mark: mark, message))
    }

    /// Throws the collected errors, if any.
    public func finish() throws(Diagnostics) {
        if !diagnostics.isEmpty { throw Diagnostics(diagnostics) }
    }
}
