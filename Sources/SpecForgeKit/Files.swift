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
import SpecForgeLoad
import SpecForgeWrite

/// Reading input files, with errors that name the file.
enum Files {
    static func bytes(_ path: String) throws(LoadError) -> [UInt8] {
        let kind = FileKind.of(path)
        guard kind != .missing else {
            throw LoadError(file: path, mark: nil, message: "no such file")
        }
        guard kind != .directory else {
            throw LoadError(file: path, mark: nil, message: "is a directory, not a file")
        }
        guard let bytes = readAll(path) else {
            throw LoadError(file: path, mark: nil, message: "cannot read the file (permission denied?)")
        }
        return bytes
    }

    /// The file's bytes read straight into an array of its size (no `Data` copied into an array
    /// after it: a 4 MB document was read into memory twice); nil when it cannot be read.
    static func readAll(_ path: String) -> [UInt8]? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { return nil }
        var bytes = [UInt8](repeating: 0, count: 0)
        var capacity = max(Int(info.st_size), 0) + 1
        var count = 0
        while true {
            if count == capacity { capacity *= 2 }
            if bytes.count < capacity {
                // Grown without zero-filling what the reads overwrite.
                let old = bytes
                bytes = [UInt8](unsafeUninitializedCapacity: capacity) { buffer, initialized in
                    old.withUnsafeBufferPointer { _ = buffer.initialize(from: $0) }
                    initialized = capacity
                }
            }
            let n = bytes.withUnsafeMutableBufferPointer { read(fd, $0.baseAddress! + count, capacity - count) }
            if n < 0 {
                if errno == EINTR { continue }
                return nil
            }
            if n == 0 { break }
            count += n
        }
        bytes.removeLast(bytes.count - count)
        return bytes
    }

    static func node(_ path: String) throws(LoadError) -> Node {
        try YAMLLoader.load(bytes: try bytes(path), file: path)
    }

    /// Every file below `directory`, by path relative to it.
    static func tree(_ directory: String) -> [String: String] {
        var out: [String: String] = [:]
        guard let paths = try? FileManager.default.subpathsOfDirectory(atPath: directory) else { return out }
        for relative in paths {
            let full = directory + "/" + relative
            guard FileKind.of(full) == .other, let text = try? String(contentsOfFile: full, encoding: .utf8)
            else { continue }
            out[relative] = text
        }
        return out
    }

    /// The directory part of `path` (`NSString.deletingLastPathComponent`): `a/b` → `a`,
    /// `/a` → `/`, `a` → the empty string; trailing slashes are not a component.
    static func directory(of path: String) -> String {
        var end = path.endIndex
        while end > path.startIndex, path[path.index(before: end)] == "/", path.index(before: end) != path.startIndex { end = path.index(before: end) }
        let trimmed = path[..<end]
        guard let slash = trimmed.lastIndex(of: "/") else { return "" }
        if slash == trimmed.startIndex { return "/" }
        var last = slash
        while last > trimmed.startIndex, trimmed[trimmed.index(before: last)] == "/" { last = trimmed.index(before: last) }
        return last == trimmed.startIndex ? "/" : String(trimmed[..<last])
    }
}
