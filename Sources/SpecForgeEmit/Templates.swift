import SpecForgeRender

/// The templates every emitter renders with: the built-in ones from `Templates/`, embedded at
/// build time, with any file of a user's template directory replacing the one of the same path.
public enum Templates {
    /// Built-in template files by path relative to `Templates/` (`docs/page.mustache`, `docs/defaults.yaml`).
    public static var builtin: [String: String] {
        Dictionary(BuiltinTemplates.files.map { ($0.path, $0.text) }, uniquingKeysWith: { $1 })
    }

    /// Registers every `.mustache` file under the name of its path without the extension.
    public static func library(_ files: [String: String]) throws(TemplateError) -> TemplateLibrary {
        var library = TemplateLibrary()
        for (path, text) in files.sorted(by: { $0.key < $1.key }) where path.hasSuffix(".mustache") {
            try library.register(name: String(path.dropLast(".mustache".count)), text: text)
        }
        return library
    }
}
