import SpecForgeIR

extension OperationView {
    /// What the operations of a page share: the run's example rules and caches, and the page's
    /// clients (Python, Swift, TypeScript) and credentials.
    struct PageContext {
        var examples: ExampleValues
        var config: DocsConfig.Examples
        /// How many segments the base path has (`/api/` → 1): the resource's words start after them.
        var basePathDepth: Int
        var pythonModule: String
        /// The SDK the Swift tab calls; nil when the tab is off.
        var swiftSDK: SwiftSDK?
        /// The field tables built so far for the run's pages.
        var tables: FieldTableCache
        /// Which schemas openapi-python-client types, as far as the run's pages asked.
        var pythonSupport: PythonSchemaSupport
        /// The URL the examples call.
        var baseURL: String
        var auth: ExampleAuthentication
        /// The Python client's package: the layout's, else openapi-python-client's from the title.
        var pythonPackage: String
        /// The TypeScript SDK's function names; nil when the tab is off.
        var typescriptNames: TypeScriptNaming? = nil

        func authentication(_ op: OperationIR) -> [String] { auth.httpieItems(op) }
    }
}
