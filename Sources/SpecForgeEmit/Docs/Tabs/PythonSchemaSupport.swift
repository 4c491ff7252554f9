import SpecForgeBits
import Dispatch
import SpecForgeIR

/// Which schemas openapi-python-client (0.29) turns into types: it drops a schema holding, at any
/// depth, an array without `items`, a date or date-time whose `default` is not a string, or a
/// model with a `default`; and with it every response, body or model that refers to it.
///
/// A schema is supported when no schema it reaches (itself included, through properties, items,
/// `allOf`/`oneOf`/`anyOf` and additional properties) is one of those: a schema that holds
/// itself is judged by its other parts, and so is each schema of a cycle. Answers are kept for
/// the run and shared by the pages, which render in parallel.
final class PythonSchemaSupport: @unchecked Sendable {
    private let lock = DispatchSemaphore(value: 1)
    // Read and written under the lock only.
    @exclusivity(unchecked) private var known: [ObjectKey: Bool] = [:]

    func supports(_ schema: SchemaIR) -> Bool {
        lock.wait()
        defer { lock.signal() }
        if let answer = known[ObjectKey(schema)] { return answer }
        settle(from: schema)
        return known[ObjectKey(schema)]!
    }

    /// Answers for every schema `root` reaches that has none yet: those reaching an unsupported
    /// one (or a schema already known to be unsupported) are unsupported, the others supported.
    private func settle(from root: SchemaIR) {
        let reach = SchemaIR.reaching(from: [root], where: { !Self.isSupportedItself($0) }) { s in
            self.known[ObjectKey(s)].map { !$0 }
        }
        for (id, unsupported) in reach { known[id] = !unsupported }
    }

    /// Whether the schema itself, apart from what it holds, is one the generator types.
    private static func isSupportedItself(_ s: SchemaIR) -> Bool {
        if s.types.contains("array"), s.items == nil { return false }
        // A `default` the generator cannot write: a non-string one of a date, any of a model
        // (also through a one-part `allOf`).
        if let d = s.defaultValue, d != .null {
            let target = s.allOf.count == 1 && s.fields.isEmpty ? s.allOf[0] : s
            if (target.format == "date-time" || target.format == "date"), d.stringValue == nil { return false }
            if target.kind == .object || !target.fields.isEmpty { return false }
        }
        return true
    }
}
