import SpecForgeBits

/// How the client's methods are spread over files: one extension file per tag, and a tag with
/// more than `limit` operations split by path prefix, so that no file holds more than about
/// `limit` operations and the compiler can build the files side by side.
enum SwiftClientFiles {
    static let limit = 100

    /// The parts of a group of operations: one part (named "") when it is small enough; else
    /// the operations grouped by the first path segment they do not all share (in order of first
    /// appearance), consecutive groups packed into parts of at most `limit`, each part named
    /// after its first group; a group still too large split one segment deeper; operations that
    /// share their whole path cut in order (`2`, `3`, …).
    static func split<Op>(_ ops: [Op], route: (Op) -> String, limit: Int = limit) -> [(name: String, ops: [Op])] {
        guard ops.count > limit else { return [("", ops)] }
        let segments = ops.map { op in
            let route = route(op)
            // ASCII paths split on bytes (a `/` there is a character of its own).
            guard TextScan.isASCII(route) else { return route.split(separator: "/").map(String.init) }
            return route.utf8.split(separator: UInt8(ascii: "/")).map { String(Substring($0)) }
        }
        return split(Array(ops.indices), segments: segments, depth: 0, limit: limit).map { part in
            (part.name, part.indices.map { ops[$0] })
        }
    }

    private static func split(_ indices: [Int], segments: [[String]], depth: Int, limit: Int) -> [(name: String, indices: [Int])] {
        guard indices.count > limit else { return [("", indices)] }
        // Skip the segments every operation shares.
        var depth = depth
        while let first = segments[indices[0]].dropFirst(depth).first,
            indices.allSatisfy({ segments[$0].count > depth && segments[$0][depth] == first })
        {
            depth += 1
        }
        guard indices.contains(where: { segments[$0].count > depth }) else {
            // One path (several methods): cut in order.
            return stride(from: 0, to: indices.count, by: limit).enumerated().map { n, start in
                (n == 0 ? "" : String(n + 1), Array(indices[start..<min(start + limit, indices.count)]))
            }
        }
        var order: [String] = []
        var byKey: [String: [Int]] = [:]
        for i in indices {
            let key = segments[i].count > depth ? segments[i][depth] : ""
            if byKey[key] == nil { order.append(key) }
            byKey[key, default: []].append(i)
        }
        var groups: [(name: String, indices: [Int])] = []
        for key in order {
            let group = byKey[key]!
            let name = SwiftNaming.upperCamel(key.isEmpty ? "root" : key)
            if group.count > limit {
                groups += split(group, segments: segments, depth: depth + 1, limit: limit).map { part in
                    (name + part.name, part.indices)
                }
            } else {
                groups.append((name, group))
            }
        }
        // Pack consecutive small groups.
        var parts: [(name: String, indices: [Int])] = []
        for group in groups {
            if let last = parts.last, last.indices.count + group.indices.count <= limit {
                parts[parts.count - 1].indices += group.indices
            } else {
                parts.append(group)
            }
        }
        return parts
    }
}
