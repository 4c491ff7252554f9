import Foundation
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
