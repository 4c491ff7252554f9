import SpecForgeParse

/// The change of a literal (an extension's value) as JSON-patch operations, one line each:
/// objects compared key by key in key order, arrays index by index (what is left over removed
/// at the first index past the shorter one, or appended at `-`), anything else replaced.
enum JSONPatch {
    static func lines(_ old: JSONValue, _ new: JSONValue) -> [String] {
        var out: [String] = []
        diff("", old, new, into: &out)
        return out
    }

    private enum Kind { case null, bool, number, string, array, object }

    private static func kind(_ v: JSONValue) -> Kind {
        switch v {
        case .null: .null
        case .bool: .bool
        case .int, .double: .number
        case .string: .string
        case .array: .array
        case .object: .object
        }
    }

    /// A JSON pointer segment: `~` and `/` escaped.
    private static func segment(_ key: String) -> String {
        key.replacingAll("~", with: "~0").replacingAll("/", with: "~1")
    }

    private static func diff(_ path: String, _ old: JSONValue, _ new: JSONValue, into out: inout [String]) {
        guard kind(old) == kind(new) else {
            if path.isEmpty {
                out.append("Added  with value: '\(ValueText.plain(new))'")
            } else {
                out.append("Modified \(path) from '\(ValueText.plain(old))' to '\(ValueText.plain(new))'")
            }
            return
        }
        if sameLiteral(old, new) { return }
        switch (old, new) {
        case (.array(let a), .array(let b)):
            let common = min(a.count, b.count)
            for item in a.dropFirst(common) { out.append("Removed \(path)/\(common) with value: '\(ValueText.plain(item))'") }
            for i in 0..<common { diff("\(path)/\(i)", a[i], b[i], into: &out) }
            for item in b.dropFirst(common) { out.append("Added \(path)/- with value: '\(ValueText.plain(item))'") }
        case (.object(let a), .object(let b)):
            var x: [String: JSONValue] = [:], y: [String: JSONValue] = [:]
            for p in a { x[p.key] = p.value }
            for p in b { y[p.key] = p.value }
            for key in Set(x.keys).union(y.keys).sorted(by: { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }) {
                let child = path + "/" + segment(key)
                switch (x[key], y[key]) {
                case (let v1?, let v2?): diff(child, v1, v2, into: &out)
                case (let v1?, nil): out.append("Removed \(child) with value: '\(ValueText.plain(v1))'")
                case (nil, let v2?): out.append("Added \(child) with value: '\(ValueText.plain(v2))'")
                default: break
                }
            }
        default:
            out.append("Modified \(path.isEmpty ? "value" : path) from '\(ValueText.plain(old))' to '\(ValueText.plain(new))'")
        }
    }
}
