#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The directories outputs go to, compared as directories: by their standardized absolute paths
/// (a relative path taken from the working directory).
public enum OutputDirectories {
    /// One spelling per directory: `out`, `./out/` and `/cwd/out` are the same.
    public static func key(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.path
    }

    /// Whether no directory is another or lies inside another.
    public static func areSeparate(_ directories: [String]) -> Bool {
        let paths = directories.map { key($0) + "/" }
        for (i, a) in paths.enumerated() {
            for b in paths[(i + 1)...] where a.hasPrefix(b) || b.hasPrefix(a) { return false }
        }
        return true
    }
}
