/// A set of names for the small scopes names are made in (a type's properties, an operation's
/// parameters, an enum's cases, a schema's required names): up to `linearLimit` names are kept in
/// a list and a name is compared with each (`StringBits.firstIndex`: as `==`, short ASCII names
/// as two integers), which costs less than hashing it and making a set per scope; a larger scope
/// moves its names into a set (of `NameKey`s, hashed quickly).
public struct NameSet: Sendable {
    // Inlinable, as the sets are made and asked in the emitters' and the IR builder's loops
    // (an unspecialized generic `init` across modules cost 20 M instructions).
    @usableFromInline static var linearLimit: Int { 16 }
    @usableFromInline var list: [String] = []
    @usableFromInline var set: Set<NameKey>?

    /// `expected`: how many names are about to be inserted (room is made for them at once).
    @inlinable
    public init<Names: Collection<String>>(_ names: Names, expected: Int = 0) {
        if names.count + expected <= Self.linearLimit {
            if expected > 0 {
                list.reserveCapacity(names.count + expected)
                list.append(contentsOf: names)
            } else {
                list = Array(names)  // an array's storage shared, not copied
            }
        } else {
            var all = Set(names.map { NameKey($0) })
            all.reserveCapacity(names.count + expected)
            set = all
        }
    }

    @inlinable
    public init(expected: Int = 0) { self.init([String](), expected: expected) }

    @inlinable
    public func contains(_ name: String) -> Bool { set?.contains(NameKey(name)) ?? listHolds(name) }

    @inlinable
    func listHolds(_ name: String) -> Bool {
        list.withUnsafeBufferPointer { StringBits.firstIndex(of: name, in: $0) { $0 } != nil }
    }

    /// Whether `name` was not in the set yet (it is now).
    @inlinable
    public mutating func insert(_ name: String) -> Bool {
        if set != nil { return set!.insert(NameKey(name)).inserted }
        if listHolds(name) { return false }
        list.append(name)
        if list.count > Self.linearLimit {
            set = Set(list.map { NameKey($0) })
            list = []
        }
        return true
    }
}
