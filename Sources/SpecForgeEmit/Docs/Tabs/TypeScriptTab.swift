import SpecForgeIR
import SpecForgeRender

/// The TypeScript tab as @hey-api/openapi-ts names the SDK's functions (the default mode): only
/// when the layout names the package to import from.
struct TypeScriptTab {
    var view: OperationView
    var values: RequestExample
    var package: String

    /// hey-api's function name for the operation (`TypeScriptNaming`, over the whole document).
    var function: String {
        view.page.typescriptNames?.function(of: view.op) ?? TypeScriptNaming(operations: [view.op]).function(of: view.op) ?? ""
    }

    var templateValue: Value {
        var options: [String] = []
        if view.page.auth.needsCredentials(view.op) { options.append("auth: \"YOUR_API_TOKEN\"") }
        func group(_ name: String, _ list: [(ParameterIR, JSONValue)]) {
            guard !list.isEmpty else { return }
            options.append("\(name): " + JSONText.pretty(.object(list.map { .init($0.0.name, $0.1) }), indent: 2, continuation: 6))
        }
        group("path", values.path)
        group("query", values.query)
        group("headers", values.headers)
        if let body = values.body {
            options.append("body: " + JSONText.pretty(body.value, indent: 2, continuation: 6))
        }
        return [
            "upstream": false,
            "package": .string(package),
            "function": .string(function),
            "options": OperationView.commaList(options),
        ]
    }
}
