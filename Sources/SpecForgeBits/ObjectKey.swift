/// An object's identity as the key of a dictionary or a set (schemas met, names given to
/// schemas): `ObjectIdentifier`, hashed in one multiplication where the standard library runs
/// SipHash over the address (some 90 instructions, 160,000 times in a run over a large document).
public struct ObjectKey: Hashable, Sendable {
    public let id: ObjectIdentifier

    @inlinable @inline(__always)
    public init(_ object: AnyObject) { id = ObjectIdentifier(object) }

    @inlinable @inline(__always)
    public static func == (a: ObjectKey, b: ObjectKey) -> Bool { a.id == b.id }

    @inlinable
    public func hash(into hasher: inout Hasher) { hasher.combine(id) }

    @inlinable @inline(__always)
    public func _rawHashValue(seed: Int) -> Int {
        let address = UInt64(UInt(bitPattern: Int(bitPattern: id)))
        let (high, low) = (address ^ UInt64(UInt(bitPattern: seed)) ^ 0xA076_1D64_78BD_642F).multipliedFullWidth(by: 0xE703_7ED1_A0B4_28DB)
        return Int(truncatingIfNeeded: high ^ low)
    }
}
