#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What a path names, found with one `stat(2)` (following symbolic links).
public enum FileKind: Sendable {
    case missing, directory, other

    public static func of(_ path: String) -> FileKind {
        var info = stat()
        guard stat(path, &info) == 0 else { return .missing }
        return info.st_mode & S_IFMT == S_IFDIR ? .directory : .other
    }
}

/// Whole reads and writes on a file descriptor, retried when a signal interrupts them.
public enum FileIO {
    /// Reads until `buffer` is full or the file ends; the count read, or nil on an error.
    public static func read(_ fd: Int32, into buffer: UnsafeMutableRawBufferPointer) -> Int? {
        let (moved, error) = repeatUntilDone(buffer.count) { systemRead(fd, buffer.baseAddress! + $0, buffer.count - $0) }
        return error == nil ? moved : nil
    }

    /// Writes all of `bytes`; nil when done, else the error number.
    public static func write(_ fd: Int32, _ bytes: UnsafeRawBufferPointer) -> Int32? {
        let (moved, error) = repeatUntilDone(bytes.count) { systemWrite(fd, bytes.baseAddress! + $0, bytes.count - $0) }
        return error ?? (moved == bytes.count ? nil : EIO)
    }

    /// Calls `step` with the offset reached until `count` bytes are moved or it moves none (the
    /// end of a file), again when a signal interrupted it: the offset reached, and the error
    /// number that stopped it.
    @inline(__always)
    private static func repeatUntilDone(_ count: Int, _ step: (Int) -> Int) -> (moved: Int, error: Int32?) {
        var offset = 0
        while offset < count {
            let n = step(offset)
            if n < 0 {
                if errno == EINTR { continue }
                return (offset, errno)
            }
            if n == 0 { break }
            offset += n
        }
        return (offset, nil)
    }
}

/// read(2) and write(2), named apart from `FileIO`'s own.
private func systemRead(_ fd: Int32, _ bytes: UnsafeMutableRawPointer, _ count: Int) -> Int { read(fd, bytes, count) }
private func systemWrite(_ fd: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int { write(fd, bytes, count) }
