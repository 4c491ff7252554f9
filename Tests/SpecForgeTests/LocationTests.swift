import Dispatch
import SpecForgeLoad
@testable import SpecForgeParse
import Testing

/// A `Location` holds its file by number (`SourceFiles`): it must still read back the path it was
/// given and compare as the path and position do, whichever string, thread or order it came from.
@Suite struct LocationTests {
    @Test("The path reads back; the same path from another string is the same file; another path is not")
    func paths() {
        let long = "specs/" + String(repeating: "nested/", count: 6) + "api.yaml"
        let copy = String(decoding: Array(long.utf8), as: UTF8.self)  // equal text, another string
        let a = Location(file: long, mark: Mark(line: 3, column: 4))
        let b = Location(file: copy, mark: Mark(line: 3, column: 4))
        #expect(a.file == long && a == b && a.hashValue == b.hashValue)
        #expect(a != Location(file: long + ".bak", mark: Mark(line: 3, column: 4)))
        #expect(a != Location(file: long, mark: Mark(line: 3, column: 5)))
        #expect(a.description == "\(long):3:4")
        var c = a
        c.file = "other.yaml"
        #expect(c.file == "other.yaml" && a.file == long)
    }

    @Test("More files than a thread remembers, from several threads at once, each read back as given")
    func manyFilesOnManyThreads() {
        let files = (0..<40).map { "dir/file-number-\($0)-of-a-long-name.yaml" }
        let wrong = DispatchQueue(label: "wrong")
        nonisolated(unsafe) var mismatches = 0
        DispatchQueue.concurrentPerform(iterations: 8) { t in
            for round in 0..<50 {
                let file = files[(t * 7 + round * 3) % files.count]
                let location = Location(file: String(decoding: Array(file.utf8), as: UTF8.self), mark: Mark(line: round + 1, column: t + 1))
                if location.file != file || location != Location(file: file, mark: Mark(line: round + 1, column: t + 1)) {
                    wrong.sync { mismatches += 1 }
                }
            }
        }
        #expect(mismatches == 0)
    }
}
