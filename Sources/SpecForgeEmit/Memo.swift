import Foundation

/// Values made from keys by a fixed rule, remembered and shared by the threads that make them:
/// a spec names the same properties and parameters again and again (`uuid`, `name`,
/// `page_size`), and pages show the same schemas' tables; a dictionary lookup costs less than
/// making the value again. A value two threads miss at once is made by both, the same.
final class Memo<Key: Hashable, Made>: @unchecked Sendable {
    private let lock = NSLock()
    // Read and written under the lock only: not checked for exclusivity at run time as well.
    @exclusivity(unchecked) private var made: [Key: Made]

    init(capacity: Int = 1024) {
        made = Dictionary(minimumCapacity: capacity)
    }

    /// `make(key)`, made once.
    func value(_ key: Key, _ make: (Key) -> Made) -> Made {
        lock.lock()
        if let known = made[key] {
            lock.unlock()
            return known
        }
        lock.unlock()
        let value = make(key)
        lock.lock()
        made[key] = value
        lock.unlock()
        return value
    }
}

/// Names made from names (`SwiftNaming.upperCamel`, `PythonNaming.identifier`).
typealias StringMemo = Memo<String, String>
