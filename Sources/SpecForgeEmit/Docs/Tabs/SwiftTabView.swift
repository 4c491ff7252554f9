import SpecForgeIR
import SpecForgeRender

extension OperationView {
    /// The Swift tab: the generated SDK's client method called with the other tabs' example values.
    func swiftTab(_ body: BodyShape) -> Value {
        guard let sdk = page.swiftSDK else { return .null }
        let builder = SwiftExampleBuilder(sdk: sdk) { name, schema in example(name, schema) }
        let bodyValue: JSONValue?
        switch body {
        case .object(_, let values): bodyValue = .object(values.map { .init($0.0, $0.1) })
        case .array(_, let value): bodyValue = value
        case .none: bodyValue = nil
        }
        guard let call = builder.call(op.operationId, parameterValues: { example($0.name, $0.schema) }, bodyValue: bodyValue) else {
            return .null
        }
        var structBody: Value = .null
        var valueBody: Value = .null
        switch call.body {
        case .structure(let type, let arguments):
            structBody = [
                "type": .string(type),
                "hasFields": .bool(!arguments.isEmpty),
                "fields": Self.commaList(arguments.map { Self.codeBlockLines("\($0.label): \($0.value)") }),
            ]
        case .value(let type, let value):
            valueBody = ["type": .string(type), "value": .string(Self.codeBlockLines(value))]
        case nil:
            break
        }
        return [
            "module": .string(page.config.swiftModule ?? "API"),
            "baseURL": .string(SwiftExampleBuilder.string(page.baseURL)),
            "auth": call.authParameter.map { parameter in
                ["parameter": .string(parameter), "password": call.authPassword.templateValue]
            } ?? .null,
            "structBody": structBody,
            "valueBody": valueBody,
            "method": .string(call.methodName),
            "inlineCall": .bool(call.arguments.count <= 1),
            "args": Self.commaList(call.arguments.map { Self.codeBlockLines("\($0.label): \($0.value)") }),
            "returnsValue": .bool(call.returnsValue),
            "list": .bool(call.returnsList),
            "optional": .bool(call.returnsOptional),
        ]
    }
}
