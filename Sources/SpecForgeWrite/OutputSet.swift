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

    /// Something in the input the output cannot represent, located in the input file.
    public struct Warning: Sendable, Hashable {
        public var file: String
        public var line: Int
        public var column: Int
        public var message: String
        public init(file: String, line: Int, column: Int, message: String) {
            self.file = file
            self.line = line
            self.column = column
            self.message = message
        }
    }

    public var files: [File]
    /// What the emitter left out or could not represent (reported like the parser's warnings).
    public var warnings: [Warning] = []

    public init(_ files: [File] = []) { self.files = files }

    public mutating func add(_ path: String, _ contents: String) {
        files.append(File(path: path, contents: contents))
    }
}
