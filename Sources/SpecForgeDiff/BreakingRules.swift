import SpecForgeParse

/// The changes that can break an existing client.
public enum BreakingRules {
    public enum Level: Int, Sendable, Comparable {
        case info, warning, error
        public static func < (a: Level, b: Level) -> Bool { a.rawValue < b.rawValue }
        public var name: String { ["info", "warning", "error"][rawValue] }
    }

    public struct Finding: Sendable {
        public var rule: String
        public var level: Level
        public var endpoint: String
        public var message: String
        public var location: Location?
    }

    public static func findings(_ report: DiffReport) -> [Finding] { [] }

    public static func render(_ findings: [Finding]) -> String { "" }
}
