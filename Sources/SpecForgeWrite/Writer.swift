import Foundation

/// Writes an `OutputSet` into a directory, or compares it with what is there.
///
/// - Deterministic: files are written in path order, with exactly the bytes given.
/// - Idempotent: a file whose bytes are unchanged is not rewritten (its mtime stays).
/// - Atomic: every new file is first written beside its target under a temporary name, and only
///   when all of them were written are they renamed into place.
/// - Careful: only files named in the previous run's manifest are ever removed.
public struct Writer {
    public static let manifestName = ".specforge-manifest"

    public struct Summary: Sendable, Equatable {
        public init() {}
        public var written: [String] = []
        public var unchanged: [String] = []
        public var removed: [String] = []
    }

    public struct Drift: Sendable {
        public var stale: [(path: String, diff: String)] = []
        public var missing: [String] = []
        public var extra: [String] = []
        public var isCurrent: Bool { stale.isEmpty && missing.isEmpty && extra.isEmpty }
    }

    public struct WriteError: Error, CustomStringConvertible {
        public var path: String
        public var message: String
        public var description: String { "\(path): error: \(message)" }
    }

    let directory: URL

    public init(directory: URL) {
        self.directory = directory
    }

    /// The files the previous run wrote here, from its manifest.
    public func previousManifest() -> [String] {
        let url = directory.appending(path: Self.manifestName)
        guard let text = try? String(contentsOf: url, encoding: .utf8) else { return [] }
        return text.split(separator: "\n").map(String.init).filter { !$0.isEmpty && !$0.hasPrefix("#") }
    }

    /// A generated file that cannot be written without losing something that is not SpecForge's.
    public struct Conflict: Sendable, Equatable {
        /// The path relative to the output directory.
        public var path: String
        public var message: String
    }

    /// Everything that stops `output` from being written safely: paths outside the directory,
    /// paths generated twice, and files or directories in the way that SpecForge did not write
    /// (not in the manifest). Empty when `write` may go ahead.
    public func conflicts(_ output: OutputSet) -> [Conflict] {
        let fm = FileManager.default
        let owned = Set(previousManifest())
        var seen: Set<String> = [Self.manifestName]
        var out: [Conflict] = []
        var checkedParents: Set<String> = []
        for file in output.files.sorted(by: { $0.path < $1.path }) {
            guard Self.isInside(file.path) else {
                out.append(Conflict(path: file.path, message: "generated path '\(file.path)' is not inside the output directory; nothing was written"))
                continue
            }
            guard seen.insert(file.path).inserted else {
                out.append(Conflict(path: file.path, message: "generated more than once (two pages with the same path?); nothing was written"))
                continue
            }
            // A parent that is a file, not a directory.
            var parent = ""
            for segment in file.path.split(separator: "/").dropLast() {
                parent += parent.isEmpty ? String(segment) : "/" + segment
                guard checkedParents.insert(parent).inserted else { continue }
                var isDirectory: ObjCBool = false
                if fm.fileExists(atPath: directory.appending(path: parent).path, isDirectory: &isDirectory), !isDirectory.boolValue {
                    out.append(Conflict(path: file.path, message: "cannot be written: '\(parent)' is a file, not a directory; nothing was written"))
                    break
                }
            }
            let target = directory.appending(path: file.path).path
            var isDirectory: ObjCBool = false
            guard fm.fileExists(atPath: target, isDirectory: &isDirectory) else { continue }
            if isDirectory.boolValue {
                out.append(Conflict(path: file.path, message: "would replace a directory of the same name; nothing was written"))
            } else if !owned.contains(file.path), fm.contents(atPath: target) != Data(file.contents.utf8) {
                out.append(Conflict(path: file.path, message: "would overwrite a file SpecForge did not generate (it is not in \(Self.manifestName)); move it away or delete it; nothing was written"))
            }
        }
        return out
    }

    /// A relative path with no `.`, `..` or empty segments.
    static func isInside(_ path: String) -> Bool {
        !path.isEmpty && !path.hasPrefix("/")
            && !path.split(separator: "/", omittingEmptySubsequences: false).contains { $0.isEmpty || $0 == "." || $0 == ".." }
    }

