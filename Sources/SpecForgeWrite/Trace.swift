import Dispatch
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// With `SPECFORGE_TRACE` set, each phase of a run writes on standard error the milliseconds
/// since the run began at which it ended, the process's CPU time and resident memory then
/// (`specforge: trace 24.6 ms 40.1 ms cpu 41.0 MB parsed`): where the time of a run goes, and
/// how many cores each stretch kept busy, without a profiler. Phases on other threads mark
/// their own ends.
public enum Trace {
    public static let isOn = getenv("SPECFORGE_TRACE") != nil
    nonisolated(unsafe) private static var start = ContinuousClock.now
    /// Held while a phase's time is read and written, so that lines come in the order of their times.
    private static let lock = DispatchSemaphore(value: 1)

    /// Starts the clock (before any other thread marks).
    public static func begin() { start = .now }

    public static func mark(_ phase: @autoclosure () -> String) {
        guard isOn else { return }
        lock.wait()
        defer { lock.signal() }
        let elapsed = (ContinuousClock.now - start).components
        let ms = Double(elapsed.seconds) * 1000 + Double(elapsed.attoseconds) / 1e15
        StandardError.write("specforge: trace \(Self.fixed(ms, width: 6)) ms \(Self.fixed(cpuMS(), width: 6)) ms cpu \(Self.fixed(residentMB(), width: 5)) MB \(phase())\n")
    }

    /// `x` with one decimal, right-aligned in `width` characters (printf's `%6.1f`).
    static func fixed(_ x: Double, width: Int) -> String {
        let tenths = Int((abs(x) * 10).rounded(.toNearestOrEven))
        let text = (x < 0 && tenths > 0 ? "-" : "") + "\(tenths / 10).\(tenths % 10)"
        return String(repeating: " ", count: max(0, width - text.count)) + text
    }

    /// The process's CPU time so far (user and system, every thread) in ms.
    private static func cpuMS() -> Double {
        var usage = rusage()
        #if canImport(Glibc)
        getrusage(RUSAGE_SELF.rawValue, &usage)
        #else
        getrusage(RUSAGE_SELF, &usage)
        #endif
        let user = Double(usage.ru_utime.tv_sec) * 1000 + Double(usage.ru_utime.tv_usec) / 1000
        let system = Double(usage.ru_stime.tv_sec) * 1000 + Double(usage.ru_stime.tv_usec) / 1000
        return user + system
    }

    /// The process's resident memory in MB (Linux; 0 where `/proc/self/statm` is not there).
    private static func residentMB() -> Double {
        let fd = open("/proc/self/statm", O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return 0 }
        defer { close(fd) }
        var buffer = [UInt8](repeating: 0, count: 128)
        guard let n = buffer.withUnsafeMutableBytes({ FileIO.read(fd, into: $0) }), n > 0 else { return 0 }
        let fields = buffer[..<n].split(separator: UInt8(ascii: " ")).map { String(decoding: $0, as: UTF8.self) }
        guard fields.count > 1, let pages = Double(fields[1]) else { return 0 }
        return pages * Double(sysconf(Int32(_SC_PAGESIZE))) / 1_048_576
    }
}

/// Standard error, written at once (unbuffered), for diagnostics and traces.
public enum StandardError {
    public static func write(_ text: String) {
        var text = text
        _ = text.withUTF8 { FileIO.write(2, UnsafeRawBufferPointer($0)) }
    }
}
