/// Everything one output produces: files by path relative to the output directory.
public struct OutputSet: Sendable {
    public struct File: Sendable {
        public var path: String
        /// The file's UTF-8 bytes, as rendered and as written: made a `String` only when read as one.
        public var bytes: [UInt8]
        public var contents: String {
            get { String(decoding: bytes, as: UTF8.self) }
            set { bytes = Array(newValue.utf8) }
        }
        public init(path: String, contents: String) {
            self.path = path
            self.bytes = Array(contents.utf8)
        }
        public init(path: String, bytes: [UInt8]) {
            self.path = path
            self.bytes = bytes
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

    /// Adds a file of rendered UTF-8 bytes (`TemplateLibrary.renderBytes`).
    public mutating func add(_ path: String, bytes: [UInt8]) {
        files.append(File(path: path, bytes: bytes))
    }
}
