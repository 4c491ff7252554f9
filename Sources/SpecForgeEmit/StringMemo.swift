import Foundation

/// Names made from names by a fixed rule, remembered for the life of the process and shared by
/// the threads that make them: a spec names the same properties and parameters again and again
/// (`uuid`, `name`, `page_size`), and a dictionary lookup costs less than the rule's words.
final class StringMemo: @unchecked Sendable {
    private let lock = NSLock()
    // Read and written under the lock only: not checked for exclusivity at run time as well.
    @exclusivity(unchecked) private var made: [String: String]

    init(capacity: Int = 1024) {
        made = Dictionary(minimumCapacity: capacity)
    }

    /// `make(key)`, made once.
    func value(_ key: String, _ make: (String) -> String) -> String {
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
