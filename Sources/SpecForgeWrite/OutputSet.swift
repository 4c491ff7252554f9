/// Everything one output produces: files by path relative to the output directory.
public struct OutputSet: Sendable {
    public struct File: Sendable {
        public var path: String
        public var contents: String
        public init(path: String, contents: String) {
            self.path = path
            self.contents = contents
        }
    }

    public var files: [File]

    public init(_ files: [File] = []) { self.files = files }

    public mutating func add(_ path: String, _ contents: String) {
        files.append(File(path: path, contents: contents))
    }
}
