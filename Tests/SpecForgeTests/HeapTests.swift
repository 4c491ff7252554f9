import Foundation
#if canImport(Glibc)
import Glibc
#endif
import Testing

/// The command's own allocator (SpecForgeHeap: small blocks from per-thread lists, the rest
/// glibc's) changes how fast a run is, never what it writes: every run here is made twice, with
/// it and with `SPECFORGE_SYSTEM_MALLOC=1` (the C library's malloc alone), and the two output
/// trees must be the same bytes.
@Suite struct HeapTests {
    #if os(Linux)
    @Test("On Linux with glibc the command allocates small blocks itself; SPECFORGE_SYSTEM_MALLOC=1 turns that off")
    func theCommandUsesItsAllocator() throws {
        let own = try CommandLineTests.run(["--help"], environment: ["SPECFORGE_TRACE": "1"])
        #expect(own.stderr.contains("specforge: heap: small blocks from SpecForgeHeap"), "\(own.stderr)")
        let system = try CommandLineTests.run(["--help"], environment: ["SPECFORGE_TRACE": "1", "SPECFORGE_SYSTEM_MALLOC": "1"])
        #expect(system.stderr.contains("specforge: heap: the C library's malloc"), "\(system.stderr)")
    }
    #endif

    #if os(Linux)
    @Test("A run that holds much memory returns it after its exit, through a helper that keeps none of the command's files open; a small run at its exit", Fixtures.needsShared)
    func memoryIsReturnedAfterTheExit() throws {
        guard let spec = Fixtures.requireShared("waldur/waldur-openapi-8.0.5.yaml") else { return }
        let dir = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let process = Process()
        process.executableURL = CommandLineTests.binary
        process.arguments = ["generate", "--spec", spec, "--layout", Fixtures.path("specs/waldur-layout.yaml"), "--output", dir.path]
        process.environment = ProcessInfo.processInfo.environment.merging(["SPECFORGE_TRACE": "1"]) { $1 }
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        // Drained as it runs (a full pipe would stop the command); what stands in it at the end
        // is read below.
        let errText = LockedText()
        err.fileHandleForReading.readabilityHandler = { handle in errText.append(handle.availableData) }
        process.waitUntilExit()
        // The command has exited: no process may still hold its standard output open (the
        // helper closed its copy before the command went on), so the pipe reads as ended now.
        var ended = pollfd(fd: out.fileHandleForReading.fileDescriptor, events: Int16(POLLIN), revents: 0)
        #expect(poll(&ended, 1, 0) == 1 && ended.revents & Int16(POLLHUP) != 0)
        let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        err.fileHandleForReading.readabilityHandler = nil
        errText.append(err.fileHandleForReading.readDataToEndOfFile())
        #expect(process.terminationStatus == 0)
        #expect(text.contains("863 written"), "\(text)")
        #expect(errText.value.contains("specforge: heap: memory returned after the exit, by a helper"), "\(errText.value)")
        // A small run keeps the usual exit.
        let small = try CommandLineTests.run(
            ["generate", "--quiet", "--spec", Fixtures.path("specs/parameter-styles.yaml"), "--output", dir.appending(path: "small").path],
            environment: ["SPECFORGE_TRACE": "1"])
        #expect(small.status == 0 && small.stderr.contains("specforge: heap: memory returned at the exit"), "\(small.stderr)")
    }

    final class LockedText: @unchecked Sendable {
        private let lock = NSLock()
        private var data = Data()
        func append(_ more: Data) { lock.withLock { data.append(more) } }
        var value: String { lock.withLock { String(decoding: data, as: UTF8.self) } }
    }
    #endif

    @Test("The bundled documents give the same files with either allocator", arguments: ["specs/waldur-site-agent.yaml", "specs/client-behaviour.yaml", "specs/parameter-styles.yaml"])
    func bundledDocumentsAreTheSame(spec: String) throws {
        try Self.expectSameOutput(["--spec", Fixtures.path(spec)])
    }

    @Test("The Waldur document with its layout (two threads, two million allocations) gives the same files with either allocator", Fixtures.needsShared)
    func waldurIsTheSame() throws {
        guard let spec = Fixtures.requireShared("waldur/waldur-openapi-8.0.5.yaml") else { return }
        try Self.expectSameOutput(["--spec", spec, "--layout", Fixtures.path("specs/waldur-layout.yaml")])
    }

    static func expectSameOutput(_ arguments: [String], sourceLocation: SourceLocation = #_sourceLocation) throws {
        let dir = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let own = try CommandLineTests.run(["generate", "--quiet"] + arguments + ["--output", dir.appending(path: "own").path])
        let system = try CommandLineTests.run(
            ["generate", "--quiet"] + arguments + ["--output", dir.appending(path: "system").path], environment: ["SPECFORGE_SYSTEM_MALLOC": "1"])
        #expect(own.status == 0 && system.status == 0, "\(own.stderr)\n\(system.stderr)", sourceLocation: sourceLocation)
        #expect(own.stderr == system.stderr, sourceLocation: sourceLocation)
        let ownFiles = try Self.files(dir.appending(path: "own"))
        let systemFiles = try Self.files(dir.appending(path: "system"))
        #expect(ownFiles.count > 2 && ownFiles.keys.sorted() == systemFiles.keys.sorted(), sourceLocation: sourceLocation)
        for (path, bytes) in ownFiles where systemFiles[path] != bytes {
            Issue.record("\(path) differs between the allocators", sourceLocation: sourceLocation)
        }
    }

    /// Every file below `root`, by its path relative to `root`.
    static func files(_ root: URL) throws -> [String: Data] {
        var out: [String: Data] = [:]
        let base = root.standardizedFileURL.path
        guard let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey]) else { return out }
        for case let url as URL in walker where (try url.resourceValues(forKeys: [.isRegularFileKey])).isRegularFile == true {
            out[String(url.standardizedFileURL.path.dropFirst(base.count))] = try Data(contentsOf: url)
        }
        return out
    }
}
