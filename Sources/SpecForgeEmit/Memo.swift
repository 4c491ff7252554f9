import Dispatch
import SpecForgeBits

/// Values made from keys by a fixed rule, remembered and shared by the threads that make them:
/// a spec names the same properties and parameters again and again (`uuid`, `name`,
/// `page_size`), and pages show the same schemas' tables; a dictionary lookup costs less than
/// making the value again. A value two threads miss at once is made by both, the same.
final class Memo<Key: Hashable, Made>: @unchecked Sendable {
    private let lock = DispatchSemaphore(value: 1)
    // Read and written under the lock only: not checked for exclusivity at run time as well.
    @exclusivity(unchecked) private var made: [Key: Made]

    init(capacity: Int = 1024) {
        made = Dictionary(minimumCapacity: capacity)
    }

    /// `make(key)`, made once.
    func value(_ key: Key, _ make: (Key) -> Made) -> Made {
        lock.wait()
        if let known = made[key] {
            lock.signal()
            return known
        }
        lock.signal()
        let value = make(key)
        lock.wait()
        made[key] = value
        lock.signal()
        return value
    }
}

/// Names made from names (`SwiftNaming.upperCamel`, `PythonNaming.identifier`), by a key that
/// hashes quickly.
typealias StringMemo = Memo<NameKey, String>

extension Memo where Key == NameKey {
    /// `make(name)`, made once.
    @inline(__always)
    func value(_ name: String, _ make: (String) -> Made) -> Made {
        value(NameKey(name)) { make($0.string) }
    }
}
