import SpecForgeLoad
import SpecForgeParse

/// Walks two documents side by side and builds the `Change` tree.
///
/// Schemas are compared once per pair of occurrences (and direction), and a schema that
/// contains itself is compared only down to the point where it recurs.
final class Differ {
    let base: DiffInput
    let revision: DiffInput

    enum Direction: Hashable { case request, response }
    var direction = Direction.request
    var visitedBase: Set<String> = []
    var visitedRevision: Set<String> = []

    struct CacheKey: Hashable {
        var base: Location
        var revision: Location
        var direction: Direction
    }
    var cache: [CacheKey: Known] = [:]

    /// Results by pair of references, kept with the references met below them. A result that met
    /// no schema inside itself holds wherever the pair is used again, as long as none of those
    /// references is being compared further up (which would cut the comparison short there).
    struct RefKey: Hashable {
        var baseFile: String, base: String
        var revisionFile: String, revision: String
        var direction: Direction
    }
    struct Known {
        var changes: [Change]
        var baseRefs: Set<String> = []
        var revisionRefs: Set<String> = []
        /// Whether a schema was met inside itself below (and compared by reference only there).
        var cut = false
    }
    var byReference: [RefKey: Known] = [:]
    /// What the comparisons under way met below them, innermost last.
    var met: [Known] = []
    /// Changes the report does not list.
    var warnings: [Diagnostic] = []

    init(base: DiffInput, revision: DiffInput) {
        self.base = base
        self.revision = revision
    }

    func location(_ node: Node, _ file: String) -> Location { Location(file: file, mark: node.mark) }

    /// `Title changed from 'a' to 'b'`, or nothing when the values are equal.
    /// (`location` is only worked out for a change.)
    func value(_ title: String, _ from: Attribute, _ to: Attribute, at location: @autoclosure () -> Location? = nil) -> [Change] {
        guard from != to else { return [] }
        return [Change(.value(attribute: title, from: from.quoted, to: to.quoted), "\(title) changed from \(from.quoted) to \(to.quoted)", location: location())]
    }

    /// Two lists compared as sets: `Title changed from 'removed' to 'added'`.
    func strings(_ title: String, _ from: [String], _ to: [String], at location: @autoclosure () -> Location? = nil) -> [Change] {
        let removed = from.filter { !to.contains($0) }, added = to.filter { !from.contains($0) }
        guard !removed.isEmpty || !added.isEmpty else { return [] }
        let a = "'" + unique(removed).joined(separator: ", ") + "'", b = "'" + unique(added).joined(separator: ", ") + "'"
        return [Change(.value(attribute: title, from: a, to: b), "\(title) changed from \(a) to \(b)", location: location())]
    }

    private func unique(_ list: [String]) -> [String] {
        var seen: Set<String> = []
        return list.filter { seen.insert($0).inserted }
    }

    /// Whether an element compared as a whole (callbacks, encodings, a discriminator) differs,
    /// present on one side only included.
    func changed(_ a: Node?, _ b: Node?) -> Bool {
        switch (a, b) {
        case (nil, nil): return false
        case (let a?, let b?): return !a.sameText(b) && !sameLiteral(JSONValue(a), JSONValue(b))
        default: return true
        }
    }

    /// `Title changed` with the changes under it, or nothing when there are none.
    func group(_ title: String, _ children: [Change], kind: Change.Kind = .group, at location: @autoclosure () -> Location? = nil) -> [Change] {
        children.isEmpty ? [] : [Change(kind, title, location: location(), children: children)]
    }

    /// `New extension`, `Deleted extension`, `Modified extension` of two elements.
    func extensions(_ a: Node, _ b: Node, bFile: String) -> [Change] {
        let ea = a.extensions, eb = b.extensions
        var out: [Change] = []
        for (key, value) in eb.sorted(by: { $0.key < $1.key }) where !ea.contains(where: { $0.key == key }) {
            out.append(Change(.other, "New extension: \(key)", location: location(value, bFile)))
        }
        for (key, _) in ea.sorted(by: { $0.key < $1.key }) where !eb.contains(where: { $0.key == key }) {
            out.append(Change(.other, "Deleted extension: \(key)"))
        }
        for (key, value) in ea.sorted(by: { $0.key < $1.key }) {
            guard let other = eb.first(where: { $0.key == key })?.value, !value.sameText(other) else { continue }
            let operations = JSONPatch.lines(JSONValue(value), JSONValue(other))
            if !operations.isEmpty {
                out.append(Change(.other, "Modified extension: \(key)", location: location(other, bFile), children: operations.map { Change(.other, $0) }))
            }
        }
        return group("Extensions changed", out)
    }
}
