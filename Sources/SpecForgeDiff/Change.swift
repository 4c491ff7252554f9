import SpecForgeParse

/// One line of a diff report and the lines nested under it.
///
/// The tree mirrors the structure of the documents: an endpoint holds its parameters, request
/// body and responses; those hold media types and schemas, and so on. `kind` says what the
/// line records, so that rules (`BreakingRules`) can read the tree as well as renderers.
public struct Change: Sendable {
    public var kind: Kind
    public var text: String
    public var children: [Change]
    /// Where the changed element is: in the new document, or in the old one when it was removed.
    public var location: Location?

    public init(_ kind: Kind, _ text: String, location: Location? = nil, children: [Change] = []) {
        self.kind = kind
        self.text = text
        self.location = location
        self.children = children
    }

    /// What a line records.
    public enum Kind: Sendable, Equatable {
        case group
        case endpointAdded, endpointDeleted, endpointModified
        case parameterAdded(location: String, required: Bool)
        case parameterDeleted(location: String)
        case parameterModified(location: String)
        /// A request body changed; `becameRequired`: it was optional and is required now.
        case requestBody(becameRequired: Bool)
        case requestBodyAdded(required: Bool)
        case responses
        case responseAdded(status: String), responseDeleted(status: String), responseModified(status: String)
        case mediaTypeAdded, mediaTypeDeleted, mediaTypeModified
        case propertyAdded(name: String, required: Bool), propertyDeleted(name: String), propertyModified(name: String)
        /// `newProperty`: the property is new as well (not one that became required).
        case requiredAdded(name: String, newProperty: Bool), requiredDeleted(name: String)
        case enumAdded, enumDeleted
        case schemaAdded, schemaDeleted
        case items
        /// A scalar attribute changed, e.g. `Type`, `Format`, `Required`; `from`/`to` as printed.
        case value(attribute: String, from: String, to: String)
        case other
    }
}

/// The structural diff of two documents.
public struct DiffReport: Sendable {
    public var added: [Change]
    public var deleted: [Change]
    public var modified: [Change]
    /// Changes outside the endpoints (extensions, security, servers at the top level).
    public var other: [Change]
    /// Whether anything differs at all (also changes no section lists, like `info`).
    public var anyChange: Bool
    /// Changes the report does not list, each located in the new document.
    public var warnings: [Diagnostic] = []

    public var endpointsChanged: Bool { !added.isEmpty || !deleted.isEmpty || !modified.isEmpty }
}
