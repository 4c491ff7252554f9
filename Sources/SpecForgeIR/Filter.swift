/// Which operations to generate: an operation is kept when it matches `include` (or `include`
/// is empty) and does not match `exclude`.
public struct OperationFilter: Sendable {
    public struct Rule: Sendable {
        /// Operations with any of these tags.
        public var tags: [String] = []
        /// Operations whose path matches any of these patterns (`*` matches any text).
        public var paths: [String] = []
        /// Operations with any of these operationIds.
        public var operations: [String] = []

        public init(tags: [String] = [], paths: [String] = [], operations: [String] = []) {
            self.tags = tags
            self.paths = paths
            self.operations = operations
        }

        public var isEmpty: Bool { tags.isEmpty && paths.isEmpty && operations.isEmpty }

        func matches(_ op: OperationIR) -> Bool {
            op.tags.contains(where: tags.contains) || operations.contains(op.operationId)
                || paths.contains { Glob.matches(op.path, $0) }
        }
    }

    public var include = Rule()
    public var exclude = Rule()

    public init(include: Rule = Rule(), exclude: Rule = Rule()) {
        self.include = include
        self.exclude = exclude
    }

    public func keeps(_ op: OperationIR) -> Bool {
        (include.isEmpty || include.matches(op)) && !(!exclude.isEmpty && exclude.matches(op))
    }
}

extension APIModel {
    /// The model with only the operations `filter` keeps (schemas are kept: unused ones are harmless).
    public func filtered(_ filter: OperationFilter) -> APIModel {
        var copy = self
        copy.operations = operations.filter(filter.keeps)
        return copy
    }
}

/// Glob patterns where `*` matches any run of characters.
public enum Glob {
    public static func matches(_ text: String, _ pattern: String) -> Bool {
        asciiMatches(text, pattern) ?? characterMatches(text, pattern)
    }

    /// The match character by character.
    static func characterMatches(_ text: String, _ pattern: String) -> Bool {
        let parts = pattern.split(separator: "*", omittingEmptySubsequences: false).map(String.init)
        if parts.count == 1 { return text == pattern }
        var rest = Substring(text)
        guard rest.hasPrefix(parts[0]) else { return false }
        rest = rest.dropFirst(parts[0].count)
        for middle in parts.dropFirst().dropLast() where !middle.isEmpty {
            guard let end = endOfFirst(middle, in: rest) else { return false }
            rest = rest[end...]
        }
        return rest.hasSuffix(parts[parts.count - 1])
    }

    /// The same match on bytes, without splitting the pattern into new strings, when text and
    /// pattern are ASCII without carriage returns (so each character is one byte); nil otherwise.
    static func asciiMatches(_ text: String, _ pattern: String) -> Bool? {
        func plain(_ b: UnsafeBufferPointer<UInt8>) -> Bool { !b.contains { $0 >= 0x80 || $0 == 0x0D } }
        let matched = text.utf8.withContiguousStorageIfAvailable { t -> Bool? in
            pattern.utf8.withContiguousStorageIfAvailable { p -> Bool? in
                guard plain(t), plain(p) else { return nil }
                let star = UInt8(ascii: "*")
                guard let firstStar = p.firstIndex(of: star) else { return t.elementsEqual(p) }
                let lastStar = p.lastIndex(of: star)!
                guard t.count >= firstStar, t[..<firstStar].elementsEqual(p[..<firstStar]) else { return false }
                var at = firstStar
                var part = firstStar + 1
                // Each part between two stars: its first occurrence after the previous one.
                while part < lastStar {
                    let end = p[part...lastStar].firstIndex(of: star)!
                    if end > part {
                        let needle = p[part..<end]
                        var start = at
                        while start + needle.count <= t.count, !t[start..<start + needle.count].elementsEqual(needle) { start += 1 }
                        guard start + needle.count <= t.count else { return false }
                        at = start + needle.count
                    }
                    part = end + 1
                }
                let suffix = p[(lastStar + 1)...]
                return t.count - at >= suffix.count && t[(t.count - suffix.count)...].elementsEqual(suffix)
            } ?? nil
        }
        return matched ?? nil
    }

    /// Where the first occurrence of `needle` in `text` ends, comparing UTF-8 bytes (cheaper than
    /// Foundation's `range(of:)`, which bridges; globs run for every field of every example).
    static func endOfFirst(_ needle: String, in text: Substring) -> Substring.Index? {
        let n = Array(needle.utf8)
        let t = text.utf8
        var start = t.startIndex
        while let end = t.index(start, offsetBy: n.count, limitedBy: t.endIndex) {
            if t[start..<end].elementsEqual(n) { return end }
            start = t.index(after: start)
        }
        return nil
    }
}

