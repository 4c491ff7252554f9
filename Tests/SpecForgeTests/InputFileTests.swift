import Foundation
@testable import SpecForgeKit
@testable import SpecForgeLoad
import Testing

/// Input files are loaded from the system's cache of them, mapped into memory, where they can
/// be; read otherwise. Either way the same tree, or the same error.
@Suite struct InputFileTests {
    @Test("A document mapped from its file loads as its bytes do, in one parse and in pieces")
    func mappedFilesLoadAsTheirBytes() throws {
        let dir = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        // Large enough to be cut into pieces (over 1 MB), and a small one parsed in one go.
        let entries = (0..<30_000).map { "  key\($0):\n    value: \"text \($0)\"\n" }.joined()
        for (name, text) in [("small.yaml", "a: 1\nb: [x, y]\n"), ("large.yaml", "root:\n" + entries)] {
            let path = dir.appending(path: name).path
            try Data(text.utf8).write(to: URL(fileURLWithPath: path))
            let mapped = try #require(try Files.mapped(path) { (buffer) throws(LoadError) in buffer.count })
            #expect(mapped == text.utf8.count)
            #expect(try Files.node(path) == YAMLLoader.load(bytes: Array(text.utf8), file: path))
        }
    }

    @Test("What cannot be mapped is read, or refused with the reason: an empty file, a file the system makes as it is read, a directory, no file")
    func filesThatCannotBeMappedAreRead() throws {
        let dir = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let empty = dir.appending(path: "empty.yaml").path
        try Data().write(to: URL(fileURLWithPath: empty))
        #expect(try Files.mapped(empty) { (buffer) throws(LoadError) in buffer.count } == nil)
        #expect(throws: LoadError.self) { try Files.node(empty) }
        #if os(Linux)
        // Its size reads as 0 although it has text: not mapped, read.
        #expect(try Files.mapped("/proc/self/status") { (buffer) throws(LoadError) in buffer.count } == nil)
        #expect(try Files.node("/proc/self/status").mapping?.entries.first?.key == "Name")
        #endif
        let directory = try #require(throws: LoadError.self) { try Files.node(dir.path) }
        #expect(directory.message.contains("is a directory"))
        let missing = try #require(throws: LoadError.self) { try Files.node(dir.appending(path: "none.yaml").path) }
        #expect(missing.message.contains("no such file"))
    }
}