    /// Writes `output`; throws without changing anything when `conflicts(output)` finds any.
    public func write(_ output: OutputSet) throws -> Summary {
        if let conflict = conflicts(output).first {
            throw WriteError(path: directory.appending(path: conflict.path).path, message: conflict.message)
        }
        var summary = Summary()
        let fm = FileManager.default
        let previous = previousManifest()
        var createdDirectories: [String] = []
        var knownDirectories: Set<String> = []
        /// Makes `path` and its missing parents, remembering which it made (to undo on failure).
        func ensureDirectory(_ path: String) throws {
            if path.isEmpty || knownDirectories.contains(path) { return }
            var isDirectory: ObjCBool = false
            if !fm.fileExists(atPath: path, isDirectory: &isDirectory) {
                try ensureDirectory((path as NSString).deletingLastPathComponent)
                if mkdir(path, 0o777) != 0, errno != EEXIST {
                    throw WriteError(path: path, message: "cannot create the directory: \(String(cString: strerror(errno)))")
                }
                createdDirectories.append(path)
            }
            knownDirectories.insert(path)
        }
        let sorted = output.files.sorted { $0.path < $1.path }
        let manifest = Self.manifestText(sorted.map(\.path))
        let all = sorted + [.init(path: Self.manifestName, contents: manifest)]
        let targets = all.map { directory.appending(path: $0.path).path }
        let bytes = concurrentMap(all) { Data($0.contents.utf8) }
        // Comparing with what is there is independent per file: it runs on every core.
        let unchanged = concurrentMap(Array(all.indices)) { i in FileManager.default.contents(atPath: targets[i]) == bytes[i] }
        var staged: [(temp: String, target: String, index: Int)] = []
        for i in all.indices {
            if unchanged[i] {
                if all[i].path != Self.manifestName { summary.unchanged.append(all[i].path) }
            } else {
                let parent = (targets[i] as NSString).deletingLastPathComponent
                staged.append((parent + "/.\((targets[i] as NSString).lastPathComponent).specforge-tmp", targets[i], i))
                if all[i].path != Self.manifestName { summary.written.append(all[i].path) }
            }
        }
        do {
            for s in staged { try ensureDirectory((s.target as NSString).deletingLastPathComponent) }
            // Written one after another: in parallel, file creation contends in the kernel (measured slower).
            for s in staged { try Self.writeFile(s.temp, bytes[s.index]) }
        } catch {
            for s in staged { unlink(s.temp) }
            // Deepest first: each was empty when it was made, and only temporary files went in.
            for dir in createdDirectories.sorted(by: { $0.count > $1.count }) { rmdir(dir) }
            throw WriteError(path: directory.path, message: "could not write output: \(error); nothing was changed")
        }
        // rename(2) replaces the target in one step: a reader sees the old file or the new one.
        for s in staged where rename(s.temp, s.target) != 0 {
            throw WriteError(path: s.target, message: "cannot move the new file into place: \(String(cString: strerror(errno)))")
        }
        let now = Set(sorted.map(\.path))
        for old in previous where !now.contains(old) && Self.isInside(old) {
            let url = directory.appending(path: old)
            var isDirectory: ObjCBool = false
            if fm.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue {
                try fm.removeItem(at: url)
                summary.removed.append(old)
                removeEmptyParents(of: url)
            }
        }
        return summary
    }

    /// Compares `output` with the directory without writing anything.
    public func check(_ output: OutputSet) -> Drift {
        var drift = Drift()
        let fm = FileManager.default
        for file in output.files.sorted(by: { $0.path < $1.path }) {
            let url = directory.appending(path: file.path)
            guard let data = fm.contents(atPath: url.path) else {
                drift.missing.append(file.path)
                continue
            }
            let onDisk = String(decoding: data, as: UTF8.self)
            if onDisk != file.contents {
                drift.stale.append((file.path, UnifiedDiff.make(old: onDisk, new: file.contents, path: file.path)))
            }
        }
        let now = Set(output.files.map(\.path))
        for old in previousManifest() where !now.contains(old) {
            if fm.fileExists(atPath: directory.appending(path: old).path) { drift.extra.append(old) }
        }
        return drift
    }

    /// Creates or truncates `path` and writes `data` to it.
    ///
    /// Unlike `Data.write(to:)`, this does not fsync each file: output is regenerated from its
    /// inputs, and an fsync per file was most of the time of writing a fresh output directory.
    static func writeFile(_ path: String, _ data: Data) throws {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o666)
        guard fd >= 0 else { throw WriteError(path: path, message: String(cString: strerror(errno))) }
        defer { close(fd) }
        try data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) in
            var offset = 0
            while offset < buffer.count {
                let n = Foundation.write(fd, buffer.baseAddress! + offset, buffer.count - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    throw WriteError(path: path, message: String(cString: strerror(errno)))
                }
                offset += n
            }
        }
    }

    static func manifestText(_ paths: [String]) -> String {
        "# Files generated by specforge; only these are ever removed by it.\n" + paths.map { $0 + "\n" }.joined()
    }

    private func removeEmptyParents(of url: URL) {
        var dir = url.deletingLastPathComponent()
        let root = directory.standardizedFileURL.path
        while dir.standardizedFileURL.path.count > root.count,
            let items = try? FileManager.default.contentsOfDirectory(atPath: dir.path), items.isEmpty
        {
            try? FileManager.default.removeItem(at: dir)
            dir = dir.deletingLastPathComponent()
        }
    }
}
