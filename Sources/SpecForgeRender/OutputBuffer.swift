import SpecForgeBits

/// The bytes a render writes: a buffer of its own that grows by doubling, appended to with
/// plain copies (an `[UInt8]`'s `append(contentsOf:)` costs a generic call and checks per
/// piece, and a render appends millions of small pieces). Not copyable: it owns its memory.
struct OutputBuffer: ~Copyable {
    private var base: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    private(set) var count = 0

    init(capacity: Int) {
        self.capacity = max(capacity, 16)
        base = .allocate(capacity: self.capacity)
    }

    deinit { base.deallocate() }

    var last: UInt8? { count > 0 ? base[count - 1] : nil }

    @inline(__always)
    private mutating func reserve(_ extra: Int) {
        guard count + extra > capacity else { return }
        var bigger = capacity * 2
        while bigger < count + extra { bigger *= 2 }
        let grown = UnsafeMutablePointer<UInt8>.allocate(capacity: bigger)
        grown.update(from: base, count: count)
        base.deallocate()
        base = grown
        capacity = bigger
    }

    @inline(__always)
    mutating func append(_ byte: UInt8) {
        reserve(1)
        base[count] = byte
        count += 1
    }

    @inline(__always)
    mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let source = bytes.baseAddress, bytes.count > 0 else { return }
        reserve(bytes.count)
        (base + count).update(from: source, count: bytes.count)
        count += bytes.count
    }

    mutating func append(_ bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { append($0) }
    }

    mutating func append(_ text: String) {
        // Native strings lend their bytes as they are; a bridged one is made native first.
        if let done: Void = text.utf8.withContiguousStorageIfAvailable({ append($0) }) { return done }
        var text = text
        text.withUTF8 { append($0) }
    }

    /// Appends the string stored at `place`, read there: a short string's bytes from its two
    /// words (both copied, `count` of them kept), a long one's from its storage, any other
    /// through the string (a copy of the string retains its storage and releases it again).
    @inline(__always)
    mutating func append(stringAt place: UnsafePointer<String>) {
        let bits = StringBits(at: place)
        guard StringBits.layoutHolds, bits.isSmall else {
            if let bytes = bits.tailAllocatedUTF8 { return append(bytes) }
            return append(place.pointee)
        }
        reserve(16)
        let end = UnsafeMutableRawPointer(base + count)
        end.storeBytes(of: bits.low.littleEndian, as: UInt64.self)
        end.storeBytes(of: bits.high.littleEndian, toByteOffset: 8, as: UInt64.self)
        count += bits.count
    }

    /// The bytes written, as an array (the buffer ends here).
    consuming func bytes() -> [UInt8] {
        Array(UnsafeBufferPointer(start: base, count: count))
    }
}
