import Foundation
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
    private let lock = NSLock()
    // Read and written under the lock only.
    @exclusivity(unchecked) private var known: [ObjectIdentifier: Bool] = [:]

    func supports(_ schema: SchemaIR) -> Bool {
        lock.lock()
        defer { lock.unlock() }
        if let answer = known[ObjectIdentifier(schema)] { return answer }
        settle(from: schema)
        return known[ObjectIdentifier(schema)]!
    }

    /// Answers for every schema `root` reaches that has none yet: those reaching an unsupported
    /// one (or a schema already known to be unsupported) are unsupported, the others supported.
    private func settle(from root: SchemaIR) {
        var order: [SchemaIR] = []
        var number: [ObjectIdentifier: Int] = [:]
        var partsOf: [[SchemaIR]] = []
        var pending = [root]
        while let s = pending.popLast() {
            let id = ObjectIdentifier(s)
            guard known[id] == nil, number[id] == nil else { continue }
            number[id] = order.count
            order.append(s)
            partsOf.append(Self.parts(of: s))
            pending += partsOf[partsOf.count - 1]
        }
        // Who refers to whom among the new schemas, and which are unsupported from the start.
        var referrers = [[Int]](repeating: [], count: order.count)
        var unsupported = [Bool](repeating: false, count: order.count)
        var work: [Int] = []
        for (i, s) in order.enumerated() {
            var bad = !Self.isSupportedItself(s)
            for part in partsOf[i] {
                let id = ObjectIdentifier(part)
                if let answer = known[id] {
                    if !answer { bad = true }
                } else if let j = number[id], j != i {
                    referrers[j].append(i)
                }
            }
            if bad {
                unsupported[i] = true
                work.append(i)
            }
        }
        while let j = work.popLast() {
            for i in referrers[j] where !unsupported[i] {
                unsupported[i] = true
                work.append(i)
            }
        }
        for (i, s) in order.enumerated() { known[ObjectIdentifier(s)] = !unsupported[i] }
    }

    /// The schemas a schema holds.
    private static func parts(of s: SchemaIR) -> [SchemaIR] {
        var parts: [SchemaIR] = []
        parts.reserveCapacity(s.fields.count + s.allOf.count + s.oneOf.count + s.anyOf.count + 2)
        for field in s.fields { parts.append(field.schema) }
        if let items = s.items { parts.append(items) }
        parts += s.allOf
        parts += s.oneOf
        parts += s.anyOf
        if case .some(.some(let extra)) = s.additionalProperties { parts.append(extra) }
        return parts
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
