import SpecForgeParse

/// A schema with every `$ref` followed: named schemas are shared instances, so a cyclic schema
/// is a cyclic graph. Built once by `ModelBuilder` and never changed after.
public final class SchemaIR: @unchecked Sendable {
    public enum Kind: Sendable, Equatable {
        case object, array, string, integer, number, boolean
        /// No type, or a type SpecForge cannot narrow (several types, a composition).
        case any
    }

    // Written only while `ModelBuilder` builds the schema, then only read: the builder's
    // accesses are not checked for exclusivity at run time (a check is a call into the runtime
    // at each access of a class's `var`; the builder makes half a million). Other modules
    // compile their own reads, checked: the attribute does not reach them.

    /// The component name for a named schema; nil for a schema written in place.
    @exclusivity(unchecked) public internal(set) var name: String?
    @exclusivity(unchecked) public internal(set) var kind: Kind = .any
    @exclusivity(unchecked) public internal(set) var types: [String] = []
    @exclusivity(unchecked) public internal(set) var format: String?
    @exclusivity(unchecked) public internal(set) var nullable = false
    @exclusivity(unchecked) public internal(set) var title: String?
    @exclusivity(unchecked) public internal(set) var description: String?
    @exclusivity(unchecked) public internal(set) var enumValues: [JSONValue]?
    @exclusivity(unchecked) public internal(set) var fields: [Field] = []
    /// The schema's `required` names, also those whose properties another `allOf` part declares.
    @exclusivity(unchecked) public internal(set) var requiredNames: [String] = []
    @exclusivity(unchecked) public internal(set) var items: SchemaIR?
    /// `additionalProperties`: nil when absent or `false`; `.some(nil)` for `true`/`{}`.
    @exclusivity(unchecked) public internal(set) var additionalProperties: SchemaIR??
    /// `additionalProperties: false`: no property but the declared ones.
    @exclusivity(unchecked) public internal(set) var closed = false
    @exclusivity(unchecked) public internal(set) var allOf: [SchemaIR] = []
    @exclusivity(unchecked) public internal(set) var oneOf: [SchemaIR] = []
    @exclusivity(unchecked) public internal(set) var anyOf: [SchemaIR] = []
    @exclusivity(unchecked) public internal(set) var discriminator: DiscriminatorIR?
    @exclusivity(unchecked) public internal(set) var readOnly = false
    @exclusivity(unchecked) public internal(set) var writeOnly = false
    @exclusivity(unchecked) public internal(set) var deprecated = false
    @exclusivity(unchecked) public internal(set) var example: JSONValue?
    @exclusivity(unchecked) public internal(set) var defaultValue: JSONValue?
    @exclusivity(unchecked) public internal(set) var constraints = Constraints()
    @exclusivity(unchecked) public internal(set) var location: Location

    init(location: Location) { self.location = location }

    public var isEnum: Bool { enumValues != nil }
    public var isComposite: Bool { !allOf.isEmpty || !oneOf.isEmpty || !anyOf.isEmpty }
    /// An object that names no properties (free-form).
    public var isFreeFormObject: Bool { kind == .object && fields.isEmpty }
}

public struct Field: Sendable {
    public var name: String
    public var schema: SchemaIR
    public var required: Bool
}

extension SchemaIR {
    /// Each schema this one holds directly: its properties', its items', its additional
    /// properties', then its `allOf`, `oneOf` and `anyOf` members.
    @inlinable public func forEachSubschema(_ body: (SchemaIR) -> Void) {
        for f in fields { body(f.schema) }
        if let items { body(items) }
        if case .some(.some(let extra)) = additionalProperties { body(extra) }
        for m in allOf { body(m) }
        for m in oneOf { body(m) }
        for m in anyOf { body(m) }
    }
}

public struct DiscriminatorIR: Sendable {
    public var propertyName: String
    public var mapping: [(value: String, schema: SchemaIR)]
}
