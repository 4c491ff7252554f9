import Foundation
import SpecForgeLoad

/// Reading input files, with errors that name the file.
enum Files {
    static func bytes(_ path: String) throws(LoadError) -> [UInt8] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw LoadError(file: path, mark: nil, message: "no such file")
        }
        guard !isDirectory.boolValue else {
            throw LoadError(file: path, mark: nil, message: "is a directory, not a file")
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw LoadError(file: path, mark: nil, message: "cannot read the file (permission denied?)")
        }
        return [UInt8](data)
    }

    static func node(_ path: String) throws(LoadError) -> Node {
        try YAMLLoader.load(bytes: try bytes(path), file: path)
    }

    /// Every file below `directory`, by path relative to it.
    static func tree(_ directory: String) -> [String: String] {
        var out: [String: String] = [:]
        guard let paths = FileManager.default.subpaths(atPath: directory) else { return out }
        for relative in paths {
            var isDirectory: ObjCBool = false
            let full = directory + "/" + relative
            guard FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory), !isDirectory.boolValue,
                let text = try? String(contentsOfFile: full, encoding: .utf8)
            else { continue }
            out[relative] = text
        }
        return out
    }
}
