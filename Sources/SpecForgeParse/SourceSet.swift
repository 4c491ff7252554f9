import Dispatch
import SpecForgeLoad

/// The files of one document: the root file and every file its `$ref`s reach, loaded on first use
/// (the document's parts are parsed on several threads: the files are read under a lock).
public final class SourceSet: @unchecked Sendable {
    public struct Problem: Error, Sendable {
        public var message: String
        /// The error of the file the reference names, when it could not be loaded.
        public var loadError: LoadError?
    }

    /// The most files one document may reach; a chain of references through ever longer paths
    /// (a symbolic link to its own directory) ends here.
    public static let maxFiles = 1000

    private var files: [String: Result<Node, LoadError>] = [:]
    private let filesLock = DispatchSemaphore(value: 1)
    /// Nodes found by file and pointer: a document refers to the same few hundred places
    /// thousands of times, and finding one walks mappings key by key (`components/schemas` of a
    /// large document holds thousands of keys).
    private var found: [String: [String: Node]] = [:]
    private let foundLock = DispatchSemaphore(value: 1)
    private let load: (String) throws(LoadError) -> Node

    /// `load` reads a file by path; paths are those written in the document, joined to the
    /// directory of the referring file.
    public init(root: String, node: Node, load: @escaping (String) throws(LoadError) -> Node) {
        self.files[root] = .success(node)
        self.load = load
    }

    /// Every file loaded so far (the root first is not guaranteed; sort if order matters).
    public var loadedFiles: [String] { filesLock.withLock { Array(files.keys) } }

    public func root(_ file: String) -> Node? {
        filesLock.withLock { try? files[file]?.get() }
    }

    /// Splits `ref` into the file it names (relative to `file`) and a JSON pointer.
    public func resolve(_ ref: String, from file: String) -> (file: String, pointer: String)? {
        let parts = ref.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
        let filePart = String(parts[0])
        var pointer = parts.count > 1 ? String(parts[1]) : ""
        if pointer.utf8.contains(UInt8(ascii: "%")) { pointer = Self.percentDecoded(pointer) ?? pointer }
        if !pointer.isEmpty, !pointer.hasPrefix("/") { return nil }
        if filePart.isEmpty { return (file, pointer) }
        if filePart.containsUTF8("://") { return nil }
        return (Self.join(directory: Self.directory(of: file), filePart), pointer)
    }

    /// The node at `pointer` in `file`, loading the file when it is first named.
    public func node(file: String, pointer: String) -> Result<Node, Problem> {
        if let node = foundLock.withLock({ found[file]?[pointer] }) { return .success(node) }
        let loaded: Result<Node, LoadError>
        switch self.file(file) {
        case .success(let result): loaded = result
        case .failure(let problem): return .failure(problem)
        }
        guard case .success(var node) = loaded else {
            if case .failure(let e) = loaded {
                // A file that is there but does not load has an error of its own, at its position.
                let message = e.mark == nil ? "cannot read '\(file)': \(e.message)" : "'\(file)' is not a valid document"
                return .failure(Problem(message: message, loadError: e))
            }
            return .failure(Problem(message: "cannot read \(file)"))
        }
        for raw in pointer.split(separator: "/", omittingEmptySubsequences: false).dropFirst() {
            let segment = unescapePointer(String(raw))
            switch node.value {
            case .mapping(let m):
                guard let next = m[segment] else {
                    return .failure(Problem(message: "\(file) has no '\(segment)' at '\(pointer)'"))
                }
                node = next
            case .sequence(let items):
                guard let i = Int(segment), items.indices.contains(i) else {
                    return .failure(Problem(message: "\(file) has no item \(segment) at '\(pointer)'"))
                }
                node = items[i]
            case .scalar:
                return .failure(Problem(message: "\(file) has a scalar where '\(pointer)' continues"))
            }
        }
        foundLock.withLock { found[file, default: [:]][pointer] = node }
        return .success(node)
    }

    /// The file loaded, or loaded now when it is first named.
    private func file(_ file: String) -> Result<Result<Node, LoadError>, Problem> {
        filesLock.wait()
        defer { filesLock.signal() }
        if let cached = files[file] { return .success(cached) }
        if file.utf8.count > 4096 {
            return .failure(Problem(message: "the path of the file is longer than 4096 bytes"))
        }
        if files.count >= Self.maxFiles {
            return .failure(Problem(message: "more than \(Self.maxFiles) files are referenced (a reference loop through a symbolic link?)"))
        }
        let loaded: Result<Node, LoadError>
        do throws(LoadError) {
            loaded = .success(try load(file))
        } catch {
            loaded = .failure(error)
        }
        files[file] = loaded
        return .success(loaded)
    }

    /// The directory part of a path (`NSString.deletingLastPathComponent`): `a/b` → `a`,
    /// `/a` → `/`, `a` → the empty string; trailing slashes are not a component.
    public static func directory(of path: String) -> String {
        var end = path.endIndex
        while end > path.startIndex, path[path.index(before: end)] == "/", path.index(before: end) != path.startIndex { end = path.index(before: end) }
        let trimmed = path[..<end]
        guard let slash = trimmed.lastIndex(of: "/") else { return "" }
        var last = slash
        while last > trimmed.startIndex, trimmed[trimmed.index(before: last)] == "/" { last = trimmed.index(before: last) }
        return last == trimmed.startIndex ? "/" : String(trimmed[..<last])
    }

    /// Joins a relative path to a directory, folding `.` and `..`.
    static func join(directory: String, _ relative: String) -> String {
        if relative.hasPrefix("/") { return normalize(relative) }
        return normalize(directory.isEmpty ? relative : directory + "/" + relative)
    }

    public static func normalize(_ path: String) -> String {
        var out: [Substring] = []
        for part in path.split(separator: "/", omittingEmptySubsequences: false) {
            if part == "." || (part.isEmpty && !out.isEmpty) { continue }
            if part == "..", let last = out.last, last != "..", !last.isEmpty {
                out.removeLast()
            } else {
                out.append(part)
            }
        }
        return out.joined(separator: "/")
    }
}

extension SourceSet {
    /// `text` with each `%` and two hex digits read as the byte they name (as a URI's
    /// fragment is written); nil when a `%` is not followed by two hex digits or the bytes are
    /// not UTF-8.
    static func percentDecoded(_ text: String) -> String? {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        var utf8 = text.utf8.makeIterator()
        while let byte = utf8.next() {
            guard byte == UInt8(ascii: "%") else {
                bytes.append(byte)
                continue
            }
            guard let high = utf8.next().flatMap(hexValue), let low = utf8.next().flatMap(hexValue) else { return nil }
            bytes.append(high << 4 | low)
        }
        // Checked scalar by scalar (`String(validating:)` needs macOS 15).
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue: continue
            case .emptyInput: return String(decoding: bytes, as: UTF8.self)
            case .error: return nil
            }
        }
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return byte - UInt8(ascii: "A") + 10
        default: return nil
        }
    }
}

extension DispatchSemaphore {
    /// `body` run while this semaphore, made with a value of 1, is held as a lock.
    func withLock<T>(_ body: () throws -> T) rethrows -> T {
        wait()
        defer { signal() }
        return try body()
    }
}
