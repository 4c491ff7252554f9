#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes an `OutputSet` into a directory, or compares it with what is there.
///
/// - Deterministic: files are written in path order, with exactly the bytes given.
/// - Idempotent: a file whose bytes are unchanged is not rewritten (its mtime stays).
/// - Atomic: a file that replaces one is first written beside it under a temporary name, and only
///   when all of them were written are they renamed into place; a new file (it replaces nothing)
///   is written in place, and removed again if anything fails.
/// - Careful: only files named in the previous run's manifest are ever removed.
public struct Writer: Sendable {
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

    /// What stands where an output goes: its conflicts, and which of its files exist already.
    /// Made once per output and handed to `write`, so that nothing is looked up twice.
    public struct Survey: Sendable {
        /// Everything that stops the output from being written safely; empty when it may be.
        public var conflicts: [Conflict]
        /// The output's paths in path order, and whether a file is there (in the same order).
        var paths: [String]
        var exists: [Bool]
    }

    /// Everything that stops `output` from being written safely: paths outside the directory,
    /// paths generated twice, and files or directories in the way that SpecForge did not write
    /// (not in the manifest). Empty when `write` may go ahead.
    public func conflicts(_ output: OutputSet) -> [Conflict] { survey(output).conflicts }

    /// Looks at the directory once for `output`: a file below a directory that does not exist
    /// yet is not looked up at all (into a new directory, that is every file).
    public func survey(_ output: OutputSet) -> Survey {
        let owned = Set(previousManifest())
        var seen: Set<String> = [Self.manifestName]
        var out: [Conflict] = []
        // The kind of each directory met so far, by path relative to the output directory.
        var parents: [Substring: FileKind] = ["": FileKind.of(root)]
        let sorted = output.files.sorted(by: { $0.path < $1.path })
        var exists = [Bool](repeating: false, count: sorted.count)
        for (i, file) in sorted.enumerated() {
            guard Self.isInside(file.path) else {
                out.append(Conflict(path: file.path, message: "generated path '\(file.path)' is not inside the output directory; nothing was written"))
                continue
            }
            guard seen.insert(file.path).inserted else {
                out.append(Conflict(path: file.path, message: "generated more than once (two pages with the same path?); nothing was written"))
                continue
            }
            // Each parent, outermost first: one that is missing holds nothing; one that is a file is in the way.
            var parentKind = parents[""]!
            var slash = file.path.utf8.startIndex
            while parentKind == .directory, let next = file.path.utf8[slash...].firstIndex(of: UInt8(ascii: "/")) {
                let parent = file.path[..<next]
                if let known = parents[parent] {
                    parentKind = known
                } else {
                    parentKind = FileKind.of(path(parent))
                    parents[parent] = parentKind
                    if parentKind == .other {
                        out.append(Conflict(path: file.path, message: "cannot be written: '\(parent)' is a file, not a directory; nothing was written"))
                    }
                }
                slash = file.path.utf8.index(after: next)
            }
            guard parentKind == .directory else { continue }
            switch FileKind.of(path(file.path)) {
            case .missing:
                break
            case .directory:
                out.append(Conflict(path: file.path, message: "would replace a directory of the same name; nothing was written"))
            case .other:
                exists[i] = true
                if !owned.contains(file.path), !Self.file(path(file.path), holds: file.bytes) {
                    out.append(Conflict(path: file.path, message: "would overwrite a file SpecForge did not generate (it is not in \(Self.manifestName)); move it away or delete it; nothing was written"))
                }
            }
        }
        return Survey(conflicts: out, paths: sorted.map(\.path), exists: exists)
    }

