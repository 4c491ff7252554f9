import SpecForgeBits
import SpecForgeParse

/// Operations grouped into resources: the unit a reference page documents.
public struct Resource: Sendable {
    /// The group key, e.g. `keys` or `admin-billing-reports`.
    public var key: String
    public var operations: [OperationIR]
}

extension APIModel {
    /// Groups the operations under `basePath` by their first tag.
    ///
    /// A tag with no collection of its own (no operation on `<base><tag>/`) whose paths hold two or
    /// more nested collections (static segments followed by a `{parameter}`, at least three static
    /// segments below the base) is split into one resource per collection, keyed by those
    /// segments joined with `-`. Operations without a tag group by their first path segment below
    /// the base path (`default` for the base path itself).
    public func resources(basePath: String, methods: Set<HTTPMethod>) -> [Resource] {
        let baseDepth = basePath.split(separator: "/").count
        var order: [String] = []
        var byTag: [NameKey: [OperationIR]] = [:]
        for op in operations where op.path.hasPrefix(basePath) && methods.contains(op.method) {
            let tag = op.tags.first ?? op.path.split(separator: "/").dropFirst(baseDepth).first.map(String.init) ?? "default"
            let key = NameKey(tag)
            if byTag[key] == nil { order.append(tag) }
            byTag[key, default: []].append(op)
        }
        var keyOrder: [String] = []
        var byKey: [NameKey: [OperationIR]] = [:]
        for tag in order {
            let ops = byTag[NameKey(tag)] ?? []
            let hasRoot = ops.contains { $0.path == basePath + tag + "/" || $0.path == basePath + tag }
            var collections: Set<[Substring]> = []
            for op in ops {
                // Split on UTF-8 bytes, like `staticPrefix`: splitting the String walks it by Character.
                let segments = op.path.utf8.split(separator: UInt8(ascii: "/")).map { Substring($0) }
                if let firstParam = segments.firstIndex(where: { $0.hasPrefix("{") }), firstParam - baseDepth >= 3 {
                    collections.insert(Array(segments[..<firstParam]))
                }
            }
            let split = !hasRoot && collections.count >= 2
            for op in ops {
                var key = tag
                if split {
                    let prefix = op.staticPrefix
                    let best = collections.filter { prefix.starts(with: $0) }.max { $0.count < $1.count }
                    if let best { key = best.dropFirst(baseDepth).joined(separator: "-") }
                }
                let name = NameKey(key)
                if byKey[name] == nil { keyOrder.append(key) }
                byKey[name, default: []].append(op)
            }
        }
        return keyOrder.map { Resource(key: $0, operations: byKey[NameKey($0)] ?? []) }
    }
}
