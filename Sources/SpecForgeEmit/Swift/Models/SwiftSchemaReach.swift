import SpecForgeBits
import SpecForgeIR

/// Which schemas a request or a response reaches: what decides the request variants of
/// `SwiftTypeResolver` (schemas both sent and received whose read-only or write-only
/// properties make the two shapes differ).
extension SwiftTypeResolver {
    /// The schemas, reachable from `roots`, that have a read-only or write-only property or hold
    /// (at any depth) a schema that does.
    static func reachingReadOrWriteOnly(from roots: [SchemaIR]) -> Set<ObjectKey> {
        let reach = SchemaIR.reaching(from: roots) { s in s.fields.contains { $0.schema.readOnly || $0.schema.writeOnly } }
        return Set(reach.lazy.filter(\.reaches).map(\.id))
    }

    /// Named schemas reachable from `roots` (iterative; each schema visited once).
    static func reachableNamed(from roots: [SchemaIR]) -> Set<ObjectKey> {
        var seen: Set<ObjectKey> = []
        var named: Set<ObjectKey> = []
        var stack = roots
        while let s = stack.popLast() {
            guard seen.insert(ObjectKey(s)).inserted else { continue }
            if s.name != nil { named.insert(ObjectKey(s)) }
            s.forEachSubschema { stack.append($0) }
        }
        return named
    }
}