    /// A relative path with no `.`, `..` or empty segments.
    static func isInside(_ path: String) -> Bool {
        !path.isEmpty && !path.hasPrefix("/")
            && !path.utf8.split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: false).contains {
                $0.isEmpty || $0.elementsEqual(".".utf8) || $0.elementsEqual("..".utf8)
            }
    }

    /// Writes `output`; throws without changing anything when its survey finds conflicts.
    /// `survey` is `survey(output)` when the caller made it already.
    ///
    /// A file that replaces one is written beside it under a temporary name and renamed into
    /// place once every file is written; a file that is new is written in place (it replaces
    /// nothing), and removed again, with the directories made for it, when anything fails.
    public func write(_ output: OutputSet, survey: Survey? = nil) throws -> Summary {
        let survey = survey ?? self.survey(output)
        if let conflict = survey.conflicts.first {
            throw WriteError(path: path(conflict.path), message: conflict.message)
        }
        var summary = Summary()
        let fm = FileManager.default
        let previous = previousManifest()
        let sorted = output.files.sorted { $0.path < $1.path }
        precondition(sorted.map(\.path) == survey.paths, "the survey is of another output")
        let manifest = Self.manifestText(sorted.map(\.path))
        let all = sorted + [.init(path: Self.manifestName, contents: manifest)]
        let targets = all.map { path($0.path) }
        let exists = survey.exists + [FileKind.of(targets[targets.count - 1]) == .other]
        // Comparing with what is there is independent per file: it runs on every core.
        let unchanged = concurrentMap(Array(all.indices)) { i in exists[i] && Self.file(targets[i], holds: all[i].bytes) }
        var staged: [(temp: String, target: String, index: Int)] = []
        var created: [(target: String, index: Int)] = []
        for i in all.indices {
            let isManifest = all[i].path == Self.manifestName
            if unchanged[i] {
                if !isManifest { summary.unchanged.append(all[i].path) }
                continue
            }
            let target = targets[i]
            if exists[i] {
                let name = target.utf8.index(after: target.utf8.lastIndex(of: UInt8(ascii: "/"))!)
                staged.append((String(target[..<name]) + "." + String(target[name...]) + ".specforge-tmp", target, i))
            } else {
                created.append((target, i))
            }
            if !isManifest { summary.written.append(all[i].path) }
        }
        var made: [String] = []
        var madeFiles: [String] = []
        do {
            var known: Set<Substring> = []
            for c in created {
                let parent = c.target[..<c.target.utf8.lastIndex(of: UInt8(ascii: "/"))!]
                if known.insert(parent).inserted { try Self.makeDirectory(String(parent), made: &made) }
            }
            madeFiles = created.map(\.target)
            try Self.writeAll(created.map { ($0.target, all[$0.index].bytes) }, new: true)
            try Self.writeAll(staged.map { ($0.temp, all[$0.index].bytes) }, new: false)
        } catch {
            for s in staged { unlink(s.temp) }
            for file in madeFiles { unlink(file) }
            // Deepest first: each was empty when it was made, and only new files went in.
            for dir in made.reversed() { rmdir(dir) }
            throw WriteError(path: directory.path, message: "could not write output: \(error); nothing was changed")
        }
        // rename(2) replaces the target in one step: a reader sees the old file or the new one.
        for s in staged where rename(s.temp, s.target) != 0 {
            throw WriteError(path: s.target, message: "cannot move the new file into place: \(String(cString: strerror(errno)))")
        }
        let now = Set(sorted.map(\.path))
        for old in previous where !now.contains(old) && Self.isInside(old) {
            let url = directory.appending(path: old)
            if FileKind.of(url.path) == .other {
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
            // Compared as bytes; made text only for the diff of a stale file.
            if !data.elementsEqual(file.bytes) {
                let onDisk = String(decoding: data, as: UTF8.self)
                drift.stale.append((file.path, UnifiedDiff.make(old: onDisk, new: file.contents, path: file.path)))
            }
        }
        let now = Set(output.files.map(\.path))
        for old in previousManifest() where !now.contains(old) {
            if fm.fileExists(atPath: directory.appending(path: old).path) { drift.extra.append(old) }
        }
        return drift
    }

    /// The output directory's path, and the path of `relative` inside it.
    var root: String { directory.path }

    func path<S: StringProtocol>(_ relative: S) -> String {
        let root = self.root
        return root.hasSuffix("/") ? root + String(relative) : root + "/" + String(relative)
    }

    /// Whether the file at `path` holds exactly the bytes `contents`; a file of
    /// another size is not read.
    static func file(_ path: String, holds contents: [UInt8]) -> Bool {
        contents.withUnsafeBufferPointer { expected in
            let fd = open(path, O_RDONLY | O_CLOEXEC)
            guard fd >= 0 else { return false }
            defer { close(fd) }
            var info = stat()
            guard fstat(fd, &info) == 0, info.st_mode & S_IFMT == S_IFREG, Int(info.st_size) == expected.count else { return false }
            // One byte more than expected: a file that grew since fstat is told apart.
            let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: expected.count + 1, alignment: 1)
            defer { buffer.deallocate() }
            guard FileIO.read(fd, into: buffer) == expected.count else { return false }
            return expected.isEmpty || memcmp(buffer.baseAddress!, expected.baseAddress!, expected.count) == 0
        }
    }

    /// Makes `path` and its missing parents; `made` gets each directory made, outermost first.
    static func makeDirectory(_ path: String, made: inout [String]) throws {
        if mkdir(path, 0o777) == 0 {
            made.append(path)
            return
        }
        switch errno {
        case EEXIST:
            return
        case ENOENT:
            guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")), slash != path.utf8.startIndex else { break }
            try makeDirectory(String(path[..<slash]), made: &made)
            if mkdir(path, 0o777) == 0 || errno == EEXIST {
                made.append(path)
                return
            }
        default:
            break
        }
        throw WriteError(path: path, message: "cannot create the directory: \(String(cString: strerror(errno)))")
    }

    /// Writes the bytes `contents` to `path`: a file that must not exist yet when `new`,
    /// else created or truncated.
    ///
    /// Writes the files in two halves side by side (sorted paths: the halves mostly fill
    /// different directories, whose locks they would otherwise wait on): 13 → 8 ms for the
    /// 863 files of the Waldur reference on tmpfs. The first failure is thrown once both end.
    static func writeAll(_ files: [(path: String, bytes: [UInt8])], new: Bool) throws {
        let middle = files.count / 2
        let failures = concurrentMap([0..<middle, middle..<files.count], width: 2) { range -> (any Error)? in
            for i in range {
                do { try writeFile(files[i].path, files[i].bytes, new: new) } catch { return error }
            }
            return nil
        }
        if let failure = failures.compactMap({ $0 }).first { throw failure }
    }

    /// Unlike `Data.write(to:)`, this does not fsync each file: output is regenerated from its
    /// inputs, and an fsync per file was most of the time of writing a fresh output directory.
    static func writeFile(_ path: String, _ contents: [UInt8], new: Bool) throws {
        let fd = open(path, O_WRONLY | O_CREAT | (new ? O_EXCL : O_TRUNC) | O_CLOEXEC, 0o666)
        guard fd >= 0 else { throw WriteError(path: path, message: String(cString: strerror(errno))) }
        defer { close(fd) }
        if let error = contents.withUnsafeBytes({ FileIO.write(fd, $0) }) {
            throw WriteError(path: path, message: String(cString: strerror(error)))
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
