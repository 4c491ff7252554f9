import Dispatch
import SpecForgeBits
import SpecForgeLoad
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where something is defined: a file and a position in it.
///
/// The file is held by its number (`SourceFiles`): a location is copied wherever a schema,
/// an operation or a parameter is, on every thread, and a path held as a `String` was retained
/// and released at each copy — atomically, on the one object of the document's path, from both
/// cores at once (a run over the 4 MB reference: 5 ms of CPU).
public struct Location: Sendable, Hashable, CustomStringConvertible {
    private var fileNumber: UInt32
    public var mark: Mark

    public init(file: String, mark: Mark) {
        fileNumber = SourceFiles.number(of: file)
        self.mark = mark
    }

    public var file: String {
        get { SourceFiles.name(of: fileNumber) }
        set { fileNumber = SourceFiles.number(of: newValue) }
    }

    public var description: String { "\(file):\(mark)" }
}

/// The files locations name, each by a number given at its first use (for the life of the
/// process; a run names a handful).
///
/// A location is made for every schema and operation, many from one path passed along: each
/// thread remembers the paths it numbered last and finds one again by its two words (the very
/// string it was given, kept alive here, so its storage is not reused), without hashing it or
/// taking the lock.
enum SourceFiles {
    private static let lock = DispatchSemaphore(value: 1)
    nonisolated(unsafe) private static var names: [String] = []
    nonisolated(unsafe) private static var numbers: [String: UInt32] = [:]

    static func number(of file: String) -> UInt32 {
        let recent = RecentFiles.ofThisThread
        if let known = recent.number(of: file) { return known }
        lock.wait()
        let number: UInt32
        if let known = numbers[file] {
            number = known
        } else {
            number = UInt32(names.count)
            names.append(file)
            numbers[file] = number
        }
        lock.signal()
        recent.remember(file, number)
        return number
    }

    static func name(of number: UInt32) -> String {
        lock.wait()
        defer { lock.signal() }
        return names[Int(number)]
    }
}

/// Per thread, the last few paths numbered and their numbers (`SourceFiles`).
private final class RecentFiles {
    // Used by its own thread only: not checked for exclusivity at run time as well.
    @exclusivity(unchecked) private var entries: [(file: String, bits: StringBits, number: UInt32)] = []

    func number(of file: String) -> UInt32? {
        let bits = StringBits(file)
        for entry in entries where entry.bits == bits { return entry.number }
        return nil
    }

    func remember(_ file: String, _ number: UInt32) {
        if entries.count == 8 { entries.removeFirst() }
        entries.append((file, StringBits(file), number))
    }

    /// This thread's own.
    static var ofThisThread: RecentFiles { perThread.value }
    private static let perThread = PerThread { RecentFiles() }
}
