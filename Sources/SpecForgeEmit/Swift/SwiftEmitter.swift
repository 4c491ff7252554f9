import SpecForgeIR
import SpecForgeRender
import SpecForgeWrite

/// Emits Swift models and a client for the API.
public struct SwiftEmitter {
    public struct Options: Sendable {
        public var module: String
        public var access: String
        public init(module: String, access: String) {
            self.module = module
            self.access = access
        }
    }

    let model: APIModel
    let options: Options
    let templates: TemplateLibrary

    public init(model: APIModel, options: Options, templates: TemplateLibrary) {
        self.model = model
        self.options = options
        self.templates = templates
    }

    public func emit(into output: inout OutputSet) {
    }
}
