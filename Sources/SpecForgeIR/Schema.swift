import SpecForgeParse

/// A schema with every `$ref` followed: named schemas are shared instances, so a cyclic schema
/// is a cyclic graph. Built once by `ModelBuilder` and never changed after.
public final class SchemaIR: @unchecked Sendable {
    public enum Kind: Sendable, Equatable {
        case object, array, string, integer, number, boolean
        /// No type, or a type SpecForge cannot narrow (several types, a composition).
        case any
    }

    // Written only while `ModelBuilder` builds the schema, then only read, by every emitter:
    // accesses are not checked for exclusivity at run time (a check is a call into the runtime
    // at each access of a class's `var`, and the builder and the emitters make millions). Each
    // property reads through an inlinable getter of its stored twin: a read compiled in another
    // module is checked by that module unless it is the getter's own, inlined code.

    /// The component name for a named schema; nil for a schema written in place.
    public internal(set) var name: String? { @inlinable get { _name } set { _name = newValue } }
    @usableFromInline @exclusivity(unchecked) var _name: String?
    public internal(set) var kind: Kind { @inlinable get { _kind } set { _kind = newValue } }
    @usableFromInline @exclusivity(unchecked) var _kind: Kind = .any
    public internal(set) var types: [String] { @inlinable get { _types } set { _types = newValue } }
    @usableFromInline @exclusivity(unchecked) var _types: [String] = []
    public internal(set) var format: String? { @inlinable get { _format } set { _format = newValue } }
    @usableFromInline @exclusivity(unchecked) var _format: String?
    public internal(set) var nullable: Bool { @inlinable get { _nullable } set { _nullable = newValue } }
    @usableFromInline @exclusivity(unchecked) var _nullable: Bool = false
    public internal(set) var title: String? { @inlinable get { _title } set { _title = newValue } }
    @usableFromInline @exclusivity(unchecked) var _title: String?
    public internal(set) var description: String? { @inlinable get { _description } set { _description = newValue } }
    @usableFromInline @exclusivity(unchecked) var _description: String?
    public internal(set) var enumValues: [JSONValue]? { @inlinable get { _enumValues } set { _enumValues = newValue } }
    @usableFromInline @exclusivity(unchecked) var _enumValues: [JSONValue]?
    public internal(set) var fields: [Field] { @inlinable get { _fields } set { _fields = newValue } }
    @usableFromInline @exclusivity(unchecked) var _fields: [Field] = []
    /// The schema's `required` names, also those whose properties another `allOf` part declares.
    public internal(set) var requiredNames: [String] { @inlinable get { _requiredNames } set { _requiredNames = newValue } }
    @usableFromInline @exclusivity(unchecked) var _requiredNames: [String] = []
    public internal(set) var items: SchemaIR? { @inlinable get { _items } set { _items = newValue } }
    @usableFromInline @exclusivity(unchecked) var _items: SchemaIR?
    /// `additionalProperties`: nil when absent or `false`; `.some(nil)` for `true`/`{}`.
    public internal(set) var additionalProperties: SchemaIR?? { @inlinable get { _additionalProperties } set { _additionalProperties = newValue } }
    @usableFromInline @exclusivity(unchecked) var _additionalProperties: SchemaIR??
    /// `additionalProperties: false`: no property but the declared ones.
    public internal(set) var closed: Bool { @inlinable get { _closed } set { _closed = newValue } }
    @usableFromInline @exclusivity(unchecked) var _closed: Bool = false
    public internal(set) var allOf: [SchemaIR] { @inlinable get { _allOf } set { _allOf = newValue } }
    @usableFromInline @exclusivity(unchecked) var _allOf: [SchemaIR] = []
    public internal(set) var oneOf: [SchemaIR] { @inlinable get { _oneOf } set { _oneOf = newValue } }
    @usableFromInline @exclusivity(unchecked) var _oneOf: [SchemaIR] = []
    public internal(set) var anyOf: [SchemaIR] { @inlinable get { _anyOf } set { _anyOf = newValue } }
    @usableFromInline @exclusivity(unchecked) var _anyOf: [SchemaIR] = []
    public internal(set) var discriminator: DiscriminatorIR? { @inlinable get { _discriminator } set { _discriminator = newValue } }
    @usableFromInline @exclusivity(unchecked) var _discriminator: DiscriminatorIR?
    public internal(set) var readOnly: Bool { @inlinable get { _readOnly } set { _readOnly = newValue } }
    @usableFromInline @exclusivity(unchecked) var _readOnly: Bool = false
    public internal(set) var writeOnly: Bool { @inlinable get { _writeOnly } set { _writeOnly = newValue } }
    @usableFromInline @exclusivity(unchecked) var _writeOnly: Bool = false
    public internal(set) var deprecated: Bool { @inlinable get { _deprecated } set { _deprecated = newValue } }
    @usableFromInline @exclusivity(unchecked) var _deprecated: Bool = false
    public internal(set) var example: JSONValue? { @inlinable get { _example } set { _example = newValue } }
    @usableFromInline @exclusivity(unchecked) var _example: JSONValue?
    public internal(set) var defaultValue: JSONValue? { @inlinable get { _defaultValue } set { _defaultValue = newValue } }
    @usableFromInline @exclusivity(unchecked) var _defaultValue: JSONValue?
    public internal(set) var constraints: Constraints { @inlinable get { _constraints } set { _constraints = newValue } }
    @usableFromInline @exclusivity(unchecked) var _constraints: Constraints = Constraints()
    public internal(set) var location: Location { @inlinable get { _location } set { _location = newValue } }
    @usableFromInline @exclusivity(unchecked) var _location: Location

    init(location: Location) { _location = location }

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
